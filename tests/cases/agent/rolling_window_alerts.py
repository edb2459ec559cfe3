# Alerting over a metric stream: a rolling window generator and threshold callbacks.
stream = [("cpu", 40), ("cpu", 85), ("mem", 70), ("cpu", 92), ("cpu", 95), ("mem", 91),
          ("cpu", 60), ("mem", 93), ("mem", 95), ("cpu", 20)]

def rolling(values, size):
    window = []
    for v in values:
        window.append(v)
        if len(window) > size:
            window.pop(0)
        yield list(window)

alerts = []
def make_alert(metric, limit, needed):
    def check(window):
        over = [v for v in window if v > limit]
        if len(over) >= needed:
            alerts.append(f"{metric}: {len(over)}/{len(window)} samples over {limit} (max {max(over)})")
            return True
        return False
    return check

checks = {"cpu": make_alert("cpu", 90, 2), "mem": make_alert("mem", 90, 3)}
for metric in ["cpu", "mem"]:
    series = [v for m, v in stream if m == metric]
    fired = [i for i, w in enumerate(rolling(series, 3)) if checks[metric](w)]
    print(metric, series, "fired at", fired)
print("\n".join(alerts))
