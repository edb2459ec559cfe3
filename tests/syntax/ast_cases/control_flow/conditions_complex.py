if (a and
        b):
    pass
if x is not None and (y := x.get("k")) is not None:
    pass
while not (done or failed):
    step()
if a if b else c:
    pass
