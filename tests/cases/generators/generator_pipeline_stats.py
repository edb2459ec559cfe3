# A statistics pipeline of small generator stages composed with a helper; each stage is lazy.
def compose(source, *stages):
    for stage in stages:
        source = stage(source)
    return source
def strip_comments(lines):
    return (l.split("#", 1)[0].strip() for l in lines)
def non_empty(lines):
    return (l for l in lines if l)
def to_numbers(lines):
    for l in lines:
        try:
            yield float(l)
        except ValueError:
            yield None
def drop_none(values):
    return (v for v in values if v is not None)
def running_mean(values):
    total = 0.0
    for n, v in enumerate(values, 1):
        total += v
        yield round(total / n, 3)
data = ["10", "# header", "12.5  # note", "", "abc", "7", "  9.5", "x # y"]
print(list(compose(data, strip_comments, non_empty)))
print(list(compose(data, strip_comments, non_empty, to_numbers)))
print(list(compose(data, strip_comments, non_empty, to_numbers, drop_none, running_mean)))
stats = compose(iter(data), strip_comments, non_empty, to_numbers, drop_none)
print(next(stats), sum(stats), list(stats))
