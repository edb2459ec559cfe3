# current_task() inside tasks, task names, all_tasks() while tasks run, and sleep's result.
import asyncio


async def named():
    me = asyncio.current_task()
    await asyncio.sleep(0)
    return me.get_name()


async def main():
    main_task = asyncio.current_task()
    print(main_task.get_name() == "Task-1", main_task.done())
    t = asyncio.create_task(named(), name="custom")
    u = asyncio.create_task(named())
    print(len(asyncio.all_tasks()), main_task in asyncio.all_tasks())
    print(await t, (await u).startswith("Task-"))
    t.set_name("renamed")
    print(t.get_name(), len(asyncio.all_tasks()))
    print(await asyncio.sleep(0.001, result="slept"))
    print(await asyncio.sleep(0, "zero"))
    coro = named()
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(t), asyncio.iscoroutine(1))
    coro.close()
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
