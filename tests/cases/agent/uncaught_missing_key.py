# A report that assumes every record has a "price" field ends with the KeyError.
products = [
    {"name": "kettle", "price": 25.0, "stock": 3},
    {"name": "toaster", "price": 40.0, "stock": 0},
    {"name": "blender", "stock": 7},
    {"name": "mixer", "price": 99.0, "stock": 1},
]
value = 0.0
for p in products:
    line_value = p["price"] * p["stock"]
    print(f"{p['name']:<8} {line_value:8.2f}")
    value += line_value
print("never reached", value)
