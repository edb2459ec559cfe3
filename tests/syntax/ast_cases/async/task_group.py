async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(work(1))
        second = tg.create_task(work(2))
    print(first.result(), second.result())
