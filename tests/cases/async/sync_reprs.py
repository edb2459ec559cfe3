# The reprs of asyncio's objects, addresses cut out: Lock, Event, Semaphore, Queue, Timeout,
# TaskGroup, and the coroutines of their methods.
import asyncio


def shown(obj):
    text = repr(obj)
    if " at 0x" in text:
        head, _, tail = text.partition(" at 0x")
        tail = tail.split(" ", 1)[1] if " " in tail else ">"
        text = head + " " + tail
    return text


async def main():
    lock = asyncio.Lock()
    print(shown(lock))
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(shown(lock))
    lock.release()
    await waiter
    lock.release()
    ev = asyncio.Event()
    print(shown(ev))
    ev.set()
    print(shown(ev))
    sem = asyncio.Semaphore(2)
    print(shown(sem))
    await sem.acquire()
    await sem.acquire()
    print(shown(sem), shown(asyncio.BoundedSemaphore(3)))
    q = asyncio.Queue(3)
    q.put_nowait("a")
    print(str(q), shown(q))
    print(shown(asyncio.timeout(None)))
    async with asyncio.timeout(None) as cm:
        print(shown(cm))
    print(shown(cm))
    tg = asyncio.TaskGroup()
    print(shown(tg))
    async with tg:
        print(shown(tg))
    coros = [lock.acquire(), ev.wait(), q.get(), asyncio.sleep(0), asyncio.wait_for(asyncio.sleep(0), 1)]
    print([shown(c) for c in coros])
    print([asyncio.iscoroutine(c) for c in coros])
    for c in coros:
        await c
    print(asyncio.Lock, asyncio.BoundedSemaphore, asyncio.PriorityQueue, asyncio.QueueFull)
    print(asyncio.TaskGroup, asyncio.Timeout, asyncio.Future, asyncio.Task, asyncio.InvalidStateError)


asyncio.run(main())
