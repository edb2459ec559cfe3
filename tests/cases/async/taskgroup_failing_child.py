# TaskGroup: children awaited on exit; a failing child cancels its siblings and the body, and
# the errors come out as an ExceptionGroup (caught with except* and except).
import asyncio


async def ok(n, d):
    try:
        await asyncio.sleep(d)
        print("ok", n)
        return n
    except asyncio.CancelledError:
        print("cancelled", n)
        raise


async def bad(n, d):
    await asyncio.sleep(d)
    print("failing", n)
    raise ValueError(f"bad {n}")


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1, 0.01))
        t2 = tg.create_task(ok(2, 0.02))
        print("body done")
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(3, 1))
            tg.create_task(bad(4, 0.01))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(5, 0))
            tg.create_task(bad(6, 0))
    except ExceptionGroup as eg:
        print(eg)
        print(sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(7, 0.05))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(repr(eg.exceptions))


asyncio.run(main())
