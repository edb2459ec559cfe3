#!/usr/bin/env python3
"""Writes the parse benchmark's input: deterministic, varied, realistic Python source of an exact
number of lines (default 10 000), the kind of code the front end meets in practice: imports,
constants, functions with defaults and annotations, classes with methods and properties,
decorators, loops, comprehensions, f-strings, dict and list displays, calls, try/except, with,
lambdas, async functions and match statements.

The same arguments always give the same bytes (a seeded generator, no dependence on the Python
version), and the output parses with Python 3.10 and later (match statements), so CPython's `ast.parse` can be timed
on the very same file (benchmarks/cpython_parse_time.py).

usage: generate_parse_input.py OUTPUT [--lines N] [--seed S]
"""
import argparse
import random

NOUNS = ["user", "order", "item", "price", "city", "record", "event", "token", "score", "page",
         "result", "batch", "account", "message", "report", "entry", "node", "span", "row", "key"]
VERBS = ["load", "parse", "merge", "score", "render", "fetch", "update", "filter", "group", "check",
         "build", "resolve", "count", "format", "split", "collect", "apply", "emit", "read", "plan"]
TYPES = ["int", "str", "float", "bool", "list[str]", "dict[str, int]", "tuple[int, int]", "bytes"]
WORDS = ["alpha", "beta", "gamma", "delta", "north", "south", "ready", "failed", "pending", "done",
         "small", "large", "open", "closed", "cached", "stale"]


