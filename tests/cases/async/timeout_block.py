# asyncio.timeout()/timeout_at(): TimeoutError out of the block, the CancelledError seen inside,
# reschedule(None), expired(), and exceptions other than the timeout going through unchanged.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print("inside", cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("fine", cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        await asyncio.sleep(0)
    loop_time = asyncio.get_running_loop().time()
    try:
        async with asyncio.timeout_at(loop_time + 0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner saw CancelledError")
                raise
    except TimeoutError:
        print("timeout_at fired")
    try:
        async with asyncio.timeout(0.01) as cm:
            cm.reschedule(None)
            await asyncio.sleep(0.03)
            print("rescheduled away")
    except TimeoutError:
        print("no")
    try:
        async with asyncio.timeout(0.01):
            raise ValueError("boom")
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
