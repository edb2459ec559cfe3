#!/usr/bin/env python3
"""Regenerates the expected outputs of the `coil` command-line tests (tests/cli/CMakeLists.txt)
from CPython 3.12, whose AST dump format and error reports coil matches:
  expected/<name>.ast     ast.dump(ast.parse(source)) of an example script, as `coil ast` prints it
  expected/<name>.stderr  CPython's report for a script that does not compile (a syntax error, or
                          an error of compile()'s later passes for tests/cli/check/*.py), as `coil
                          check` (and `coil ast`, for syntax errors) print it on stderr (the file
                          name relative to the repository root, where the tests run; the scripts
                          are ASCII, so compile()'s columns are also the ones `python3.12 FILE`
                          shows)

usage: tests/cli/regenerate_expected.py [--check]
  --check  rewrite nothing; exit 1 if an expected file differs from what CPython 3.12 says now,
           77 (ctest's "skipped") when no CPython 3.12 is found
Any Python 3 may start it: it re-runs itself under $COIL_PYTHON312, `python3.12` on PATH, or
/root/.pyenv/versions/3.12*/bin/python3.12.
"""
import glob
import os
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXPECTED = ROOT / "tests" / "cli" / "expected"
DUMPS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples" / "scripts").glob("*.py"))
ERRORS = ["tests/cli/missing_colon.py"] + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "cli" / "check").glob("*.py")
                                                 if p.name != "compiles.py")
NO_PYTHON312 = 77


def python312():
    candidates = [os.environ.get("COIL_PYTHON312"), shutil.which("python3.12")]
    candidates += sorted(glob.glob("/root/.pyenv/versions/3.12*/bin/python3.12"), reverse=True)
    for candidate in filter(None, candidates):
        try:
            probe = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2] == (3, 12))"],
                                   capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue  # a version manager's shim without a 3.12 behind it
        if probe.returncode == 0 and probe.stdout.strip() == "True":
            return candidate
    return None


def expected_outputs():
    import ast
    import traceback
    outputs = {}
    for relative in DUMPS:
        source = (ROOT / relative).read_bytes().decode("utf-8")
        outputs[EXPECTED / (pathlib.Path(relative).stem + ".ast")] = ast.dump(ast.parse(source)) + "\n"
    for relative in ERRORS:
        source = (ROOT / relative).read_bytes().decode("utf-8")
        try:
            compile(source, relative, "exec", dont_inherit=True)
        except SyntaxError as error:
            outputs[EXPECTED / (pathlib.Path(relative).stem + ".stderr")] = \
                "".join(traceback.format_exception_only(error))
        else:
            sys.exit(f"{relative} compiles: it is meant to have a syntax error")
    return outputs


def main():
    check = sys.argv[1:] == ["--check"]
    if sys.argv[1:] not in ([], ["--check"]):
        sys.exit(__doc__)
    if sys.version_info[:2] != (3, 12):
        interpreter = python312()
        if interpreter is None:
            print("no CPython 3.12 found (set COIL_PYTHON312)", file=sys.stderr)
            sys.exit(NO_PYTHON312)
        sys.exit(subprocess.run([interpreter, __file__, *sys.argv[1:]]).returncode)

    # compile()'s later passes read the source line back from the file by its relative name.
    os.chdir(ROOT)
    stale = []
    for path, text in expected_outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if check:
            stale.append(path)
        else:
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    for path in stale:
        print(f"differs from CPython 3.12: {path.relative_to(ROOT)}", file=sys.stderr)
    sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
