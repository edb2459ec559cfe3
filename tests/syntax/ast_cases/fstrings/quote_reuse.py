# Python 3.12 lets an f-string reuse its own quote inside a replacement field.
f"{d["key"]}"
f'{d['key']}'
f"{", ".join(items)}"
f"{"nested"}"
f"{f"{x}"}"
f"{'single' + "double"}"
