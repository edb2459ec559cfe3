try:
    risky()
except:
    pass
try:
    risky()
except ValueError:
    pass
try:
    risky()
except ValueError as e:
    print(e)
