# Leaving an `async for` by break, continue, return and exceptions inside try/except/finally
# and `async with`: the finally bodies and exits run once, in order, and exceptions raised by
# them are not caught by handlers inside the loop.
import asyncio


async def items(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("items closed at", i)


async def first_even(n):
    lock = asyncio.Lock()
    async for x in items(n):
        try:
            async with lock:
                if x % 2 == 1:
                    continue
                if x > 0:
                    return x
        finally:
            print("finally for", x)


async def failing_finally():
    try:
        async for x in items(3):
            try:
                if x == 1:
                    break
            except ValueError:
                print("wrongly caught")
            finally:
                if x == 1:
                    raise ValueError("from finally")
    except ValueError as e:
        print("outer caught", e, "| context:", repr(e.__context__))


async def nested_loops():
    found = []
    async for a in items(3):
        async for b in items(3):
            if b > a:
                break
            found.append((a, b))
        else:
            print("inner exhausted")
    return found


async def main():
    print(await first_even(6))
    await failing_finally()
    print(await nested_loops())


asyncio.run(main())
