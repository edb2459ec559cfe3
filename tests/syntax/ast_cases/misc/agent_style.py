async def main():
    cities = ["Paris", "London", "Tokyo"]
    temps = await asyncio.gather(*(get_temp(city=c) for c in cities))
    report = {city: round(t, 1) for city, t in zip(cities, temps)}
    hottest = max(report, key=report.get)
    summary = f"Hottest: {hottest} at {report[hottest]}°C"
    if any(t < 0 for t in temps):
        summary += " (some below freezing)"
    return {"report": report, "summary": summary}


await main()
