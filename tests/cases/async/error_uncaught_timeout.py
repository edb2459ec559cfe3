# An uncaught TimeoutError from wait_for ends the run (the last traceback line is bare).
import asyncio


async def slow():
    await asyncio.sleep(1)


async def main():
    print("starting")
    await asyncio.wait_for(slow(), 0.01)
    print("not reached")


asyncio.run(main())
