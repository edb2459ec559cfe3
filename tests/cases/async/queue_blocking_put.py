# A bounded queue: blocked putters wake one at a time, in order, as getters make room; a
# cancelled putter leaves its place.
import asyncio


async def putter(q, item):
    print("putting", item)
    await q.put(item)
    print("put", item, "size", q.qsize())


async def main():
    q = asyncio.Queue(1)
    tasks = [asyncio.create_task(putter(q, i)) for i in range(4)]
    await asyncio.sleep(0)
    print("full:", q.full(), str(q))
    tasks[2].cancel()
    for _ in range(3):
        print("got", await q.get())
        await asyncio.sleep(0)
    print(str(q), [t.cancelled() for t in tasks])
    q2 = asyncio.Queue()
    getters = [asyncio.create_task(q2.get()) for _ in range(3)]
    await asyncio.sleep(0)
    for i in "xyz":
        q2.put_nowait(i)
    print(await asyncio.gather(*getters))
    print(q2.qsize(), q2.empty(), q2.maxsize)


asyncio.run(main())
