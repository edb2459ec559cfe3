# Render notification templates with str.format_map and per-user data; report missing fields.
templates = {
    "welcome": "Hi {name}, welcome to {product}! Your plan: {plan}.",
    "invoice": "Dear {name}, invoice #{invoice:05d} for ${amount:,.2f} is due on {due}.",
    "reset": "Hello {name}, use code {code} within {minutes} minutes.",
}
users = [
    {"name": "Ana", "product": "Coil", "plan": "pro", "invoice": 42, "amount": 1234.5, "due": "2024-07-01"},
    {"name": "Bo", "product": "Coil", "invoice": 7, "amount": 9.99},
    {"name": "Cy", "code": "X9Z", "minutes": 15},
]
for user in users:
    for kind in ["welcome", "invoice", "reset"]:
        try:
            print(f"[{kind}] {templates[kind].format_map(user)}")
        except KeyError as e:
            print(f"[{kind}] skipped for {user['name']}: missing {e}")
        except (ValueError, TypeError) as e:
            print(f"[{kind}] bad data for {user['name']}: {e}")
print("{0} owes {1[amount]:.2f} ({1[name]})".format("Ana", users[0]), "{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
