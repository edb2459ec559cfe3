# asyncio.wait with FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION and a timeout: (done, pending)
# sets, printed by task name; its argument errors come when the coroutine is awaited.
import asyncio


async def job(name, gate=None, fail=False):
    if gate is None:
        await asyncio.sleep(0)
    else:
        await gate.wait()
    if fail:
        raise ValueError(name)
    return name


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    gate = asyncio.Event()
    ts = [asyncio.create_task(job("a"), name="a"), asyncio.create_task(job("b", gate), name="b")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    gate.set()
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending), sorted(t.result() for t in done))
    never = asyncio.Event()
    ts = [asyncio.create_task(job("c", fail=True), name="c"), asyncio.create_task(job("d", never), name="d")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), [repr(t.exception()) for t in done])
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print(names(done), names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print(names(done), [t.cancelled() for t in done])
    unstarted = job("x")
    for fs, when in (([], asyncio.ALL_COMPLETED), (ts, "FIRST"), ([unstarted], asyncio.ALL_COMPLETED)):
        coro = asyncio.wait(fs, return_when=when)
        try:
            await coro
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    unstarted.close()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
