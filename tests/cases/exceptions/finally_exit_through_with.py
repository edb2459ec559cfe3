# A return/break that leaves an `async with` calls the exit on its way out; an exception from the
# exit propagates past the except clauses inside the block, and the exit is not called twice.
# (asyncio.Lock's exit fails when the block released the lock itself.)
import asyncio


async def return_out():
    lock = asyncio.Lock()
    async with lock:
        try:
            lock.release()
            return 1
        except RuntimeError as e:
            print("wrongly caught", e)


async def return_out_directly():
    lock = asyncio.Lock()
    async with lock:
        lock.release()
        return 2


async def nested_blocks():
    a, b = asyncio.Lock(), asyncio.Lock()
    async with a:
        async with b:
            try:
                a.release()
                return 3
            except RuntimeError:
                print("wrongly caught (nested)")
    print("not reached")


async def break_out():
    for i in range(2):
        lock = asyncio.Lock()
        async with lock:
            try:
                lock.release()
                break
            except RuntimeError:
                print("wrongly caught (break)")


async def inside_try_finally():
    lock = asyncio.Lock()
    try:
        async with lock:
            try:
                return 5
            except ValueError:
                print("wrongly caught (finally)")
    finally:
        print("locked in finally:", lock.locked())
        raise ValueError("from finally")


async def inside_except_clause():
    lock = asyncio.Lock()
    try:
        raise KeyError("k")
    except KeyError:
        async with lock:
            try:
                lock.release()
                return 6
            except RuntimeError:
                print("wrongly caught (clause)")


for f in [return_out, return_out_directly, nested_blocks, break_out, inside_try_finally, inside_except_clause]:
    try:
        print(f.__name__, asyncio.run(f()))
    except (RuntimeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e, "| context:", repr(e.__context__))
