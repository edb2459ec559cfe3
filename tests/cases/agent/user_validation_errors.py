# Validate user records, collecting error messages instead of stopping at the first one.
users = [
    {"name": "Ada", "email": "ada@example.com", "age": 36},
    {"name": "", "email": "noname@example.com", "age": 20},
    {"name": "Bob", "email": "bob-at-example.com", "age": 17},
    {"name": "Cy", "email": "cy@example.com", "age": "forty"},
    {"name": "Di", "email": "di@example.com"},
]

def validate(user):
    problems = []
    if not user.get("name"):
        problems.append("missing name")
    email = user.get("email", "")
    if "@" not in email or email.startswith("@"):
        problems.append(f"bad email {email!r}")
    try:
        age = int(user["age"])
        if age < 18:
            problems.append(f"too young: {age}")
    except KeyError as e:
        problems.append(f"missing field {e}")
    except ValueError as e:
        problems.append(f"age not a number ({e})")
    return problems

valid = []
for index, user in enumerate(users):
    problems = validate(user)
    if problems:
        print(f"user {index}: " + "; ".join(problems))
    else:
        valid.append(user["name"])
print("valid:", valid)
print(f"{len(valid)}/{len(users)} passed ({len(valid) / len(users):.0%})")
