#!/usr/bin/env python3
"""Times CPython on the start-up work the start-up benchmark (startup_benchmark.cpp) measures for
coil, on the same sources: `compile(source)` alone, `exec(code, {})` of a precompiled code object
in fresh globals alone, and both together. A fresh globals dict is CPython's cheapest analogue of
coil's per-run interpreter (coil builds one per run_sync; CPython's interpreter already exists).

Timed with timeit (garbage collector off, CPython's best case): the median over --repeat rounds of
the per-call time, each round long enough to be measurable. Prints one line per measurement,
`NAME ns=N`, with NAME as the C++ benchmark names it (compile/one_plus_two, run/function, ...),
after a `python=X.Y.Z` line.

usage: cpython_startup_time.py [--repeat N] [--function-script FILE]
"""
import argparse
import os
import platform
import statistics
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))


def per_call_ns(statement, repeat):
    timer = timeit.Timer(statement)
    number, _ = timer.autorange()  # at least 0.2 s per round
    rounds = timer.repeat(repeat=repeat, number=number)
    return statistics.median(rounds) / number * 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--function-script", default=os.path.join(HERE, "startup", "function_script.py"))
    args = parser.parse_args()
    with open(args.function_script, encoding="utf-8") as f:
        function_source = f.read()
    sources = {"one_plus_two": "1 + 2", "function": function_source}
    print(f"python={platform.python_version()}")
    for name, source in sources.items():
        code = compile(source, "main.py", "exec")
        exec(code, {})  # fail loudly if CPython rejects the script
        measurements = {
            "compile": lambda: compile(source, "main.py", "exec"),
            "run": lambda: exec(code, {}),
            "compile_and_run": lambda: exec(compile(source, "main.py", "exec"), {}),
        }
        for kind, statement in measurements.items():
            print(f"{kind}/{name} ns={per_call_ns(statement, max(1, args.repeat)):.1f}")


if __name__ == "__main__":
    main()
