# asyncio.to_thread and loop.run_in_executor(None, ...): the function runs (in coil, on the loop
# at once), the awaiting task gets its result or exception; keyword arguments go to the function.
# The functions print nothing: in CPython their output would race with the loop's thread.
import asyncio

def work(name, n, *, scale=1):
    return n * scale

def fail(message):
    raise ValueError(message)

async def main():
    print(await asyncio.to_thread(work, "a", 2))
    print(await asyncio.to_thread(work, "b", 3, scale=10))
    results = await asyncio.gather(asyncio.to_thread(work, "c", 1), asyncio.to_thread(work, "d", 2, scale=5))
    print(results)
    try:
        await asyncio.to_thread(fail, "from a thread")
    except ValueError as e:
        print("ValueError:", e)
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, work, "e", 7)
    print(asyncio.isfuture(fut), fut.done())
    print(await fut)
    try:
        await loop.run_in_executor(None, fail, "executor")
    except ValueError as e:
        print("ValueError:", e)
    coro = asyncio.to_thread(sum, [1, 2, 3])
    print(asyncio.iscoroutine(coro))
    print(await coro)
    try:
        await asyncio.to_thread()
    except TypeError as e:
        print("TypeError:", e)
    print("thread result", await asyncio.to_thread(work, "f", 4))

asyncio.run(main())
