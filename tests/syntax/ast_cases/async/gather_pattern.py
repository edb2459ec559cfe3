import asyncio


async def fetch(i):
    await asyncio.sleep(0.1)
    return i * 2


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(10)))
    tasks = [asyncio.create_task(fetch(i)) for i in range(3)]
    done = await asyncio.wait_for(tasks[0], timeout=1.0)
    return results, done


asyncio.run(main())
