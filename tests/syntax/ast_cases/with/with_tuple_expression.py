with (a, b,):
    pass
with (a, b) as (c, d):
    pass
with (yield_) as z, (w):
    pass
