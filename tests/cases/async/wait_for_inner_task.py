# wait_for on a task cancels it at the timeout and waits for it to finish its cleanup; a task
# that refuses to be cancelled makes wait_for return its value instead (3.12 behaviour).
import asyncio


async def cleanup_slowly():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cleanup starts")
        await asyncio.sleep(0.01)
        print("cleanup ends")
        raise


async def refuses():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("refusing to stop")
    return "refused"


async def main():
    t = asyncio.create_task(cleanup_slowly())
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("TimeoutError, task done:", t.done(), "cancelled:", t.cancelled())
    print(await asyncio.wait_for(refuses(), 0.01))
    # wait_for itself cancelled from outside: the inner coroutine is cancelled too.
    inner_log = []

    async def inner():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            inner_log.append("inner cancelled")
            raise

    outer = asyncio.create_task(asyncio.wait_for(inner(), 5))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner_log)


asyncio.run(main())
