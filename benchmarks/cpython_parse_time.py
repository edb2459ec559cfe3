#!/usr/bin/env python3
"""Times CPython's own front end on a file, for the parse benchmark (parse_benchmark.cpp) to
compare coil with: the median over several runs of `ast.parse(source)`, which tokenizes, parses
and builds the syntax tree, the same work coil's `parse_module` does.

Timed with timeit, so the garbage collector is off during each run (CPython's best case).
Prints one line, `python=X.Y.Z median_seconds=S runs=N`, for the benchmark to read.

usage: cpython_parse_time.py FILE [--runs N]
"""
import argparse
import ast
import platform
import statistics
import timeit


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with open(args.file, encoding="utf-8") as f:
        source = f.read()
    ast.parse(source)  # warm up, and fail loudly if CPython rejects the input
    times = timeit.repeat(lambda: ast.parse(source), number=1, repeat=max(1, args.runs))
    print(f"python={platform.python_version()} median_seconds={statistics.median(times):.9f} runs={len(times)}")


if __name__ == "__main__":
    main()
