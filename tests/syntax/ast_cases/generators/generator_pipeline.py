def read_lines(text):
    for line in text.splitlines():
        yield line


def non_empty(lines):
    return (line for line in lines if line.strip())


def numbered(lines):
    for i, line in enumerate(lines, start=1):
        yield f"{i}: {line}"
