f"hello"
f"{x}"
f"a{x}b"
f"{x}{y}"
f"{x} and {y}"
F"upper {x}"
f''
f'{a}'
