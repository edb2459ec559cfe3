# An uncaught exception ends the script with its type and message.
def parse(text):
    return int(text)

print(parse("12"))
print(parse("twelve"))
