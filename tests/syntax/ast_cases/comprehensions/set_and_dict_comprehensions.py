{x for x in xs}
{x % 3 for x in range(10) if x}
{k: v for k, v in pairs}
{k: v for k, v in d.items() if v is not None}
{v: k for k, v in d.items()}
{x: [y for y in x] for x in xs}
{(a, b): a * b for a in r for b in r}
