#!/usr/bin/env python3
"""Regenerates the expected outputs of coil's syntax conformance corpora from CPython 3.12.

CPython 3.12 is the oracle: every expected file is what it says about the matching .py file.

  tests/syntax/ast_cases/**/NAME.py           -> NAME.ast: ast.dump(ast.parse(source)) + newline
  tests/syntax/error_cases/**/NAME.py         -> NAME.err: "Type lineno offset end_lineno end_offset"
                                                 and the message, from compile(source, name, 'exec')
                                                 (None written as 0); the error must come from the
                                                 parser, i.e. ast.parse must fail too.
                                              -> NAME.display: what `python3.12 NAME.py` prints on
                                                 stderr, with the positions it printed it from (see
                                                 write_display below); used to test the caret display.
  tests/syntax/compile_error_cases/**/NAME.py -> NAME.err as above, for errors CPython raises in its
                                                 compiler (ast.parse succeeds); not run by the syntax tests.

Sources are read as bytes and decoded as UTF-8, exactly as coil's tests read them (no newline
translation). Usage:

  tests/regenerate_expected.py          rewrite every expected file
  tests/regenerate_expected.py --check  rewrite nothing; exit 1 listing every expected file that
                                        differs from what CPython 3.12 says now (or is missing/stale)

The interpreter used is $COIL_PYTHON312, else `python3.12` on PATH, else
/root/.pyenv/versions/3.12*/bin/python3.12. The script may be started by any Python 3; it re-runs
itself under 3.12.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

TESTS = os.path.dirname(os.path.abspath(__file__))
AST_CASES = os.path.join(TESTS, "syntax", "ast_cases")
ERROR_CASES = os.path.join(TESTS, "syntax", "error_cases")
COMPILE_ERROR_CASES = os.path.join(TESTS, "syntax", "compile_error_cases")

# Installed as sitecustomize.py for the `python3.12 NAME.py` runs: reports the SyntaxError fields
# CPython's own display used, since file mode reports byte offsets where compile() reports
# character offsets, and sometimes different positions altogether.
DISPLAY_HOOK = r'''
import sys
def _coil_hook(kind, value, tb):
    if isinstance(value, SyntaxError):
        import json
        print("COIL-DISPLAY " + json.dumps([kind.__name__, value.msg, value.text, value.lineno,
              value.offset, value.end_lineno, value.end_offset]), file=sys.stderr)
    sys.__excepthook__(kind, value, tb)
sys.excepthook = _coil_hook
'''


def find_python312():
    candidates = []
    if os.environ.get("COIL_PYTHON312"):
        candidates.append(os.environ["COIL_PYTHON312"])
    on_path = shutil.which("python3.12")
    if on_path:
        candidates.append(on_path)
    candidates.extend(sorted(glob.glob("/root/.pyenv/versions/3.12*/bin/python3.12"), reverse=True))
    for candidate in candidates:
        if not (os.path.isfile(candidate) and os.access(candidate, os.X_OK)):
            continue
        # A version manager's shim may exist on PATH without a working 3.12 behind it.
        try:
            probe = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2] == (3, 12))"],
                                   capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue
        if probe.returncode == 0 and probe.stdout.strip() == "True":
            return candidate
    return None


def read_source(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8")


def cases(root):
    return sorted(glob.glob(os.path.join(root, "**", "*.py"), recursive=True))


def number(value):
    return "0" if value is None else str(value)


def expected_ast(path):
    import ast
    return ast.dump(ast.parse(read_source(path))) + "\n"


def compile_error(path):
    """The SyntaxError compile() raises for the file, or None."""
    source = read_source(path)
    try:
        compile(source, os.path.basename(path), "exec")
    except SyntaxError as error:
        return error
    return None


def parse_fails(path):
    import ast
    try:
        ast.parse(read_source(path))
    except SyntaxError:
        return True
    return False


def expected_err(error):
    return "{} {} {} {} {}\n{}\n".format(type(error).__name__, number(error.lineno), number(error.offset),
                                          number(error.end_lineno), number(error.end_offset), error.msg)


def character_offset(text, byte_offset):
    """File mode reports 1-based byte offsets; coil's syntax_error holds character offsets."""
    if byte_offset is None or byte_offset <= 0 or text is None:
        return byte_offset or 0
    encoded = text.encode("utf-8")
    prefix = encoded[:byte_offset - 1]
    past_end = max(0, byte_offset - 1 - len(encoded))
    return len(prefix.decode("utf-8", errors="ignore")) + past_end + 1


