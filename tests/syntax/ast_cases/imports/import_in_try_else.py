try:
    from fast import parse
except ImportError:
    from slow import parse
else:
    import fast
finally:
    import sys
