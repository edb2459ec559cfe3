# Nearest neighbours between cities from coordinates, with a distance matrix and rounding.
import math
cities = {"paris": (48.8566, 2.3522), "berlin": (52.52, 13.405), "madrid": (40.4168, -3.7038),
          "rome": (41.9028, 12.4964), "vienna": (48.2082, 16.3738)}

def haversine(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))

names = sorted(cities)
dist = {(a, b): haversine(cities[a], cities[b]) for a in names for b in names}
print(" " * 7 + "".join(f"{n[:6]:>8}" for n in names))
for a in names:
    print(f"{a:<7}" + "".join(f"{dist[a, b]:>8.0f}" for b in names))
for a in names:
    nearest = min((b for b in names if b != a), key=lambda b: dist[a, b])
    print(f"{a} -> {nearest} ({dist[a, nearest]:.1f} km)")
tour, current, length = ["paris"], "paris", 0.0
while len(tour) < len(names):
    nxt = min((b for b in names if b not in tour), key=lambda b: dist[current, b])
    length += dist[current, nxt]
    tour.append(nxt)
    current = nxt
print(" -> ".join(tour), f"{length:,.1f} km")
