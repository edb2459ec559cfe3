# asyncio.shield: cancelling the outer await does not cancel the shielded task, which finishes
# on its own; its result is still there afterwards.
import asyncio


async def important(go):
    try:
        await go.wait()
        print("important work finished")
        return "saved"
    except asyncio.CancelledError:
        print("important was cancelled (should not happen)")
        raise


async def caller(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("caller cancelled, task done?", task.done())
        raise


async def main():
    go = asyncio.Event()
    task = asyncio.create_task(important(go))
    c = asyncio.create_task(caller(task))
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller is cancelled:", c.cancelled())
    go.set()
    print(await task, task.cancelled())
    # A shield around a finished task is that task; around a coroutine, a new task.
    print(asyncio.shield(task) is task)
    print(await asyncio.shield(important(go)))
    # The inner task failing fails the shield too.

    async def broken():
        await asyncio.sleep(0)
        raise OSError("disk")

    try:
        await asyncio.shield(broken())
    except OSError as e:
        print("OSError", e)


asyncio.run(main())
