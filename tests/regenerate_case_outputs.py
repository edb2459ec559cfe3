#!/usr/bin/env python3
"""Regenerates the expected outputs of coil's runtime conformance cases from CPython 3.12.

  tests/cases/**/NAME.py -> NAME.out: everything the script printed on stdout
                         -> NAME.err: only when the script ended with an uncaught exception: the
                            last line of its traceback ("ValueError: bad"), which coil must match

Usage: tests/regenerate_case_outputs.py [--check]. With --check nothing is written; the exit
status is 1 when any expected file differs from what CPython says now. The interpreter is found
as in regenerate_expected.py (python3.12).
"""
import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from regenerate_expected import find_python312  # noqa: E402

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")


def expected_for(python, path):
    run = subprocess.run([python, os.path.basename(path)], cwd=os.path.dirname(path), capture_output=True,
                         timeout=60, env={"PYTHONHASHSEED": "0", "PATH": os.environ.get("PATH", "")})
    out = run.stdout.decode("utf-8")
    err = None
    if run.returncode != 0:
        lines = [line for line in run.stderr.decode("utf-8").splitlines() if line.strip()]
        err = (lines[-1] if lines else "") + "\n"
    return out, err


def main():
    check = "--check" in sys.argv[1:]
    python = find_python312()
    if python is None:
        print("regenerate_case_outputs: no python3.12 found; nothing checked", file=sys.stderr)
        return 0
    stale = []
    for path in sorted(glob.glob(os.path.join(CASES, "**", "*.py"), recursive=True)):
        out, err = expected_for(python, path)
        base = path[:-3]
        wanted = {base + ".out": out, base + ".err": err}
        for file, content in wanted.items():
            current = open(file, encoding="utf-8").read() if os.path.exists(file) else None
            if current == content:
                continue
            stale.append(file)
            if check:
                continue
            if content is None:
                os.remove(file)
            else:
                with open(file, "w", encoding="utf-8", newline="") as handle:
                    handle.write(content)
    if check and stale:
        print("expected files that differ from CPython 3.12:\n  " + "\n  ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
