#!/usr/bin/env python3
"""A small script."""
import sys


def main(argv):
    if len(argv) < 2:
        print("usage: script NAME", file=sys.stderr)
        return 2
    name = argv[1]
    print(f"hello {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
