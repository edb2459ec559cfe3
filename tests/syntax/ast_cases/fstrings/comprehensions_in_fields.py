f"{ {x for x in y} }"
f"{ {k: v for k, v in d.items()} }"
f"{[i ** 2 for i in range(3)]!r}"
f"{sum(x for x in xs):,}"
