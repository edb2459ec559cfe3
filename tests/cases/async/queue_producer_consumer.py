# asyncio.Queue with maxsize: put() blocks while full, get() while empty, task_done/join, and
# the nowait forms with QueueEmpty/QueueFull.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize(), q.full())
    await q.put(None)


async def consumer(q, name):
    got = []
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print(name, "got", item)
        got.append(item)
        await asyncio.sleep(0.001)
    return got


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    res = await asyncio.gather(producer(q, 5), consumer(q, "c"))
    print(res)
    await q.join()
    print("joined")
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty!")
    q.put_nowait(1); q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("full!")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.task_done(); q.task_done(); q.task_done()
    except ValueError as e:
        print(e)


asyncio.run(main())
