# An uncaught BrokenBarrierError: the traceback names it by its module, asyncio.exceptions.
import asyncio

async def main():
    barrier = asyncio.Barrier(2)
    await barrier.abort()
    print(barrier.broken)
    await barrier.wait()

asyncio.run(main())
