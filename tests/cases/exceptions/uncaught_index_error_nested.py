# IndexError from inside nested helper calls, uncaught at the top.
def first_word(line):
    return line.split()[0]

def headers(lines):
    return [first_word(l) for l in lines]

log = ["GET /a", "POST /b", "   ", "PUT /c"]
print(headers(log[:2]))
print(headers(log))
