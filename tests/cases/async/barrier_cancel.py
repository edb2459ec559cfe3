# A task cancelled while it waits at a Barrier leaves it (n_waiting drops), and the barrier still
# fills with later parties; the repr shows the state without addresses here.
import asyncio

def state(barrier):
    return repr(barrier).split("[")[1]

async def main():
    barrier = asyncio.Barrier(2)
    print(state(barrier))
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(barrier.n_waiting, state(barrier))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled waiter", barrier.n_waiting)
    a = asyncio.create_task(barrier.wait())
    b = asyncio.create_task(barrier.wait())
    print(await asyncio.gather(a, b), state(barrier))
    await barrier.abort()
    print(state(barrier))
    cond = asyncio.Condition()
    print(repr(cond).split("[")[1])
    async with cond:
        print(repr(cond).split("[")[1])

asyncio.run(main())
