try:
    import ujson as json
except ImportError:
    import json

if sys.version_info >= (3, 11):
    import tomllib
else:
    tomllib = None
