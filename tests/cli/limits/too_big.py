# Results that could never fit in --max-memory fail at once with a catchable MemoryError; the
# last one is not caught.
caught = 0
for make in (lambda: "x" * 10**10, lambda: [0] * 10**9, lambda: 10 ** 10**9, lambda: sorted(range(10**12))):
    try:
        make()
    except MemoryError as e:
        caught += repr(e) == "MemoryError()"
print(caught, "MemoryErrors caught")
x = "x" * 10**10
