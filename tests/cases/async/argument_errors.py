# Wrong calls to asyncio's functions and methods fail with the messages of CPython 3.12.
import asyncio


def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except (TypeError, ValueError, RuntimeError, asyncio.InvalidStateError) as e:
        print(label, type(e).__name__, e)


async def main():
    lock = asyncio.Lock()
    q = asyncio.Queue()
    attempt("release extra", lambda: lock.release(1))
    attempt("put missing", lambda: q.put())
    attempt("put_nowait kw", lambda: q.put_nowait(item=1, other=2))
    attempt("queue kw", lambda: asyncio.Queue(size=3))
    attempt("queue many", lambda: asyncio.Queue(1, 2))
    attempt("semaphore negative", lambda: asyncio.Semaphore(-2))
    attempt("event arg", lambda: asyncio.Event(1))
    attempt("wait_for missing", lambda: asyncio.wait_for(3))
    attempt("timeout missing", lambda: asyncio.timeout())
    attempt("create_task int", lambda: asyncio.create_task(3))
    attempt("gather kw", lambda: asyncio.gather(x=1))
    fut = asyncio.get_running_loop().create_future()
    attempt("result early", lambda: fut.result())
    fut.set_result(1)
    attempt("set twice", lambda: fut.set_result(2))
    tg = asyncio.TaskGroup()
    coro = asyncio.sleep(0)
    attempt("tg not entered", lambda: tg.create_task(coro))
    await coro
    try:
        await asyncio.wait_for(3, 1)
    except TypeError as e:
        print("await int:", e)
    try:
        await asyncio.wait_for(4, 0)
    except TypeError as e:
        print("ensure_future int:", e)
    try:
        for aw in asyncio.as_completed(asyncio.sleep(0)):
            pass
    except TypeError as e:
        print("as_completed:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), isinstance(e, Exception))
    try:
        fut.result() + fut.exception()
        fut2 = asyncio.Future()
        fut2.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)


asyncio.run(main())
print(asyncio.run(asyncio.sleep(0, "sleep as main")))
