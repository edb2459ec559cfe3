{1: 2, **a, 3: 4, **b}
{**{}}
{(): ()}
{None: None}
{1, }
{*(), }
{1: 1 for _ in ()}
{a: b for a in c if d}
