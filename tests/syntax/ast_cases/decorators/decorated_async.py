@app.get("/items")
async def list_items(limit: int = 10):
    return await db.fetch(limit)


@timed
@retry(3)
async def flaky():
    pass
