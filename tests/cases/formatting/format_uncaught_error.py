# An uncaught formatting error ends the script with its traceback.
scores = {"ann": 9.5, "bob": 7.25}
for name in scores:
    print(f"{name:<5}{scores[name]:>6.2f}")
print("bad spec next")
print(f"{scores['ann']:x}")
print("never printed")
