import asyncio

async def main(cities):
    for city in cities
        print(await get_city_weather(city))
