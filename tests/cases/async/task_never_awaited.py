# A task nobody awaits still runs whenever main gives way; when main returns, asyncio.run
# cancels whatever is still running and lets it finish its cleanup.
import asyncio

log = []


async def background(name, steps, then_sleep=0):
    try:
        for i in range(steps):
            log.append(f"{name}{i}")
            await asyncio.sleep(0)
        await asyncio.sleep(then_sleep)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")


async def main():
    asyncio.create_task(background("quick", 2))
    asyncio.create_task(background("long", 1, then_sleep=10))
    asyncio.gather(background("gathered", 1))  # the gather itself is never awaited either
    for _ in range(5):
        await asyncio.sleep(0)
    print(log)
    print(len(asyncio.all_tasks()))
    print("main returns")


asyncio.run(main())
print("after run")
