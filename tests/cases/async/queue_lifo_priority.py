# LifoQueue hands out the newest item first; PriorityQueue the smallest, with heapq's order for
# ties and heapq's errors for items that do not compare.
import asyncio


async def main():
    lifo = asyncio.LifoQueue()
    for i in range(4):
        lifo.put_nowait(i)
    print(str(lifo), [lifo.get_nowait() for _ in range(4)])
    pq = asyncio.PriorityQueue(maxsize=10)
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e"), (0, "z"), (2, "b2")]:
        await pq.put(item)
    print(str(pq))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
        pq.put_nowait(v)
    print(str(pq), pq.full())
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    pq.put_nowait(1)
    try:
        pq.put_nowait("one")
    except TypeError as e:
        print("TypeError:", e)
    print(pq.qsize(), str(pq))

    async def consumer(q, name):
        item = await q.get()
        print(name, "got", item)

    waiting = [asyncio.create_task(consumer(pq, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    pq.put_nowait(7)
    pq.put_nowait(-1)
    await asyncio.gather(*waiting)
    print(type(pq).__name__, isinstance(pq, asyncio.Queue), pq.maxsize)


asyncio.run(main())
