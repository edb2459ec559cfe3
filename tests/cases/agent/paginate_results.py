# Paginate a result list, print page headers, and handle out-of-range pages.
items = [{"id": i, "title": f"item-{i:03d}", "score": (i * 37) % 11} for i in range(1, 24)]

def page(data, number, size=5):
    if number < 1:
        raise ValueError("page numbers start at 1")
    pages = (len(data) + size - 1) // size
    if number > pages:
        raise IndexError(f"page {number} of {pages}")
    start = (number - 1) * size
    return data[start:start + size], pages

for n in (1, 3, 5):
    rows, total = page(items, n)
    print(f"-- page {n}/{total} --")
    for r in rows:
        print(f"  {r['id']:>3} {r['title']} {'*' * r['score']}")
for bad in (0, 6):
    try:
        page(items, bad)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
ranked = sorted(items, key=lambda r: r["score"], reverse=True)[:4]
print([(r["id"], r["score"]) for r in ranked])
