# Nested timeout() blocks: only the one that expired turns the cancellation into TimeoutError;
# an outer one still running lets it through; cancelling() and uncancel() as the block sees them.
import asyncio


async def main():
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer expired:", outer.expired())
            print("cancelling after inner:", task.cancelling())
            await asyncio.sleep(0.01)
            print("outer block goes on")
    except TimeoutError:
        print("outer should not expire")
    try:
        async with asyncio.timeout(0.01) as outer:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired:", outer.expired(), "inner expired:", inner.expired())
    # A block that catches the CancelledError itself and finishes normally: no TimeoutError.
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation")
    print("expired:", cm.expired(), "cancelling:", task.cancelling())
    task.uncancel()
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("a deadline in the past expires at the first await")
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
