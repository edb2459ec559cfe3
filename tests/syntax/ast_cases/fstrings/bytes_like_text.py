f"{b'bytes'}"
f"{b'x' + b'y'!r}"
f"{'\n'.join(lines)}"
f"{'\\'}"
