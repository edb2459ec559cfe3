def summarize(values, weight):
    total = 0
    largest = None
    labels = []
    for index, item in enumerate(values):
        if item % 3 == 0:
            total += item * weight
            labels.append("fizz")
        elif item % 5 == 0:
            total -= item
            labels.append("buzz")
        else:
            total += 1
        if largest is None or item > largest:
            largest = item
    return total, largest, len(labels)

readings = [3, 5, 7, 9, 10, 12, 15, 4]
result = summarize(readings, 2)
result
