# ast.parse accepts top-level await syntactically.
result = await fetch()
await asyncio.sleep(1)
data = [await g for g in gens]
