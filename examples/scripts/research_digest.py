"""Build a short digest on a topic: search, fetch the top pages concurrently with a cap on how
many run at once, keep the relevant paragraphs and count the sources by site.

Host functions:
    async def web_search(query: str, limit: int) -> list[dict]   # {"url": str, "title": str}
    async def fetch_page(url: str) -> str                         # the page's text
Inputs: topic (str), max_sources (int).
"""
import asyncio
import re
from collections import Counter

MAX_CONCURRENT_FETCHES = 3
WORD = re.compile(r"[a-z][a-z'-]+")


def site_of(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def relevant_paragraphs(text: str, keywords: set[str], keep: int = 2) -> list[str]:
    scored = []
    for paragraph in (p.strip() for p in text.split("\n\n")):
        words = WORD.findall(paragraph.lower())
        if hits := sum(1 for w in words if w in keywords):
            scored.append((hits / (len(words) or 1), paragraph))
    scored.sort(reverse=True)
    return [paragraph for _, paragraph in scored[:keep]]


async def main() -> dict:
    keywords = {w for w in WORD.findall(topic.lower()) if len(w) > 3}
    results = await web_search(topic, limit=max_sources)
    limiter = asyncio.Semaphore(MAX_CONCURRENT_FETCHES)

    async def read(result: dict) -> tuple[str, list[str]]:
        async with limiter:
            try:
                text = await asyncio.wait_for(fetch_page(result["url"]), timeout=10)
            except (asyncio.TimeoutError, ValueError):
                return result["url"], []
        return result["url"], relevant_paragraphs(text, keywords)

    pages = await asyncio.gather(*map(read, results))
    useful = {url: paragraphs for url, paragraphs in pages if paragraphs}
    sites = Counter(site_of(url) for url in useful)

    print(f"# {topic.title()}")
    for url, paragraphs in useful.items():
        print(f"\n## {site_of(url)}")
        for paragraph in paragraphs:
            print(paragraph if len(paragraph) <= 280 else paragraph[:277] + "...")
    return {"sources": len(useful), "skipped": len(pages) - len(useful), "by_site": dict(sites.most_common())}


asyncio.run(main())
