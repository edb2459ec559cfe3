# asyncio.as_completed yields awaitables in completion order; exceptions come out of the
# await; a timeout raises TimeoutError for what is left.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise KeyError(name)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("slow", 0.03), ("fast", 0.01), ("mid", 0.02)]]
    for aw in asyncio.as_completed(tasks):
        print(await aw)
    tasks = [asyncio.create_task(job("bad", 0.01, True)), asyncio.create_task(job("ok", 0.02))]
    for aw in asyncio.as_completed(tasks):
        try:
            print("got", await aw)
        except KeyError as e:
            print("KeyError", e)
    tasks = [asyncio.create_task(job("q", 0)), asyncio.create_task(job("never", 1))]
    try:
        for aw in asyncio.as_completed(tasks, timeout=0.05):
            print("got", await aw)
    except TimeoutError:
        print("timed out")
    it = asyncio.as_completed([])
    print(list(it))


asyncio.run(main())
