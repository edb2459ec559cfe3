# An overflow that escapes: OverflowError: math range error, after the output so far.
import math

print(math.exp(709), math.ldexp(1.0, 1023))
print(math.pow(10, 308), math.cosh(700))
growth = 1.0
for step in range(1, 8):
    growth = math.exp(growth)
    print(step, growth)
print("never printed")
