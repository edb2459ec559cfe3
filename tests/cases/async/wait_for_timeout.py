# asyncio.wait_for: a result in time, TimeoutError from the CancelledError when not, the inner
# coroutine or task cancelled and waited for, timeout 0 and None.
import asyncio


async def slow(n, d):
    try:
        print("slow start", n)
        await asyncio.sleep(d)
        print("slow end", n)
        return n
    except asyncio.CancelledError:
        print("slow cancelled", n)
        raise
    finally:
        print("slow finally", n)


async def main():
    print(await asyncio.wait_for(slow(1, 0.01), 1))
    try:
        await asyncio.wait_for(slow(2, 1), 0.02)
    except TimeoutError as e:
        print("timeout", type(e).__name__, type(e.__cause__).__name__)
    t = asyncio.create_task(slow(3, 1))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print("timeout task", t.cancelled())
    try:
        await asyncio.wait_for(slow(4, 1), 0)
    except TimeoutError:
        print("timeout 0")
    t = asyncio.create_task(slow(5, 0))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(t, 0))
    print(await asyncio.wait_for(slow(6, 0), None))


asyncio.run(main())
