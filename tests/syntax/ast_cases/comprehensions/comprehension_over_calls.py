[line.strip() for line in open("f") if line.strip() and not line.startswith("#")]
{name: len(name) for name in dir(obj) if not name.startswith("_")}
[*map(str, range(3))]
[x for x in range(10) if x % 2 if x % 3]
