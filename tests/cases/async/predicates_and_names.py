# asyncio.iscoroutine/iscoroutinefunction/isfuture/wrap_future, sleep's result, task names,
# all_tasks, Task.exception(), done callbacks given as lambdas.
import asyncio

async def job(x):
    await asyncio.sleep(0)
    return x * 2

async def broken():
    raise KeyError("nope")

def plain():
    return 1

async def main():
    print(asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(print))
    c = job(1)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(job), asyncio.isfuture(c))
    t = asyncio.create_task(c, name="doubler")
    print(asyncio.isfuture(t), asyncio.wrap_future(t) is t, t.get_name())
    t.set_name("renamed")
    seen = []
    t.add_done_callback(lambda task: seen.append((task.get_name(), task.result())))
    print(await t, seen)
    await asyncio.sleep(0)
    print(seen)
    print(await asyncio.sleep(0.001, result="slept"), await asyncio.sleep(0, "zero"))
    bad = asyncio.create_task(broken(), name="bad")
    await asyncio.sleep(0)
    print(bad.done(), repr(bad.exception()))
    names = sorted(task.get_name() for task in asyncio.all_tasks())
    print(names, asyncio.current_task().get_name() in names)
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print("AssertionError:", e)
    print(hasattr(asyncio, "definitely_missing"))
    try:
        asyncio.definitely_missing
    except AttributeError as e:
        print("AttributeError:", e)

asyncio.run(main())
