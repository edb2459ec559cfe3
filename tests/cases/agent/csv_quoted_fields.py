# A small CSV reader that handles quoted fields with commas and doubled quotes, then aggregates.
text = '''name,city,amount,note
"Smith, Ana",Paris,120.50,"said ""hi"""
Bo,"New York, NY",80,
"Cy",Paris,19.99,"multi, comma, note"
Di,Berlin,abc,bad amount'''

def parse_line(line):
    fields, field, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                field += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(field)
            field = ""
        else:
            field += ch
        i += 1
    fields.append(field)
    return fields

header, *lines = text.splitlines()
cols = parse_line(header)
by_city = {}
for line in lines:
    row = dict(zip(cols, parse_line(line)))
    try:
        by_city[row["city"]] = by_city.get(row["city"], 0) + float(row["amount"])
    except ValueError:
        print("skipping", row["name"], "amount", repr(row["amount"]))
    print(row)
print(by_city)
