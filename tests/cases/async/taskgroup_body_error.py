# An exception in the body of a TaskGroup block cancels the children and is raised inside an
# ExceptionGroup, together with what failing children raised.
import asyncio


async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise RuntimeError(name)
    print(name, "finished")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("long", 1))
            await asyncio.sleep(0.001)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("quick-fail", 0, fail=True))
            await asyncio.sleep(0)
            raise KeyError("also body")
    except ExceptionGroup as eg:
        print(str(eg), sorted(repr(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("ok", 0.001))
            tg.create_task(child("fails", 0.002, fail=True))
            tg.create_task(child("slow", 1))
    except* RuntimeError as eg:
        print("except* got", [str(e) for e in eg.exceptions])
    print("done")


asyncio.run(main())
