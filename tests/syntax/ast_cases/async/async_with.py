async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


async def locked(lock):
    async with lock, other as (a, b):
        pass
