# Async generators that misbehave: StopIteration/StopAsyncIteration raised inside, ignoring
# GeneratorExit, awaiting inside finally during aclose(), and the ones left suspended, which
# asyncio.run closes at its end in the order they were started. A loop over a generator it made
# schedules its aclose() when left early, as CPython's reference count does; one kept in a
# variable is closed by asyncio.run's epilogue (CPython: when the variable goes). The cleanups
# of abandoned generators here do not await, where CPython and coil agree.
import asyncio


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def raises_stop():
    yield 1
    raise StopIteration


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield 2


async def slow_cleanup(tag):
    try:
        yield tag
        yield tag + "!"
    finally:
        await asyncio.sleep(0.01)
        print("cleaned up", tag)


async def quick_cleanup(tag):
    try:
        yield tag
        yield tag + "!"
    finally:
        print("cleaned up", tag)


async def main():
    for make in (raises_stop_async, raises_stop):
        try:
            async for x in make():
                print("item", x)
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

    s = stubborn()
    print(await anext(s))
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    c = slow_cleanup("closed-explicitly")
    print(await anext(c))
    print("aclose ->", await c.aclose())

    async for item in quick_cleanup("broken-out"):
        print("took", item)
        break
    kept = quick_cleanup("kept")
    print(await anext(kept))
    never_started = quick_cleanup("never-started")
    print("main ends")


asyncio.run(main())
print("after asyncio.run")
