# Task.cancel(): CancelledError inside the task, cancelled(), cancel messages, a task that
# swallows its cancellation and goes on, and cancel() on a finished task.
import asyncio


async def sleeper(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "cleans up")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    await asyncio.sleep(0)
    return "still here"


async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    print("cancelled yet?", t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main sees the task cancelled:", t.cancelled(), t.done())
    t = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())
    print("cancel a finished task:", s.cancel())
    # Cancelling before the task ever ran: it never starts its body.
    never = asyncio.create_task(sleeper("never"))
    never.cancel()
    try:
        await never
    except asyncio.CancelledError:
        print("never started:", never.cancelled())


asyncio.run(main())
