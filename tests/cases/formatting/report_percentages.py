# Percentages in a survey summary, with bars.
answers = {"yes": 412, "no": 187, "maybe": 63, "no answer": 9}
total = sum(answers.values())
for label, count in answers.items():
    share = count / total
    bar = "#" * int(share * 40)
    print(f"{label:>10}: {count:>4} {share:>7.2%} {bar}")
print(f"{'total':>10}: {total:>4} {1:>7.2%}")

# Growth rates with explicit signs.
quarters = [100.0, 112.5, 98.0, 98.0, 150.25]
for i in range(1, len(quarters)):
    change = quarters[i] / quarters[i - 1] - 1
    print("Q%d %8.2f %+8.2f%%" % (i + 1, quarters[i], change * 100), "{:+.1%}".format(change))

# Rounding of percentages near the halfway point.
for r in [0.0005, 0.0015, 0.0025, 0.125, 0.995, 0.9995]:
    print(f"{r:.0%} {r:.1%} {r:.2%} {r * 100:.1f}%")
