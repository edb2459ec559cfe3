# A keyword argument given twice in one call is a SyntaxError at compile time: nothing of the
# script runs, not even the print before it.
def area(width, height=1):
    return width * height

print("never printed")
print(area(width=2, height=3, width=4))
