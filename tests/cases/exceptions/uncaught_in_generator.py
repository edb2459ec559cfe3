# An exception raised inside a generator, consumed by sum(), propagates uncaught.
def amounts(rows):
    for row in rows:
        yield float(row.split(",")[1])

rows = ["a,1.5", "b,2.25", "c,oops", "d,4"]
print(sum(amounts(rows[:2])))
print(sum(amounts(rows)))
