#!/usr/bin/env python3
"""Regenerates the expected outputs of the `coil` command-line tests (tests/cli/CMakeLists.txt)
from CPython 3.12, whose AST dump format and error reports coil matches:
  expected/<name>.ast     ast.dump(ast.parse(source)) of an example script, as `coil ast` prints it
  expected/<name>.stderr  CPython's syntax error report for a bad script, as `coil ast`/`coil check`
                          print it on stderr (file name as given on the command line, relative to
                          the repository root, which is where the tests run)

usage (from anywhere): python3.12 tests/cli/regenerate_expected.py
"""
import ast
import pathlib
import sys
import traceback

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXPECTED = ROOT / "tests" / "cli" / "expected"
DUMPS = ["examples/scripts/weather.py"]
ERRORS = ["tests/cli/missing_colon.py"]


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit(f"needs Python 3.12 (this is {sys.version.split()[0]}): coil matches 3.12's AST and messages")
    EXPECTED.mkdir(exist_ok=True)
    for relative in DUMPS:
        source = (ROOT / relative).read_text(encoding="utf-8")
        out = EXPECTED / (pathlib.Path(relative).stem + ".ast")
        out.write_text(ast.dump(ast.parse(source)) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")
    for relative in ERRORS:
        source = (ROOT / relative).read_bytes()
        try:
            compile(source, relative, "exec", dont_inherit=True)
        except SyntaxError as error:
            report = "".join(traceback.format_exception_only(error))
        else:
            sys.exit(f"{relative} compiles: it is meant to be a syntax error")
        out = EXPECTED / (pathlib.Path(relative).stem + ".stderr")
        out.write_text(report, encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
