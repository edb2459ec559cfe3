# An uncaught formatting error ends the script with its traceback.
scores = {"ann": 9.5, "bob": 7.25, "cyd": 10.0}
for name in scores:
    print(f"{name:<5}{scores[name]:>6.2f}")
total = sum(scores.values())
print(f"{'total':<5}{total:>6.2f}")
print(f"{'mean':<5}{total / len(scores):>6.3f}")
print(f"{total:e} {total:%} {total:g}")
print("bad spec next")
print(f"{scores['ann']:x}")
print("never printed")
