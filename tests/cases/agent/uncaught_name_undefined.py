# A helper using a name that was never defined: the NameError ends the script.
def summarize(orders):
    total = sum(o["amount"] for o in orders)
    count = len(orders)
    return f"{count} orders, total {currency_symbol}{total:.2f}"

orders = [{"amount": 10.0}, {"amount": 5.5}]
print("summarizing", len(orders), "orders")
print(summarize(orders))
