flags = [a < b, a <= b, a > b, a >= b]
same = {k: v == other[k] for k, v in data.items()}
x = a == b == c != d
print(1 < 2, 1 == 1.0, "a" in "abc")