class Writer:
    def __init__(self, rng):
        self.rng = rng
        self.lines = []

    def emit(self, depth, text):
        self.lines.append("    " * depth + text)

    def name(self):
        return f"{self.rng.choice(NOUNS)}_{self.rng.choice(NOUNS)}"

    def func_name(self):
        return f"{self.rng.choice(VERBS)}_{self.rng.choice(NOUNS)}s"

    def literal(self):
        r = self.rng
        kind = r.randrange(8)
        if kind == 0:
            return str(r.randrange(-1000, 100000))
        if kind == 1:
            return f"{r.uniform(-100, 100):.{r.randrange(1, 6)}f}"
        if kind == 2:
            return repr(r.choice(WORDS) + " " + r.choice(WORDS))
        if kind == 3:
            return r.choice(["None", "True", "False"])
        if kind == 4:
            return f"0x{r.randrange(1 << 32):08x}"
        if kind == 5:
            return f"{r.randrange(1, 999)}_{r.randrange(1000):03d}"
        if kind == 6:
            return f"b'{r.choice(WORDS)}\\x{r.randrange(256):02x}'"
        return f"{r.randrange(1, 9)}e{r.randrange(-5, 9)}"

    def expression(self, depth=0):
        r = self.rng
        if depth > 2:
            return r.choice([self.literal(), r.choice(NOUNS), f"{r.choice(NOUNS)}.{r.choice(NOUNS)}"])
        kind = r.randrange(14)
        sub = lambda: self.expression(depth + 1)
        # Where a sub-expression is followed by `.attr`, a comprehension's `in`, or `not (...)`
        # comparisons, parenthesize it: `1.items()` or `x for y in a if b else c` would not parse.
        primary = lambda: f"({sub()})" if r.random() < 0.7 else r.choice(NOUNS)
        loose = lambda e: f"({e})" if e.startswith(("not ", "lambda ")) or " if " in e else e
        if kind == 0:
            return f"{loose(sub())} {r.choice(['+', '-', '*', '/', '//', '%', '**', '|', '&', '<<'])} {loose(sub())}"
        if kind == 1:
            return f"{self.func_name()}({sub()}, {r.choice(NOUNS)}={sub()})"
        if kind == 2:
            return f"[{r.choice(NOUNS)} * 2 for {r.choice(NOUNS)} in {primary()} if {r.choice(NOUNS)}]"
        if kind == 3:
            return f"{{{self.literal()}: {sub()}, {self.literal()}: {sub()}, **{r.choice(NOUNS)}}}"
        if kind == 4:
            return f"f\"{r.choice(WORDS)} {{{r.choice(NOUNS)}!r}} and {{{r.choice(NOUNS)}:>{r.randrange(2, 12)}}}\""
        if kind == 5:
            return f"{sub()} if {r.choice(NOUNS)} is not None else {sub()}"
        if kind == 6:
            return f"lambda {r.choice(NOUNS)}, *rest: {sub()}"
        if kind == 7:
            return f"{r.choice(NOUNS)}[{sub()}:{r.randrange(10)}:{r.randrange(1, 3)}]"
        if kind == 8:
            return f"{{{r.choice(NOUNS)}: {r.choice(NOUNS)} for {r.choice(NOUNS)}, {r.choice(NOUNS)} in {primary()}.items()}}"
        if kind == 9:
            return f"not ({primary()} < {primary()} <= {self.literal()})"
        if kind == 10:
            return f"({sub()}, {sub()}, *{r.choice(NOUNS)})"
        if kind == 11:
            return f"{r.choice(NOUNS)}.{self.func_name()}({sub()}).{r.choice(VERBS)}()"
        if kind == 12:
            return f"sum({r.choice(NOUNS)}.{r.choice(NOUNS)} for {r.choice(NOUNS)} in {primary()})"
        return self.literal()

    def simple_statement(self, depth):
        r = self.rng
        kind = r.randrange(10)
        if kind == 0:
            self.emit(depth, f"{self.name()} = {self.expression()}")
        elif kind == 1:
            self.emit(depth, f"{self.name()} += {self.expression(1)}")
        elif kind == 2:
            self.emit(depth, f"{self.name()}: {r.choice(TYPES)} = {self.expression(1)}")
        elif kind == 3:
            self.emit(depth, f"{self.func_name()}({self.expression(1)}, *{r.choice(NOUNS)}, **{r.choice(NOUNS)})")
        elif kind == 4:
            self.emit(depth, f"{r.choice(NOUNS)}, *{r.choice(NOUNS)} = {self.expression(1)}")
        elif kind == 5:
            self.emit(depth, f"assert {self.name()} != ({self.expression(1)}), f\"bad {{{r.choice(NOUNS)}}}\"")
        elif kind == 6:
            self.emit(depth, f"# {r.choice(VERBS)} the {r.choice(NOUNS)} before the {r.choice(NOUNS)} {r.choice(WORDS)}")
            self.emit(depth, f"{self.name()} = {self.name()}")
        elif kind == 7:
            self.emit(depth, f"{self.name()} = {{")
            for _ in range(r.randrange(2, 5)):
                self.emit(depth + 1, f"\"{r.choice(NOUNS)}\": {self.expression(2)},")
            self.emit(depth, "}")
        elif kind == 8:
            self.emit(depth, f"{r.choice(NOUNS)}[{self.literal()}] = {self.expression(1)}  # {r.choice(WORDS)}")
        else:
            self.emit(depth, f"print({self.expression(1)}, sep=\", \", end=\"\\n\")")

    def block(self, depth, size):
        r = self.rng
        for _ in range(size):
            kind = r.randrange(12) if depth < 4 else 0
            if kind <= 4:
                self.simple_statement(depth)
            elif kind == 5:
                self.emit(depth, f"for {r.choice(NOUNS)}, {r.choice(NOUNS)} in enumerate({self.expression(1)}):")
                self.block(depth + 1, r.randrange(1, 4))
            elif kind == 6:
                self.emit(depth, f"if {self.expression(1)}:")
                self.block(depth + 1, r.randrange(1, 3))
                self.emit(depth, f"elif {r.choice(NOUNS)} in ({self.literal()}, {self.literal()}):")
                self.block(depth + 1, 1)
                self.emit(depth, "else:")
                self.block(depth + 1, r.randrange(1, 3))
            elif kind == 7:
                self.emit(depth, f"while {r.choice(NOUNS)} < {r.randrange(100)}:")
                self.block(depth + 1, r.randrange(1, 3))
                self.emit(depth + 1, r.choice(["break", "continue", f"{r.choice(NOUNS)} += 1"]))
            elif kind == 8:
                self.emit(depth, "try:")
                self.block(depth + 1, r.randrange(1, 3))
                self.emit(depth, f"except ({r.choice(['ValueError', 'KeyError'])}, TypeError) as exc:")
                self.emit(depth + 1, f"raise RuntimeError(f\"{r.choice(VERBS)} failed: {{exc}}\") from exc")
                self.emit(depth, "finally:")
                self.block(depth + 1, 1)
            elif kind == 9:
                self.emit(depth, f"with open({self.expression(2)}) as {r.choice(NOUNS)}, lock:")
                self.block(depth + 1, r.randrange(1, 3))
            elif kind == 10:
                self.emit(depth, f"match {r.choice(NOUNS)}:")
                self.emit(depth + 1, f"case {{\"{r.choice(NOUNS)}\": {r.choice(NOUNS)}, **rest}}:")
                self.block(depth + 2, 1)
                self.emit(depth + 1, f"case [{r.choice(NOUNS)}, *_] if {r.choice(NOUNS)}:")
                self.block(depth + 2, 1)
                self.emit(depth + 1, f"case Point(x=0, y={self.literal()}) | {self.literal()}:")
                self.block(depth + 2, 1)
                self.emit(depth + 1, "case _:")
                self.emit(depth + 2, "pass")
            else:
                self.emit(depth, f"return {self.expression()}")
                return

    def function(self, depth, method=False):
        r = self.rng
        if r.random() < 0.3:
            self.emit(depth, r.choice(["@staticmethod" if method else "@cache", "@property" if method else "@trace(level=2)",
                                       f"@register(\"{r.choice(NOUNS)}\")"]))
        params = ["self"] if method else []
        names = set(params)
        for _ in range(r.randrange(0, 4)):
            p = r.choice(NOUNS)
            if p in names:
                continue
            names.add(p)
            choice = r.randrange(3)
            params.append(p if choice == 0 else f"{p}: {r.choice(TYPES)}" if choice == 1 else f"{p}={self.literal()}")
        # Parameters with defaults must come last: annotate-only ones after them become keyword-only.
        plain = [p for p in params if "=" not in p]
        defaulted = [p for p in params if "=" in p]
        signature = ", ".join(plain + defaulted + (["*args", "**kwargs"] if r.random() < 0.2 else []))
        prefix = "async def" if r.random() < 0.15 else "def"
        self.emit(depth, f"{prefix} {self.func_name()}({signature}) -> {r.choice(TYPES)}:")
        if r.random() < 0.5:
            self.emit(depth + 1, f"\"\"\"{r.choice(VERBS).capitalize()} the {r.choice(NOUNS)}s and return the {r.choice(NOUNS)}.\"\"\"")
        if prefix == "async def":
            self.emit(depth + 1, f"{r.choice(NOUNS)} = await {self.func_name()}({self.expression(2)})")
        self.block(depth + 1, r.randrange(2, 8))

    def klass(self):
        r = self.rng
        if r.random() < 0.4:
            self.emit(0, "@dataclass(frozen=True)")
        bases = r.choice(["", "(Base)", "(Mapping, metaclass=Meta)", f"({r.choice(NOUNS).capitalize()}Mixin, Base)"])
        self.emit(0, f"class {r.choice(NOUNS).capitalize()}{r.choice(NOUNS).capitalize()}{bases}:")
        self.emit(1, f"\"\"\"A {r.choice(WORDS)} {r.choice(NOUNS)}.\"\"\"")
        for _ in range(r.randrange(1, 4)):
            self.emit(1, f"{r.choice(NOUNS)}: {r.choice(TYPES)} = {self.literal()}")
        for _ in range(r.randrange(1, 5)):
            self.lines.append("")
            self.function(1, method=True)

    def top_level(self):
        r = self.rng
        kind = r.randrange(10)
        if kind < 5:
            self.function(0)
        elif kind < 8:
            self.klass()
        elif kind == 8:
            self.emit(0, f"{self.name().upper()} = [")
            for _ in range(r.randrange(3, 9)):
                self.emit(1, f"({self.literal()}, {self.literal()}, {self.expression(2)}),")
            self.emit(0, "]")
        else:
            self.emit(0, f"from {r.choice(NOUNS)}.{r.choice(NOUNS)} import {r.choice(VERBS)}, {r.choice(NOUNS)} as {r.choice(NOUNS)}_alias")
            self.emit(0, f"import {r.choice(NOUNS)}.{r.choice(NOUNS)}")
        self.lines.append("")
        self.lines.append("")


def generate(line_count, seed):
    writer = Writer(random.Random(seed))
    header = ['"""Generated benchmark input: realistic Python for timing the front end."""',
              "import asyncio", "import json", "from dataclasses import dataclass", ""]
    writer.lines.extend(header)
    while True:
        mark = len(writer.lines)
        writer.top_level()
        if len(writer.lines) > line_count:
            del writer.lines[mark:]  # the block does not fit: fill the rest with one-line statements
            break
    while len(writer.lines) < line_count:
        writer.emit(0, f"{writer.name()} = {writer.expression(1)}")
    return "\n".join(writer.lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    text = generate(args.lines, args.seed)
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)


if __name__ == "__main__":
    main()
