# Async generators consumed by `async for`: awaits inside the generator interleave with other
# tasks, break/continue/else, nested loops, and an exception raised inside the generator. The
# gathered consumers race on sleep(0) only, so their interleaving does not depend on timing.
import asyncio


async def ticker(name, count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        yield f"{name}{i}"


async def pages(total, size):
    """Paginated fetch, the way agent scripts walk an API."""
    start = 0
    while start < total:
        await asyncio.sleep(0)
        yield list(range(start, min(start + size, total)))
        start += size


async def consume(name, gen):
    seen = []
    async for item in gen:
        print("got", name, item)
        seen.append(item)
    else:
        print("exhausted", name)
    return seen


async def failing():
    yield 1
    await asyncio.sleep(0)
    raise ValueError("upstream failed")


async def main():
    results = await asyncio.gather(consume("a", ticker("a", 3, 0)), consume("b", ticker("b", 2, 0)))
    print(results)

    flat = []
    async for page in pages(7, 3):
        for row in page:
            if row == 4:
                continue
            flat.append(row)
    print("flat", flat)

    async for item in ticker("x", 10, 0):
        if item == "x2":
            print("breaking at", item)
            break
    else:
        print("not reached")

    try:
        async for value in failing():
            print("value", value)
    except ValueError as e:
        print("caught", e)

    pairs = []
    async for outer in ticker("o", 2, 0):
        async for inner in ticker("i", 2, 0):
            pairs.append((outer, inner))
    print(pairs)

    total = 0
    async for (a, b) in aiter(pair_source()):
        total += a * b
    print("total", total)


async def pair_source():
    for i in range(1, 4):
        yield i, i + 1


asyncio.run(main())
