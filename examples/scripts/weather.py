"""Pick the best city for a weekend trip, the way an agent would: ask the host for the weather
in several cities at once, score them, then look at the forecast for the winner.

Host functions the C++ program provides (coil turns each call into an Asio operation, so the
five lookups below run concurrently):
    async def get_city_weather(city: str) -> dict
        {"city": str, "temp_c": float, "conditions": str, "wind_kph": float, "rain_mm": float}
    async def get_forecast(city: str, days: int) -> list[dict]
        one {"date": str, "high_c": float, "low_c": float, "rain_mm": float} per day
The script's result is the summary dict returned by main().
"""
import asyncio
from dataclasses import dataclass

CITIES = ["Lisbon", "Oslo", "Nairobi", "Buenos Aires", "Osaka"]
IDEAL_TEMP_C = 22.0
WINDY_KPH = 25.0


@dataclass
class Report:
    city: str
    temp_c: float
    conditions: str
    wind_kph: float
    rain_mm: float

    @property
    def score(self) -> float:
        penalty = abs(self.temp_c - IDEAL_TEMP_C) * 2
        penalty += max(0.0, self.wind_kph - WINDY_KPH) * 0.5
        penalty += self.rain_mm * 3
        if self.conditions in ("storm", "snow"):
            penalty += 40
        return round(100 - penalty, 1)


def describe(report: Report) -> str:
    return (f"{report.city:<14}{report.temp_c:5.1f} C  {report.conditions:<10}"
            f"wind {report.wind_kph:4.0f} kph  score {report.score:>5}")


async def fetch(city: str) -> Report | None:
    try:
        raw = await get_city_weather(city)
    except Exception as exc:  # one failing lookup must not sink the whole plan
        print(f"skipping {city}: {exc}")
        return None
    return Report(
        city=raw["city"],
        temp_c=float(raw["temp_c"]),
        conditions=raw.get("conditions", "unknown"),
        wind_kph=float(raw.get("wind_kph", 0)),
        rain_mm=float(raw.get("rain_mm", 0)),
    )


async def main() -> dict:
    results = await asyncio.gather(*(fetch(city) for city in CITIES))
    reports = sorted((r for r in results if r is not None), key=lambda r: r.score, reverse=True)
    if not reports:
        return {"best": None, "ranking": [], "dry_days": []}

    for report in reports:
        print(describe(report))

    best = reports[0]
    forecast = await get_forecast(best.city, days=3)
    dry_days = [day["date"] for day in forecast if day["rain_mm"] < 1.0]
    warmest = max(forecast, key=lambda day: day["high_c"], default=None)

    print(f"Go to {best.city}: {len(dry_days)} dry day(s) out of {len(forecast)}", end="")
    print(f", warmest on {warmest['date']} ({warmest['high_c']:.0f} C)" if warmest else "")
    return {
        "best": best.city,
        "ranking": [r.city for r in reports],
        "dry_days": dry_days,
    }


asyncio.run(main())
