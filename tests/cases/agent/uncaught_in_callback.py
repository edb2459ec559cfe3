# An exception raised deep inside a callback pipeline propagates to the top level.
def make_parser(field):
    def parse(record):
        return int(record[field])
    return parse

def apply_all(records, fn):
    out = []
    for r in records:
        out.append(fn(r))
        print("parsed", out[-1])
    return out

records = [{"qty": "3"}, {"qty": "10"}, {"qty": "7 units"}, {"qty": "1"}]
total = sum(apply_all(records, make_parser("qty")))
print("total", total)
