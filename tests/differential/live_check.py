#!/usr/bin/env python3
"""Runs a freshly generated expression program through CPython 3.12 and the coil program and
compares their output line by line.

Usage: live_check.py --coil PATH [--python PATH] [--seed N] [--count N] [--all] [--keep FILE]
(run from any directory, with any Python 3)

Without --seed a new seed is drawn, so every run explores new expressions; the seed is printed
so a failure can be reproduced with --seed. Each expression prints one line (see
generate_expressions.py), so the first differing line names the expression behind it. --all
lists every difference instead of stopping at the first. Exit status: 0 when the outputs are
identical, 1 otherwise.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_expressions  # noqa: E402
from regenerate_expected import find_python312  # noqa: E402

EXPRESSION_PREFIX = "try: print(repr("
EXPRESSION_SUFFIX = "))"


def expressions_of(program):
    """The expression texts of a generated program, in order."""
    texts = []
    for line in program.splitlines():
        if line.startswith(EXPRESSION_PREFIX) and line.endswith(EXPRESSION_SUFFIX):
            texts.append(line[len(EXPRESSION_PREFIX):-len(EXPRESSION_SUFFIX)])
    return texts


def run(command, path):
    # CPython's str hashes (set order, hash()) are those of PYTHONHASHSEED=0, as coil's are.
    environment = {"PYTHONHASHSEED": "0", "PATH": os.environ.get("PATH", "")}
    for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
        if name in os.environ:
            environment[name] = os.environ[name]
    completed = subprocess.run(command + [path], capture_output=True, timeout=600, env=environment)
    return completed.returncode, completed.stdout.decode("utf-8", "replace"), completed.stderr.decode("utf-8", "replace")


def compare(program, expected, actual, show_all):
    """Prints the differing lines; returns how many expressions agree and how many differ."""
    texts = expressions_of(program)
    # Lines end at '\n' only: a message may hold other line breaks ('\x0b', '\x85', '\u2028').
    expected_lines = expected.split("\n")
    actual_lines = actual.split("\n")
    differences = 0
    for index, text in enumerate(texts):
        want = expected_lines[index] if index < len(expected_lines) else "<no line>"
        got = actual_lines[index] if index < len(actual_lines) else "<no line>"
        if want != got:
            differences += 1
            if differences == 1 or show_all:
                print(f"expression {index + 1}: {text}\n  python3.12: {want}\n  coil:       {got}")
            if not show_all:
                break
    if actual.count("\n") > len(texts) and not differences:
        differences += 1
        print(f"coil printed {actual.count(chr(10)) - len(texts)} extra lines, the first: {actual_lines[len(texts)]}")
    return len(texts) - differences, differences


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coil", required=True, help="the coil program (examples/cli)")
    parser.add_argument("--python", help="CPython 3.12 (default: as regenerate_expected.py finds it)")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--all", action="store_true", help="list every difference")
    parser.add_argument("--keep", help="also write the generated program to this file")
    options = parser.parse_args()
    if options.python is None:
        options.python = find_python312()
        if options.python is None:
            sys.exit("live_check.py: no CPython 3.12 found (set COIL_PYTHON312 or pass --python)")

    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(10**9)
    program = generate_expressions.generate(seed, options.count)
    print(f"seed {seed}, {options.count} expressions (generate_expressions.py {seed} {options.count})")
    if options.keep:
        with open(options.keep, "w", encoding="utf-8", newline="\n") as out:
            out.write(program)
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, f"expressions_{seed}.py")
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.write(program)
        python_status, expected, python_errors = run([options.python], path)
        if python_status != 0 or expected.count("\n") != options.count:
            print(f"CPython did not print one line per expression (exit {python_status}): a generator bug\n{python_errors}")
            return 1
        coil_status, actual, coil_errors = run([options.coil, "run"], path)
    agree, differ = compare(program, expected, actual, options.all)
    if coil_status != 0:
        print(f"coil exited with status {coil_status}:\n{coil_errors}")
        return 1
    print(f"{agree} agree, {differ} differ")
    return 0 if differ == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
