# Big integers with grouping, in every base.
n = 2**200 - 1
print(f"{n:,}")
print(f"{n:_}")
print(f"{n:_x}")
print(f"{n:#_X}")
print(f"{n:_o}")
print(f"{-n:,}")
fact = 1
for i in range(2, 61):
    fact *= i
print(f"60! = {fact:,}")
print(f"60! has {len(str(fact))} digits, {len(f'{fact:,}')} characters with commas")
print(f"[{fact:>90,}]")
print(f"[{-(10**40):060,}]")
print(f"[{10**40:*^70_}]")
print("%d" % fact)
print("%x" % fact)
print("%#o" % -fact)
print("{:,}".format(7**77))
print(f"{2**64:b}")
print(f"{2**64:_b}")
print(f"{3**50:+,} {-3**50: ,}")
