# The async generator protocol by hand: __anext__/anext with and without a default, asend,
# athrow, aclose, the reuse and already-running errors, and the attributes.
import asyncio


async def counter():
    received = None
    n = 0
    try:
        while True:
            received = yield (n, received)
            n += 1
            await asyncio.sleep(0)
    finally:
        print("counter closed after", n)


async def echo_errors():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("generator handled", repr(e))


async def main():
    g = counter()
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
    print(aiter(g) is g)
    first = g.__anext__()
    print(type(first).__name__)
    print(await first)
    try:
        await first
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await g.asend("hello"))
    print(await anext(g))
    print(await g.aclose())
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print(await anext(g, "default"))
    print(await g.aclose())

    fresh = counter()
    try:
        await fresh.asend(1)
    except TypeError as e:
        print("TypeError:", e)
    print(await fresh.aclose())

    e = echo_errors()
    print(await anext(e))
    print(await e.athrow(KeyError("k")))
    try:
        await e.athrow(ValueError("v"))
    except ValueError as err:
        print("propagated", repr(err))
    print(await e.athrow(KeyError("after end")))

    try:
        async for _ in 5:
            pass
    except TypeError as err:
        print("TypeError:", err)
    try:
        for _ in counter():
            pass
    except TypeError as err:
        print("TypeError:", err)
    try:
        await counter()
    except TypeError as err:
        print("TypeError:", err)
    try:
        aiter([1, 2])
    except TypeError as err:
        print("TypeError:", err)
    try:
        anext(iter([1]))
    except TypeError as err:
        print("TypeError:", err)

    a = counter()
    x = anext(a)
    y = anext(a)
    print(await y, await x)
    await a.aclose()


asyncio.run(main())
