# asyncio.Condition's error paths: waiting or notifying without the lock, a cancelled waiter
# (it re-acquires the lock before the CancelledError goes on), bad arguments.
import asyncio

async def waiter(cond, log):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            log.append(("cancelled, lock held:", cond.locked()))
            raise

async def main():
    cond = asyncio.Condition()
    for attempt in (cond.wait(), cond.wait_for(lambda: False)):
        try:
            await attempt
        except RuntimeError as e:
            print("RuntimeError:", e)
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        cond.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    log = []
    t = asyncio.create_task(waiter(cond, log))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("holder still has it", cond.locked(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled", log)
    try:
        asyncio.Condition(5)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        asyncio.Condition(asyncio.Lock(), 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await cond.wait_for()
    except TypeError as e:
        print("TypeError:", e)
    async with cond:
        print(await cond.wait_for(lambda: "ready"))
        try:
            await cond.wait_for(lambda: 1 / 0)
        except ZeroDivisionError as e:
            print("predicate raised:", e, cond.locked())
    print(cond.locked())

asyncio.run(main())
