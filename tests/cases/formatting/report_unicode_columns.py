# Widths count code points, so accented and non-Latin names still line up by character count.
cities = [("Zürich", 421878, 87.88), ("São Paulo", 12325232, 1521.11), ("Москва", 13010112, 2511.0),
          ("東京", 13960000, 2194.07), ("Reykjavík", 131136, 273.0), ("Łódź", 679941, 293.25)]
print(f"{'city':<12}{'population':>14}{'area km²':>12}{'density':>10}")
print("=" * 48)
for name, people, area in cities:
    print(f"{name:<12}{people:>14,}{area:>12,.1f}{people / area:>10,.0f}")
print("=" * 48)

# Centred titles with a box-drawing fill.
for title in ["Résumé", "概要", "Ω"]:
    print(f"{title:─^20}")

# Truncating long names to a column, then padding.
for name, _, _ in cities:
    print("|{:.5}|{:>7.3}|{:_<8.6}|".format(name, name, name))
print("|%-8.4s|%8s|" % ("Reykjavík", "東京"))
