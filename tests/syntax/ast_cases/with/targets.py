with ctx() as (a, b):
    pass
with ctx() as [a, b]:
    pass
with ctx() as self.attr:
    pass
with ctx() as items[0]:
    pass
with ctx() as (a, *b):
    pass