def expected_display(path, hook_dir):
    """What `python3.12 NAME.py` prints, with the fields it printed it from, or None when CPython
    prints no File line (e.g. undecodable source).

    Format: line 1 "lineno offset end_lineno end_offset has_text" (character offsets, 0 for None;
    the end offset is converted only when it is on the error's line), line 2 the type, line 3 the
    message, line 4 the source text CPython had (trailing newline removed), then the stderr text."""
    env = dict(os.environ)
    env["PYTHONPATH"] = hook_dir
    env["PYTHONIOENCODING"] = "utf-8"
    run = subprocess.run([sys.executable, "-W", "ignore", os.path.basename(path)], cwd=os.path.dirname(path),
                         env=env, capture_output=True)
    stderr = run.stderr.decode("utf-8")
    import json
    fields = None
    shown = []
    for line in stderr.splitlines(keepends=True):
        if line.startswith("COIL-DISPLAY "):
            fields = json.loads(line[len("COIL-DISPLAY "):])
        else:
            shown.append(line)
    if fields is None or not shown or not shown[0].startswith("  File "):
        return None
    # CPython shows the script's absolute path; keep the expected file independent of the checkout.
    absolute = '  File "{}"'.format(os.path.abspath(path))
    if shown[0].startswith(absolute):
        shown[0] = '  File "{}"'.format(os.path.basename(path)) + shown[0][len(absolute):]
    kind, message, text, lineno, offset, end_lineno, end_offset = fields
    if text is not None and ("\n" in text.rstrip("\n") or "\r" in text):
        return None  # not representable on one line of the expected file
    char_offset = character_offset(text, offset)
    char_end = character_offset(text, end_offset) if end_lineno == lineno else (end_offset or 0)
    header = "{} {} {} {} {}\n".format(number(lineno), char_offset, number(end_lineno), char_end,
                                       0 if text is None else 1)
    body = "{}\n{}\n{}\n".format(kind, message, "" if text is None else text.rstrip("\n"))
    return header + body + "".join(shown)


def generate(problems):
    """Every expected file as {path: content}."""
    expected = {}
    for path in cases(AST_CASES):
        try:
            expected[path[:-3] + ".ast"] = expected_ast(path)
        except SyntaxError as error:
            problems.append("{}: not valid Python 3.12: {}".format(path, error))
    hook_dir = tempfile.mkdtemp(prefix="coil-display-hook-")
    try:
        with open(os.path.join(hook_dir, "sitecustomize.py"), "w") as f:
            f.write(DISPLAY_HOOK)
        for path in cases(ERROR_CASES):
            error = compile_error(path)
            if error is None:
                problems.append("{}: compiles without error".format(path))
                continue
            if not parse_fails(path):
                problems.append("{}: error comes from CPython's compiler, not its parser "
                                "(move it to compile_error_cases)".format(path))
                continue
            expected[path[:-3] + ".err"] = expected_err(error)
            display = expected_display(path, hook_dir)
            if display is not None:
                expected[path[:-3] + ".display"] = display
    finally:
        shutil.rmtree(hook_dir, ignore_errors=True)
    for path in cases(COMPILE_ERROR_CASES):
        error = compile_error(path)
        if error is None:
            problems.append("{}: compiles without error".format(path))
        elif parse_fails(path):
            problems.append("{}: error comes from the parser (move it to error_cases)".format(path))
        else:
            expected[path[:-3] + ".err"] = expected_err(error)
    return expected


def committed_expected_files():
    found = []
    for root, suffixes in ((AST_CASES, (".ast",)), (ERROR_CASES, (".err", ".display")),
                           (COMPILE_ERROR_CASES, (".err",))):
        for suffix in suffixes:
            found.extend(glob.glob(os.path.join(root, "**", "*" + suffix), recursive=True))
    return sorted(found)


def main():
    check = "--check" in sys.argv[1:]
    unknown = [a for a in sys.argv[1:] if a != "--check"]
    if unknown:
        print("usage: regenerate_expected.py [--check]", file=sys.stderr)
        return 2
    if sys.version_info[:2] != (3, 12):
        python = find_python312()
        if python is None:
            print("regenerate_expected.py: no CPython 3.12 found (set COIL_PYTHON312, or put python3.12 on "
                  "PATH); the expected files can only be produced by CPython 3.12", file=sys.stderr)
            return 2
        return subprocess.call([python, os.path.abspath(__file__)] + sys.argv[1:])

    import warnings
    warnings.simplefilter("ignore")  # SyntaxWarnings (invalid escapes...) are expected in the corpus
    problems = []
    expected = generate(problems)
    for problem in problems:
        print("problem: " + problem, file=sys.stderr)

    stale = [p for p in committed_expected_files() if p not in expected]
    if check:
        differing = []
        for path, content in sorted(expected.items()):
            try:
                with open(path, "rb") as f:
                    current = f.read().decode("utf-8")
            except OSError:
                current = None
            if current != content:
                differing.append(path if current is not None else path + " (missing)")
        differing.extend(p + " (no matching case)" for p in stale)
        for path in differing:
            print("differs from CPython 3.12: " + os.path.relpath(path, os.path.dirname(TESTS)))
        print("checked {} expected files: {} differ".format(len(expected), len(differing)))
        return 1 if differing or problems else 0

    written = 0
    for path, content in sorted(expected.items()):
        with open(path, "wb") as f:
            f.write(content.encode("utf-8"))
        written += 1
    for path in stale:
        os.remove(path)
    print("wrote {} expected files, removed {} stale ones".format(written, len(stale)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
