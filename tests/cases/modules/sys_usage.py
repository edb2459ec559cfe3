# The harmless parts of sys that scripts use: version checks, maxsize, stdout/stderr writes.
import sys
print(sys.version_info[0] >= 3, sys.version_info >= (3, 8), type(sys.maxsize).__name__, sys.maxsize == 2**63 - 1)
sys.stdout.write("direct write without newline|")
sys.stdout.write("second\n")
print("to stdout", file=sys.stdout)
print("to stderr (not compared)", file=sys.stderr)
n = sys.stdout.write("counted\n")
print(n)
def log(*parts, stream=sys.stdout):
    print("[log]", *parts, file=stream)
log("one", 2, 3.0)
log("hidden", stream=sys.stderr)
print(sys.maxsize + 1 > sys.maxsize, -sys.maxsize - 1)
