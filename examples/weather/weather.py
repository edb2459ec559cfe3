# The seed's scenario: the weather in several cities, fetched concurrently.
# get_lat_lng, get_temp and get_weather_description are async host functions (C++ coroutines
# that wait on Asio timers); this script runs unchanged under CPython with stand-ins for them.
import asyncio


async def get_city_weather(city):
    lat, lng = await get_lat_lng(city)
    temp, description = await asyncio.gather(get_temp(lat, lng), get_weather_description(lat, lng))
    return {"city": city, "temp_c": temp, "description": description}


async def main():
    cities = ["London", "Paris", "Tokyo"]
    results = await asyncio.gather(*(get_city_weather(c) for c in cities))
    for r in results:
        print(f"{r['city']:<8} {r['temp_c']:5.1f} °C  {r['description']}")
    return results


asyncio.run(main())
