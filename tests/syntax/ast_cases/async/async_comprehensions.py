async def collect(stream):
    items = [x async for x in stream]
    evens = [x async for x in stream if x % 2 == 0]
    mapping = {k: v async for k, v in pairs()}
    uniques = {x async for x in stream}
    gen = (x async for x in stream)
    mixed = [y for x in xs async for y in x]
    awaited = [await f(x) for x in xs]
    return items, evens, mapping, uniques, gen, mixed, awaited
