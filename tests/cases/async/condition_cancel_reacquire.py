# A Condition waiter that is notified and then cancelled while it re-acquires the lock: it still
# takes the lock before raising CancelledError, and the other waiters go on in FIFO order.
import asyncio

async def waiter(cond, name, log):
    async with cond:
        try:
            await cond.wait()
            log.append(name + " notified")
        except asyncio.CancelledError:
            log.append(name + " cancelled with lock " + str(cond.locked()))
            raise

async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        await asyncio.sleep(0)
        tasks[0].cancel()  # notified, now blocked re-acquiring the lock we hold
        await asyncio.sleep(0)
        print("still held", log)
    for t in tasks[:2]:
        try:
            await t
        except asyncio.CancelledError:
            print("task cancelled")
    print(log)
    async with cond:
        cond.notify_all()
    await tasks[2]
    print(log)

asyncio.run(main())
