x = b"\N{x}"
y = r"\N{DASH}"
z = br"\N"
