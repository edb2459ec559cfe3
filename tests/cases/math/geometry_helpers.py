# Geometry with math: polygon area and perimeter, angles between vectors, rotation, centroids.
import math
polygon = [(0, 0), (4, 0), (4, 3), (2, 5), (0, 3)]

def area(points):
    s = 0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2

def perimeter(points):
    return sum(math.dist(a, b) for a, b in zip(points, points[1:] + points[:1]))

def angle(u, v):
    dot = sum(a * b for a, b in zip(u, v))
    return math.degrees(math.acos(dot / (math.hypot(*u) * math.hypot(*v))))

def rotate(p, degrees):
    t = math.radians(degrees)
    return (round(p[0] * math.cos(t) - p[1] * math.sin(t), 9), round(p[0] * math.sin(t) + p[1] * math.cos(t), 9))

print(area(polygon), round(perimeter(polygon), 6))
print(round(angle((1, 0), (0, 1)), 6), round(angle((1, 1), (1, 0)), 6), round(angle((1, 2), (-2, 1)), 6))
print([rotate((1, 0), d) for d in (0, 90, 180, 270, 45)])
cx = sum(x for x, _ in polygon) / len(polygon)
cy = sum(y for _, y in polygon) / len(polygon)
print((cx, cy), math.isclose(math.hypot(3, 4), 5), math.atan2(1, -1), math.copysign(3, -0.0))
circle = lambda r: (math.pi * r * r, 2 * math.pi * r)
print([tuple(round(v, 4) for v in circle(r)) for r in (1, 2.5)])
