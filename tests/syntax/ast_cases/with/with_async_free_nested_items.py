with a as (b, c), d as [e, f], g as h.i:
    pass
with open(p) if p else nullcontext(sys.stdin) as stream:
    pass
