x = "plain" f"{a}" 'single' f'{b!r}' """triple""" f"""{c:>4}"""
y = u"u first" "then plain"
z = r"\raw" f"{d}\n" rf"\{e}"
w = ("a"
     f"{b}"
     "c")
