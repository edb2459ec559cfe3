#!/usr/bin/env python3.12
"""Generates include/coil/runtime/text/unicode_tables.hpp from Python 3.12's own str behaviour.

The text algorithms behind coil's `str` (include/coil/runtime/text/) need, per code point, the
flags of the str predicates (isalpha, isdecimal, isdigit, isnumeric, isspace, isprintable,
isupper, islower, the titlecase flag, cased and case-ignorable for title() and the final sigma,
identifier start/continue, line breaks), the decimal digit value (int('٣') == 3), the full case
mappings (upper, lower, title, casefold; up to three code points each, as in 'ß'.upper() == 'SS')
and the simple lowercase mapping that the re module's IGNORECASE uses. Everything is derived from
what python3.12's str methods answer, never from a hand-written list:
  - flags of single characters come straight from c.isalpha(), c.isupper() ... (for one character
    CPython answers from its per-character flag);
  - "titlecase" is the category Lt (checked: c.istitle() == (Lt or c.isupper()) for every c);
  - "cased" is what makes title() lowercase the next letter: ('a' + c + 'b').title() ends in 'b';
  - "case-ignorable" comes from where lower() puts a final sigma: ('a' + c + 'Σ') and
    (' ' + c + 'Σ'), read together with "cased";
  - line breaks are the characters that split ('a' + c + 'b').splitlines() in two;
  - the simple lowercase mapping is _sre.unicode_tolower, the function the re module uses.

Layout: a two-level table. block_index[cp >> block_shift] names a block; record_index[block <<
block_shift | (cp & mask)] names a record, and records[] holds each distinct (flags, mappings)
combination. A single-code-point mapping is stored as a delta from the code point; a longer one as
(offset << 2 | length) into expansions[], with an *_expands flag saying which.

Usage:
  python3.12 tests/generate_unicode_tables_runtime.py            # rewrite the header in place
  python3.12 tests/generate_unicode_tables_runtime.py --check    # exit 1 if the committed header is stale
"""
import _sre
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = os.path.join(HERE, "..", "include", "coil", "runtime", "text", "unicode_tables.hpp")

# Bit positions of the flags, emitted into the header so that this list is the only one.
FLAGS = [
    ("alpha", "str.isalpha"),
    ("decimal", "str.isdecimal"),
    ("digit", "str.isdigit"),
    ("numeric", "str.isnumeric"),
    ("space", "str.isspace; also what split() and strip() without arguments remove"),
    ("printable", "str.isprintable; repr() escapes the others"),
    ("upper", "str.isupper of the one character (Uppercase property)"),
    ("lower", "str.islower of the one character (Lowercase property)"),
    ("title", "titlecase letter (category Lt)"),
    ("cased", "Cased: title() lowercases the letter after one"),
    ("case_ignorable", "Case_Ignorable: skipped when lower() looks for a final sigma's context"),
    ("xid_start", "may start an identifier (with '_')"),
    ("xid_continue", "may continue an identifier"),
    ("line_break", "ends a line for str.splitlines"),
    ("upper_expands", "the upper field is an expansion reference, not a delta"),
    ("lower_expands", "the lower field is an expansion reference, not a delta"),
    ("title_expands", "the title field is an expansion reference, not a delta"),
    ("fold_expands", "the fold field is an expansion reference, not a delta"),
]
BIT = {name: 1 << i for i, (name, _) in enumerate(FLAGS)}
DECIMAL_SHIFT = 24  # bits 24..27: the decimal digit value when the decimal flag is set


def check_python():
    if sys.version_info[:2] != (3, 12):
        sys.exit(f"generate_unicode_tables_runtime.py needs python3.12, not {sys.version.split()[0]}")


