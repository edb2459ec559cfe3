# An uncaught QueueFull ends the run, named by the module that defines it.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    print("one item in, full:", q.full())
    q.put_nowait("second")


asyncio.run(main())
