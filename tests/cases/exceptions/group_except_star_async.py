# except* in coroutines: clauses may await, and the leftover leaves through await.
import asyncio

async def fail(kind, value):
    await asyncio.sleep(0)
    raise kind(value)

async def collect():
    results = await asyncio.gather(fail(ValueError, 1), fail(TypeError, 2), fail(ValueError, 3), return_exceptions=True)
    raise ExceptionGroup("gathered", results)

async def handled():
    try:
        await collect()
    except* ValueError as e:
        await asyncio.sleep(0)
        print("ValueErrors:", repr(e))
    except* TypeError as e:
        print("TypeErrors:", repr(e))
    return "done"

async def leftover():
    try:
        await collect()
    except* ValueError:
        await asyncio.sleep(0)
        print("only the ValueErrors here")

async def main():
    print(await handled())
    try:
        await leftover()
    except* TypeError as e:
        print("outer caught", repr(e))
    task = asyncio.create_task(leftover())
    try:
        await task
    except ExceptionGroup as e:
        print("the task failed with", repr(e), task.done())

asyncio.run(main())
