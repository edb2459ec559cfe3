# Floor division and modulo follow the sign rules of Python, for small and big ints alike.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (123456789, 1000)]
for a, b in pairs:
    print(a, b, a // b, a % b, a / b, -a, a * b)
big = 2 ** 100
print(big, big // 3, big % 7, -big // 3, -big % 7, big * big)
print(big - big + 1, (big + 1) // big)
