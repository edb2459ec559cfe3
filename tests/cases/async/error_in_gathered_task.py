# An exception from one child of gather, uncaught, ends the run after the other child printed.
import asyncio


async def good():
    for i in range(3):
        print("good", i)
        await asyncio.sleep(0)


async def bad():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    raise ZeroDivisionError("bad child")


async def main():
    await asyncio.gather(good(), bad())


asyncio.run(main())
