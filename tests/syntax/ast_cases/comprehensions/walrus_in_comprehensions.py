[y for x in data if (y := f(x)) is not None]
[(y := x * 2) for x in range(3)]
{k: (v := k + 1) for k in range(3)}
[last := x for x in items]
any((match := pattern.search(line)) for line in lines)
total = 0
sums = [total := total + v for v in values]
