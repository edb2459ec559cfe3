# Coroutines awaiting coroutines: values and exceptions travel through every level, and a
# deep chain of awaits runs without tasks in between.
import asyncio


async def depth(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await depth(n - 1)


async def fails(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        return await fails(n - 1)
    finally:
        print("unwinding", n)


async def pipeline(x):
    async def double(v):
        await asyncio.sleep(0)
        return v * 2

    async def inc(v):
        return v + 1

    return await inc(await double(await inc(x)))


async def main():
    print(await depth(50))
    try:
        await fails(3)
    except LookupError as e:
        print("caught", e)
    print(await pipeline(5))
    print(await asyncio.gather(*(pipeline(i) for i in range(4))))


asyncio.run(main())
