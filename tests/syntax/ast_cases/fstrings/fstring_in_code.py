def describe(user):
    name = user["name"]
    age = user.get("age", 0)
    return f"{name!r} is {age} year{'s' if age != 1 else ''} old"


for i, row in enumerate(rows):
    print(f"{i:>3}: {row['id']:<8} {row['score']:6.2f}")
