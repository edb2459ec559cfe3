# Tasks that give way with sleep(0) interleave in creation order, round after round.
import asyncio


async def ticker(name, rounds):
    for i in range(rounds):
        print(f"{name} tick {i}")
        await asyncio.sleep(0)
    print(f"{name} finished")
    return name


async def main():
    a = asyncio.create_task(ticker("a", 3))
    b = asyncio.create_task(ticker("b", 2))
    print("tasks created")
    c = ticker("c", 2)
    print("main awaits c directly")
    print("c returned", await c)
    print("a and b:", await a, await b)
    # A gather starts its children in argument order.
    print(await asyncio.gather(ticker("x", 2), ticker("y", 1), ticker("z", 0)))


asyncio.run(main())
