# Done callbacks run through the loop, in the order they were added, after the task finished;
# a callback added to a finished future is scheduled at once.
import asyncio


async def job(v):
    await asyncio.sleep(0)
    print("job returns", v)
    return v


async def main():
    order = []
    t = asyncio.create_task(job(1))
    t.add_done_callback(lambda f: order.append(("first", f.result())))
    t.add_done_callback(lambda f: order.append(("second", f.done())))
    await t
    print("after await", order)
    await asyncio.sleep(0)
    print("one iteration later", order)
    t.add_done_callback(lambda f: order.append("late"))
    print("not yet", order[-1])
    await asyncio.sleep(0)
    print("now", order[-1])
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda f: print("future callback", f.result()))
    asyncio.get_running_loop().create_task(job(2))
    await asyncio.sleep(0)
    fut.set_result("value")
    print("set_result returned")
    await asyncio.sleep(0)
    print(await fut)


asyncio.run(main())
