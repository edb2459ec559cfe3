# import and from-import of coil's modules, sys.stdout/stderr, and the errors for missing modules and names.
import sys
from sys import maxsize as big
print(sys.maxsize == big, sys.version_info[:2] if False else sys.version_info[0])
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
try:
    import nothere
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from sys import nothing
except ImportError as e:
    print(type(e).__name__, e)
import sys as s2
print(s2 is sys)
