#!/usr/bin/env python3
"""Writes the committed differential corpus: tests/differential/expressions_seedN.py (from
generate_expressions.py) and expressions_seedN.out (what CPython 3.12 prints for it, with
PYTHONHASHSEED=0). differential_test.cpp runs every such pair through coil.

Usage: regenerate_expected.py [--check]

--check writes nothing and fails (exit 1) when a committed file is not what the generator and
CPython 3.12 give now. The interpreter is $COIL_PYTHON312, else python3.12 on PATH, else
/root/.pyenv/versions/3.12*/bin/python3.12.
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate_expressions  # noqa: E402

# (seed, number of expressions) of each committed program.
CORPUS = [(1, 2000), (2, 2000), (3, 2000)]


def find_python312():
    """$COIL_PYTHON312, else python3.12 on PATH, else a pyenv 3.12: the first that really is 3.12
    (a version manager's shim may answer to the name without one behind it); None otherwise."""
    candidates = [os.environ["COIL_PYTHON312"]] if os.environ.get("COIL_PYTHON312") else []
    if shutil.which("python3.12"):
        candidates.append(shutil.which("python3.12"))
    candidates += sorted(glob.glob("/root/.pyenv/versions/3.12*/bin/python3.12"), reverse=True)
    for candidate in candidates:
        try:
            probe = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2] == (3, 12))"],
                                   capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue
        if probe.returncode == 0 and probe.stdout.strip() == "True":
            return candidate
    return None


def expected_output(python, path, count):
    completed = subprocess.run([python, path], capture_output=True, timeout=600,
                               env={"PYTHONHASHSEED": "0", "PATH": os.environ.get("PATH", "")})
    output = completed.stdout.decode("utf-8")
    if completed.returncode != 0 or output.count("\n") != count:
        sys.exit(f"regenerate_expected.py: {path} did not print one line per expression (a generator bug):\n"
                 + completed.stderr.decode("utf-8", "replace"))
    return output


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    options = parser.parse_args()
    python = find_python312()
    if python is None:
        sys.exit("regenerate_expected.py: no CPython 3.12 found (set COIL_PYTHON312)")
    stale = []
    for seed, count in CORPUS:
        program_path = os.path.join(HERE, f"expressions_seed{seed}.py")
        output_path = os.path.join(HERE, f"expressions_seed{seed}.out")
        program = generate_expressions.generate(seed, count)
        if options.check:
            with open(program_path, encoding="utf-8", newline="") as f:
                if f.read() != program:
                    stale.append(program_path)
                    continue
        else:
            with open(program_path, "w", encoding="utf-8", newline="\n") as f:
                f.write(program)
        output = expected_output(python, program_path, count)
        if options.check:
            with open(output_path, encoding="utf-8", newline="") as f:
                if f.read() != output:
                    stale.append(output_path)
        else:
            with open(output_path, "w", encoding="utf-8", newline="\n") as f:
                f.write(output)
    if stale:
        print("not what the generator and CPython 3.12 give now (run tests/differential/regenerate_expected.py):")
        for path in stale:
            print("  " + os.path.relpath(path, HERE))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
