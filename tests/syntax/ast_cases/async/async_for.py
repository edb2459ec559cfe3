async def consume(stream):
    async for item in stream:
        print(item)
    async for a, b in pairs():
        pass
    else:
        done()
