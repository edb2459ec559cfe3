# Asynchronous comprehensions: `async for` clauses, `await` in the element and the condition,
# nested clauses mixing sync and async iteration, async generator expressions.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def is_even(x):
    return x % 2 == 0


async def main():
    print([x async for x in numbers(5)])
    print([x async for x in numbers(10) if x % 3 == 0])
    print({x: x * x async for x in numbers(4)})
    print(sorted({x % 3 async for x in numbers(9)}))
    print([await double(x) for x in range(4)])
    print([x for x in range(6) if await is_even(x)])
    print([(x, y) async for x in numbers(3) for y in range(x)])
    print([(x, y) for x in "ab" async for y in numbers(2)])
    print([[y async for y in numbers(x)] for x in range(4)])
    gen = (await double(x) async for x in numbers(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    squares = (x * x async for x in numbers(4))
    total = 0
    async for s in squares:
        total += s
    print("total", total)
    results = await asyncio.gather(*[double(i) for i in range(3)])
    print(results)


asyncio.run(main())
