# Bounds far outside the list, and bounds beyond 64 bits: clipped, never an error.
a = list(range(8))
print(a[-10**30:10**30], a[10**30:], a[:-10**30], a[-10**30:3])
print(a[::10**30], a[::-10**30], a[5::10**20], a[3::-(10**20)])
print(a[2**63:], a[-2**63:], a[:2**63 - 1], a[:-2**64])
print(a[2**62::-2**62], a[-2**200:2**200:2**100])
print(a[-1000:1000:3], a[1000:-1000:-3])
big = 10 ** 19
print(a[big - big + 2:big], a[-big:-big + 100])
t = tuple(a)
print(t[-10**30:10**30:2], t[10**30::-1])
s = "abcdefgh"
print(s[-10**30:10**30], s[10**30::-1], s[::10**25], s[::-(10**25)])
print(range(8)[-10**30:10**30], range(8)[10**30::-1])
for bound in [-9, -8, -7, 7, 8, 9]:
    print(bound, a[bound:], a[:bound], a[bound::-1], a[:bound:-1])
