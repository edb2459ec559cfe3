# An uncaught exception raised deep inside awaited coroutines ends the run with it.
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def load(items):
    total = 0
    for item in items:
        total += await parse(item)
        print("running total", total)
    return total


async def main():
    print(await load(["1", "2"]))
    await load(["3", "four"])


asyncio.run(main())
