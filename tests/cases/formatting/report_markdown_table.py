# A Markdown table generated from a list of dicts, with column widths and alignment from data.
rows = [
    {"service": "auth", "p50": 12.5, "p99": 250.0, "errors": 3, "healthy": True},
    {"service": "billing-api", "p50": 48.25, "p99": 1200.125, "errors": 0, "healthy": True},
    {"service": "search", "p50": 7.0, "p99": 31.5, "errors": 127, "healthy": False},
]
columns = [("service", "<", "{}"), ("p50", ">", "{:.1f}"), ("p99", ">", "{:,.2f}"), ("errors", ">", "{:d}"), ("healthy", "^", "{}")]

def cell(row, key, fmt):
    value = row[key]
    if isinstance(value, bool):
        return "yes" if value else "NO"
    return fmt.format(value)

widths = {key: max(len(key), *(len(cell(r, key, fmt)) for r in rows)) for key, _, fmt in columns}
header = "| " + " | ".join(f"{key:{align}{widths[key]}}" for key, align, _ in columns) + " |"
rule = "|" + "|".join((":" if a in "<^" else "-") + "-" * widths[k] + (":" if a in ">^" else "-") for k, a, _ in columns) + "|"
print(header)
print(rule)
for r in rows:
    print("| " + " | ".join(f"{cell(r, k, fmt):{a}{widths[k]}}" for k, a, fmt in columns) + " |")
total_errors = sum(r["errors"] for r in rows)
print(f"\n**{len(rows)} services**, {total_errors:,} errors, worst p99 {max(r['p99'] for r in rows):,.1f} ms")
