# Deduplicate contacts by normalized email, merging phone numbers and keeping the earliest name.
contacts = [
    {"name": "Jane Doe", "email": "Jane@Example.com ", "phones": ["555-0100"]},
    {"name": "J. Doe", "email": "jane@example.com", "phones": ["555-0199", "555-0100"]},
    {"name": "Max Power", "email": "max@power.io", "phones": []},
    {"name": "Maxwell", "email": " MAX@POWER.IO", "phones": ["555-0123"]},
    {"name": "Solo", "email": "solo@x.org", "phones": ["555-0000"]},
]

def normalize(email):
    return email.strip().lower()

merged = {}
order = []
for c in contacts:
    key = normalize(c["email"])
    if key not in merged:
        merged[key] = {"name": c["name"], "phones": []}
        order.append(key)
    for p in c["phones"]:
        if p not in merged[key]["phones"]:
            merged[key]["phones"].append(p)

for key in order:
    entry = merged[key]
    phones = ", ".join(sorted(entry["phones"])) or "(none)"
    print(f"{entry['name']:<10} <{key}> {phones}")
print(len(contacts), "->", len(merged))
dupes = {normalize(c["email"]) for c in contacts}
print(sorted(dupes) == sorted(order), sorted(order))
