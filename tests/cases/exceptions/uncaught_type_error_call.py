# Calling a function with the wrong arguments ends the script with CPython's TypeError text.
def summarize(records, *, limit):
    return records[:limit]

rows = [{"id": i} for i in range(5)]
print(summarize(rows, limit=2))
try:
    summarize(rows, 2)
except TypeError as e:
    print("caught:", e)
print(summarize(rows, limit=1, extra=True))
