# A task nobody awaits still runs whenever main gives way; when main returns, asyncio.run
# cancels whatever is still running and lets it finish its cleanup.
import asyncio

log = []


async def background(name, steps):
    try:
        for i in range(steps):
            log.append(f"{name}{i}")
            await asyncio.sleep(0.005)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")


async def main():
    asyncio.create_task(background("quick", 2))
    asyncio.create_task(background("long", 100))
    asyncio.gather(background("gathered", 1))  # the gather itself is never awaited either
    await asyncio.sleep(0.05)
    print(log[:3], "quick done" in log, "gathered done" in log)
    print(len(asyncio.all_tasks()))
    print("main returns")


asyncio.run(main())
print("after run")
