# A report that assumes every row has three columns: the short row raises IndexError.
rows = ["ana,dev,31", "bo,ops,25", "cy,qa", "di,dev,40"]
print(f"{'name':<5}{'team':<5}{'age':>4}")
for row in rows:
    cols = row.split(",")
    print(f"{cols[0]:<5}{cols[1]:<5}{cols[2]:>4}")
print("done")