def code_point_records():
    """(records, per_code_point_record_index, expansions, max_ratio)."""
    expansions = []
    expansion_offsets = {}
    records = []
    record_ids = {}
    per_code_point = []
    max_ratio = 1

    def u8len(s):
        return len(s.encode("utf-8", "surrogatepass"))

    def mapping(cp, mapped, name, flags):
        if len(mapped) == 1:
            return flags, ord(mapped) - cp
        key = tuple(ord(ch) for ch in mapped)
        if key not in expansion_offsets:
            expansion_offsets[key] = len(expansions)
            expansions.extend(key)
        return flags | BIT[name + "_expands"], expansion_offsets[key] << 2 | len(key)

    for cp in range(0x110000):
        c = chr(cp)
        flags = 0
        for name, test in (
            ("alpha", c.isalpha()),
            ("decimal", c.isdecimal()),
            ("digit", c.isdigit()),
            ("numeric", c.isnumeric()),
            ("space", c.isspace()),
            ("printable", c.isprintable()),
            ("upper", c.isupper()),
            ("lower", c.islower()),
            ("title", unicodedata.category(c) == "Lt"),
            ("xid_start", c.isidentifier()),
            ("xid_continue", ("a" + c).isidentifier()),
            ("line_break", len(("a" + c + "b").splitlines()) == 2),
        ):
            if test:
                flags |= BIT[name]
        assert c.istitle() == bool(flags & (BIT["title"] | BIT["upper"])), hex(cp)
        cased = ("a" + c + "b").title()[-1] == "b"
        sigma_after_cased = ("a" + c + "Σ").lower()[-1] == "ς"
        sigma_after_space = (" " + c + "Σ").lower()[-1] == "ς"
        ignorable = (not sigma_after_space) if cased else sigma_after_cased
        if cased:
            flags |= BIT["cased"]
        if ignorable:
            flags |= BIT["case_ignorable"]
        if c.isdecimal():
            flags |= int(c) << DECIMAL_SHIFT
        fields = []
        for name, mapped in (("upper", c.upper()), ("lower", c.lower()), ("title", c.title()),
                             ("fold", c.casefold())):
            assert 1 <= len(mapped) <= 3, hex(cp)
            max_ratio = max(max_ratio, -(-u8len(mapped) // u8len(c)))
            flags, field = mapping(cp, mapped, name, flags)
            fields.append(field)
        fields.append(_sre.unicode_tolower(cp) - cp)
        record = (flags, *fields)
        if record not in record_ids:
            record_ids[record] = len(records)
            records.append(record)
        per_code_point.append(record_ids[record])
    return records, per_code_point, expansions, max_ratio


def two_level(per_code_point, shift):
    size = 1 << shift
    blocks = []
    block_ids = {}
    block_index = []
    for start in range(0, len(per_code_point), size):
        block = tuple(per_code_point[start:start + size])
        if block not in block_ids:
            block_ids[block] = len(blocks)
            blocks.append(block)
        block_index.append(block_ids[block])
    return block_index, [r for block in blocks for r in block]


def array(type_name, name, values, per_line, fmt):
    lines = [f"inline constexpr {type_name} {name}[] = {{"]
    for i in range(0, len(values), per_line):
        lines.append("    " + ",".join(fmt(v) for v in values[i:i + per_line]) + ",")
    lines.append("};")
    return lines


def render():
    records, per_code_point, expansions, max_ratio = code_point_records()
    best = None
    for shift in (5, 6, 7, 8):
        block_index, record_index = two_level(per_code_point, shift)
        cost = 2 * len(block_index) + (1 if len(records) <= 256 else 2) * len(record_index)
        if best is None or cost < best[0]:
            best = (cost, shift, block_index, record_index)
    _, shift, block_index, record_index = best
    record_type = "std::uint8_t" if len(records) <= 256 else "std::uint16_t"
    assert len(records) < 65536 and max(block_index) < 65536

    out = [
        "// GENERATED by tests/generate_unicode_tables_runtime.py from python3.12 "
        f"(Unicode {unicodedata.unidata_version}); do not edit.",
        "// Per code point: the flags of the str predicates, the decimal digit value, the full case",
        "// mappings (upper, lower, title, casefold) and the simple lowercase mapping, as a two-level",
        "// table (see the generator's docstring for how each column is derived from CPython).",
        "// unicode_properties.hpp is the interface; a ctest (unicode_tables_match_cpython) reruns the",
        "// generator with --check and fails when this file is stale.",
        "#pragma once",
        "",
        "#include <cstdint>",
        "",
        "namespace coil::runtime::text::unicode::tables {",
        "",
        f'inline constexpr const char* unicode_version = "{unicodedata.unidata_version}";',
        "",
        "// Flag bits of record::flags.",
    ]
    for i, (name, doc) in enumerate(FLAGS):
        out.append(f"inline constexpr std::uint32_t {name} = 1u << {i};  // {doc}")
    out += [
        f"inline constexpr unsigned decimal_shift = {DECIMAL_SHIFT};  // (flags >> decimal_shift) & 15: the digit's value",
        "",
        "// The most UTF-8 bytes a case mapping (any of the four) makes out of one byte of input.",
        f"inline constexpr std::uint32_t max_case_expansion_ratio = {max_ratio};",
        "",
        "// A mapping field is a delta (mapped = cp + field) unless its *_expands flag is set, then it",
        "// is offset << 2 | length into expansions[]. simple_lower is always a delta.",
        "struct record {",
        "  std::uint32_t flags;",
        "  std::int32_t upper;",
        "  std::int32_t lower;",
        "  std::int32_t title;",
        "  std::int32_t fold;",
        "  std::int32_t simple_lower;",
        "};",
        "",
        f"inline constexpr unsigned block_shift = {shift};",
        "",
    ]
    out += array("record", "records", records, 4,
                 lambda r: "{0x%X,%d,%d,%d,%d,%d}" % r)
    out.append("")
    out += array("std::uint16_t", "block_index", block_index, 24, str)
    out.append("")
    out += array(record_type, "record_index", record_index, 32, str)
    out.append("")
    out += array("char32_t", "expansions", expansions, 12, lambda v: "0x%X" % v)
    out += ["", "}  // namespace coil::runtime::text::unicode::tables", ""]
    return "\n".join(out)


def main():
    check_python()
    text = render()
    if "--check" in sys.argv[1:]:
        try:
            with open(HEADER, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            sys.exit(f"{os.path.relpath(HEADER)} is stale: run python3.12 {os.path.relpath(__file__)}")
        print("unicode_tables.hpp matches python3.12")
        return
    os.makedirs(os.path.dirname(HEADER), exist_ok=True)
    with open(HEADER, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(HEADER)} ({len(text)} bytes)")


if __name__ == "__main__":
    main()
