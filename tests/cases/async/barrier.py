# asyncio.Barrier: the last party releases everyone; wait() returns the arrival index; parties,
# n_waiting and broken; async with; reset and abort break the waiters with BrokenBarrierError.
import asyncio

async def worker(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives, waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)
    return index

async def breaker(barrier, name):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", repr(e))

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    results = await asyncio.gather(*(worker(barrier, f"w{i}", i * 0.01) for i in range(3)))
    print("results", results, barrier.n_waiting)
    # A second round through async with.
    async def enter(name):
        async with barrier as position:
            print(name, "inside at", position)
    await asyncio.gather(enter("a"), enter("b"), enter("c"))
    # reset while two wait
    tasks = [asyncio.create_task(breaker(barrier, f"r{i}")) for i in range(2)]
    await asyncio.sleep(0)
    print("waiting before reset:", barrier.n_waiting)
    await barrier.reset()
    await asyncio.gather(*tasks)
    print("after reset:", barrier.n_waiting, barrier.broken)
    # abort
    tasks = [asyncio.create_task(breaker(barrier, f"x{i}")) for i in range(2)]
    await asyncio.sleep(0)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken)
    await breaker(barrier, "late")
    await barrier.reset()
    print("after second reset:", barrier.broken)
    for bad in (0, -1):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        asyncio.Barrier()
    except TypeError as e:
        print("TypeError:", e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())
