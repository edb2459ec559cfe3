# Thousands separators: ',' and '_' every three digits, '_' every four in bin/oct/hex.
numbers = [0, 5, 999, 1000, -1000, 12345, 999999, 1000000, -1234567890, 2**53, 10**18]
for n in numbers:
    print(f"{n:,} | {n:_} | {n:_x} | {n:_b}")

# Factorials grow quickly: grouping keeps them readable.
f = 1
for i in range(1, 31):
    f *= i
    if i % 5 == 0:
        print(f"{i:>2}! = {f:,}")

# Grouping combined with width, fill and zero padding.
print(f"[{1234567:>15,}]")
print(f"[{1234567:<15,}]")
print(f"[{1234567:^15_}]")
print(f"[{1234:010,}]")
print(f"[{1234:09,}]")
print(f"[{1234:08,}]")
print(f"[{-1234:010,}]")
print(f"[{255:#012_x}]")
print(f"[{255:#011_b}]")
print(f"[{5:08_o}]")
print(f"[{10**30:,}]")
print(f"[{-(10**25):_}]")
