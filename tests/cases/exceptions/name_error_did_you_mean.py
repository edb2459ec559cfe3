# An uncaught NameError for a near miss: CPython's traceback adds "Did you mean" with the closest
# name of the frame's locals (here `total`), then the globals, then the builtins. Inside the
# script, str(e) has no hint; e.name is the missing name.
def summarize(orders):
    total = sum(o["amount"] for o in orders)
    count = len(orders)
    return f"{count} orders, total {totl:.2f}"


def check(name_of_thing):
    try:
        return eval_later(name_of_thing)
    except NameError as e:
        return f"{e} | name={e.name!r}"


def eval_later(x):
    return x + lenght


print(check("a"))
print(NameError("plain").name)
try:
    print(Tru)
except NameError as e:
    print(str(e), e.args)
orders = [{"amount": 10.0}, {"amount": 5.5}]
print("summarizing", len(orders), "orders")
print(summarize(orders))
