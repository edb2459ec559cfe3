# Rank documents for a query with a tiny TF-IDF, tie-breaking by title, and print snippets.
import math
docs = {
    "Intro to Python": "python is a language python is popular for data and web",
    "Cooking Pasta": "boil water add pasta salt the water and cook the pasta",
    "Data Pipelines": "data pipelines move data between systems python helps build pipelines",
    "Web Servers": "web servers answer requests a python web server can be small",
}
tokenized = {t: body.split() for t, body in docs.items()}
df = {}
for words in tokenized.values():
    for w in set(words):
        df[w] = df.get(w, 0) + 1
def score(query, title):
    words = tokenized[title]
    return sum(words.count(q) / len(words) * math.log(len(docs) / df[q]) for q in query.split() if q in df)
for query in ["python data", "pasta", "web python", "rust"]:
    ranked = sorted(docs, key=lambda t: (-score(query, t), t))
    hits = [(t, round(score(query, t), 4)) for t in ranked if score(query, t) > 0]
    print(f"{query!r}: {hits if hits else 'no results'}")
print(sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
