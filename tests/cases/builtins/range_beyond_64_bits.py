# Ranges beyond 64 bits: len (OverflowError past sys.maxsize), indexing, slicing, iteration,
# reversed(), membership, index/count, equality, hash and repr, as CPython computes them.
import sys

big = range(2**64, 2**64 + 10, 3)
print(big, len(big), list(big), list(reversed(big)))
print(big[0], big[-1], big[1:], big[::-1], big[::2**70])
print(2**64 + 3 in big, 2**64 + 4 in big, 2**64 + 3.0 in big, "x" in big)
print(big.index(2**64 + 6), big.count(2**64 + 6), big.count(5), big.start, big.stop, big.step)

huge = range(2**100)
print(bool(huge), huge[-1], huge[2**99], huge[2**63:2**63 + 3], huge[::2**98])
for attempt in (lambda: len(huge), lambda: huge[2**100], lambda: huge[-2**100 - 1], lambda: huge[1.5],
                lambda: huge[::0], lambda: huge["a":], lambda: huge.index(-1), lambda: big.index("x")):
    try:
        print(attempt())
    except (OverflowError, IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(len(range(sys.maxsize)), len(range(-sys.maxsize, 0)), len(range(0, 2**63, 2)))
print(list(range(2**63 - 2, 2**63 + 2)), list(range(-2**63 - 2, -2**63 + 2)))
print(list(range(2**62 - 2, 2**62 + 2)), list(reversed(range(2**62 - 2, 2**62 + 2))))
print(range(2**100) == range(0, 2**100, 1), range(0, 3, 2**100) == range(1), range(2**64) != range(2**64 + 1))
print(hash(range(0, 3, 2**100)) == hash(range(1)), hash(range(2**64, 2**64 + 5)) == hash(range(2**64, 2**64 + 5, 1)))
print(hash(range(3)), hash(range(0)), hash(range(5, 6)), hash(range(2**70, 2**71, 2**60)))
print(range(-2**70), range(2**100, -2**100, -7), range(True, 5, True), range(0, 10, 2**63)[0:1])
print(range(10)[::2**70], range(10)[2**70::-1], range(10)[-2**70:3])
total = 0
for i in range(2**64, 2**64 + 5):
    total += i - 2**64
print(total, sum(range(2**65, 2**65 + 4)), max(range(-2**80, -2**80 + 7)), sorted(range(2**70, 2**70 + 3), reverse=True))
print(list(zip(range(2**64, 2**64 + 3), range(3))), [x % 7 for x in range(10**20, 10**20 + 5)])
print(type(iter(range(2**63))).__name__, type(reversed(range(2**63))).__name__, type(iter(range(2**61))).__name__)
print(2**64 in range(2**64), -1 in range(2**64), 2**63 in range(0, 2**64, 2), 2**63 + 1 in range(0, 2**64, 2))
print(range(2**64)[2**63], range(-2**64, 0)[-1], range(0, -2**64, -3)[5])
