with a: pass
with a as b: x = b; y = x
