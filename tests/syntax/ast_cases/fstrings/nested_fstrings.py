f"{f'{x}'}"
f"outer {f'inner {f"deepest {x}"}'}"
f"{f'{a}{b}'!r:>{w}}"
f"{'a' if x else f'{y}'}"
