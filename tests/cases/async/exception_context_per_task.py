# The exception being handled belongs to each task: a task suspended inside an except block
# keeps it (a bare raise after the await re-raises it) and does not lend it to other tasks.
import asyncio


async def holder():
    try:
        raise KeyError("held")
    except KeyError:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        try:
            raise  # still the KeyError after resuming
        except KeyError as again:
            print("holder re-raised", repr(again))
        return "holder done"


async def other():
    await asyncio.sleep(0)
    try:
        raise ValueError("other")
    except ValueError as e:
        print("other context:", repr(e.__context__))
    try:
        raise
    except RuntimeError as e:
        print("bare raise outside a handler:", e)
    return "other done"


async def chained():
    try:
        await asyncio.sleep(0)
        raise OSError("first")
    except OSError:
        await asyncio.sleep(0)
        try:
            raise LookupError("second")
        except LookupError as e:
            return repr(e.__context__)


async def main():
    print(await asyncio.gather(holder(), other(), chained()))


asyncio.run(main())
