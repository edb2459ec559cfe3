def documented():
    """Docstring on one line."""


def documented_multi(a, b):
    """Summary.

    Args:
        a: first
        b: second
    """
    return a, b
