with make_context(1, key="v") as ctx:
    pass
with obj.lock if shared else nullcontext():
    pass
with (yield_ctx) as y:
    pass
with contextlib.suppress(KeyError, ValueError):
    del d[k]
