# The running loop's callbacks: call_soon runs in FIFO order in the next iteration, call_later
# and call_at by deadline (equal deadlines in scheduling order), cancelled handles never run,
# and a failing callback does not stop the loop.
import asyncio

def report(log, *args):
    log.append(args)
    print("callback", *args)

async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.get_event_loop() is loop)
    log = []
    h1 = loop.call_soon(report, log, "soon-1")
    h2 = loop.call_soon(report, log, "soon-2", 2)
    h3 = loop.call_soon(report, log, "soon-cancelled")
    h3.cancel()
    h3.cancel()
    print(repr(h3), h3.cancelled(), h1.cancelled())
    print(repr(loop.call_soon(print, "printed", 1)))
    print(isinstance(h1, asyncio.Handle), isinstance(h1, asyncio.TimerHandle))
    print("before yielding", log)
    await asyncio.sleep(0)
    print("after one iteration", log)
    start = loop.time()
    t1 = loop.call_later(0.03, report, log, "later-30ms")
    t2 = loop.call_later(0.01, report, log, "later-10ms")
    t3 = loop.call_at(t2.when(), report, log, "at-same-deadline")
    t4 = loop.call_later(0.02, report, log, "later-cancelled")
    t4.cancel()
    print(type(t1).__name__, isinstance(t1, asyncio.Handle), t1.cancelled(), t4.cancelled())
    print(round(t1.when() - start, 2), t3.when() == t2.when())
    await asyncio.sleep(0.05)
    print(len(log))
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon(print, "after the failing callback")
    done = loop.create_future()
    loop.call_later(0, done.set_result, "future set by call_later")
    print(await done)
    t1.cancel()  # already ran: nothing happens
    print(t1.cancelled())
    for bad in [("x", print), (None, print)]:
        try:
            loop.call_later(*bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        loop.call_soon()
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(print, 1, extra=2)
    except TypeError as e:
        print("TypeError:", e)
    loop.call_soon(print, "keyword context is accepted", context=None)
    await asyncio.sleep(0)

asyncio.run(main())
