# Slices of big lists and strings: chunking, windows, halves.
n = 100000
a = list(range(n))
print(len(a[1:]), len(a[::2]), len(a[::-3]), sum(a[n // 2:]), sum(a[:n // 2]))
chunks = []
for i in range(0, n, 7919):
    chunks.append(len(a[i:i + 7919]))
print(len(chunks), chunks[:3], chunks[-1], sum(chunks))
total = 0
for x in a[1:]:
    total += x
print(total, total == sum(a) - a[0])
b = a[:]
b[10:99990] = []
print(len(b), b[:12], b[-12:])
b[5:5] = a[::1000]
print(len(b), b[5:10], b[-10:])
del b[::2]
print(len(b), b[:5])
c = a[::-1]
c[::2] = a[:n // 2]
print(c[:6], c[-6:], len(c))
s = "xy" * 50000
print(len(s[1:]), s[:5], s[-5:], len(s[::3]), s[::25000])
windows = 0
for i in range(0, len(s) - 10, 1000):
    if s[i:i + 10] == "xyxyxyxyxy":
        windows += 1
print(windows)
u = "αβ" * 20000
print(len(u[::-1]), u[39995:40005], u[::9999], len(u[1::2]))
r = range(10**12)
print(r[10**11::10**10], len(r[::3]), r[-5:], list(r[-3:]))
t = tuple(a)
print(len(t[2:-2]), t[49998:50002], t[::25000])
