// Tests of the lexer (syntax/lexer.hpp) and literal decoding (syntax/literals.hpp).
//
// The tables in lexer_cases.inc hold CPython 3.12's answers (tokens from its tokenizer,
// error types/messages/positions from compile(), literal values from ast.literal_eval), written by
// tests/regenerate_lexer_cases.py; a test re-runs that script with --check when python3.12 is
// available, so the expectations cannot drift from CPython. The hand-written tests here
// check properties that need no oracle value (equivalent line endings, limits, speed) or coil's
// own choices (NUL/UTF-8 handling, unsupported \N{...}).
#include <catch2/catch.hpp>

#include <coil/syntax/lexer.hpp>
#include <coil/syntax/literals.hpp>

#include <chrono>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>

namespace {

using coil::syntax::constant_kind;
using coil::syntax::token;
using coil::syntax::token_kind;
using coil::syntax::token_stream;
using coil::syntax::tokenize;

struct token_case {
  std::string_view source;
  std::string_view expected;  // one token a line: kind 'text' line:column-end_line:end_column
};
struct eof_case {
  std::string_view source;
  int line;
  int column;  // CPython's tokenizer position at the end: where ENDMARKER must sit
};
struct error_case {
  std::string_view source;
  std::string_view type;
  std::string_view message;
  int line, column, end_line, end_column;
  std::string_view source_line;
  int deferred;  // 1, 0, or -1 when CPython's behaviour does not tell
};
struct string_case {
  std::string_view text;
  bool ok;
  std::string_view value;
  std::string_view message;
};
struct fstring_middle_case {
  std::string_view text;
  bool raw;
  std::string_view value;
};
struct number_case {
  std::string_view text;
  std::string_view kind;
  std::string_view digits;
  int base;
  double value;
};

#include "lexer_cases.inc"

const char* kind_name(token_kind kind) {
  static const char* const names[] = {
#define COIL_TOKEN(name, spelling) #name,
#include <coil/syntax/tokens.def>
  };
  return names[static_cast<std::size_t>(kind)];
}

bool is_end_token(token_kind kind) { return kind == token_kind::dedent || kind == token_kind::end_marker; }

// The token list in the tables' format; DEDENT/ENDMARKER after the last other token print as
// "kind *" (their position follows CPython's end-of-file rule, tested by eof_cases).
std::string dump(const token_stream& stream) {
  std::size_t first_end = 0;  // DEDENT/ENDMARKER from here on are the end-of-file ones
  for (std::size_t i = 0; i < stream.tokens.size(); ++i)
    if (!is_end_token(stream.tokens[i].kind)) first_end = i + 1;
  std::string out;
  for (std::size_t i = 0; i < stream.tokens.size(); ++i) {
    const token& t = stream.tokens[i];
    out += kind_name(t.kind);
    if (i >= first_end) {
      out += " *\n";
      continue;
    }
    out += " '";
    for (char c : t.text) {
      if (c == '\\') out += "\\\\";
      else if (c == '\n') out += "\\n";
      else if (c == '\f') out += "\\f";
      else out += c;
    }
    out += "' " + std::to_string(t.line) + ":" + std::to_string(t.column) + "-" + std::to_string(t.end_line) + ":" +
           std::to_string(t.end_column) + "\n";
  }
  return out;
}

std::string kinds(std::string_view source) {
  std::string out;
  for (const token& t : tokenize(source).tokens) {
    out += kind_name(t.kind);
    out += ' ';
  }
  return out;
}

// The python3.12 this machine has, if any: $COIL_PYTHON312, python3.12 on PATH, pyenv's.
std::string python312() {
  if (const char* configured = std::getenv("COIL_PYTHON312")) return configured;
  for (const char* candidate : {"python3.12", "/root/.pyenv/versions/3.12.1/bin/python3.12"}) {
    std::string probe = std::string(candidate) + " -c \"import sys; sys.exit(sys.version_info[:2] != (3, 12))\" >/dev/null 2>&1";
    if (std::system(probe.c_str()) == 0) return candidate;
  }
  return {};
}

}  // namespace

TEST_CASE("lexer: tokens and positions as CPython 3.12's tokenizer", "[lexer]") {
  for (const token_case& c : token_cases) {
    INFO("source: " << c.source);
    const token_stream stream = tokenize(c.source);
    CHECK_FALSE(stream.error.has_value());
    CHECK(dump(stream) == c.expected);
  }
}

TEST_CASE("lexer: DEDENT and ENDMARKER at CPython's end-of-file position", "[lexer]") {
  for (const eof_case& c : eof_cases) {
    INFO("source: " << c.source);
    const token_stream stream = tokenize(c.source);
    REQUIRE_FALSE(stream.error.has_value());
    const token& end = stream.tokens.back();
    CHECK(end.kind == token_kind::end_marker);
    CHECK(end.line == c.line);
    // CPython reports characters: convert the byte column with the text of that line.
    std::string_view rest = c.source;
    for (int line = 1; line < end.line; ++line) rest.remove_prefix(rest.find('\n') + 1);
    int characters = 0;
    for (int i = 0; i < end.column; ++i) {
      if (static_cast<std::size_t>(i) >= rest.size() || (static_cast<unsigned char>(rest[i]) & 0xC0) != 0x80) ++characters;
    }
    CHECK(characters == c.column);
  }
  // Every DEDENT at the end shares that position.
  const token_stream stream = tokenize("if x:\n  if y:\n    z\n");
  REQUIRE(stream.tokens.size() >= 3);
  const token& end = stream.tokens.back();
  for (std::size_t i = stream.tokens.size() - 3; i < stream.tokens.size(); ++i) {
    CHECK(stream.tokens[i].line == end.line);
    CHECK(stream.tokens[i].column == end.column);
  }
}

TEST_CASE("lexer: errors as CPython 3.12 reports them", "[lexer]") {
  for (const error_case& c : error_cases) {
    INFO("source: " << c.source);
    const token_stream stream = tokenize(c.source);
    REQUIRE(stream.error.has_value());
    REQUIRE(!stream.tokens.empty());
    CHECK(stream.tokens.back().kind == token_kind::error);
    const auto& e = *stream.error;
    CHECK(e.type == c.type);
    CHECK(e.message == c.message);
    CHECK(e.line == c.line);
    CHECK(e.column == c.column);
    CHECK(e.end_line == c.end_line);
    CHECK(e.end_column == c.end_column);
    CHECK(e.source_line == c.source_line);
    if (c.deferred >= 0) CHECK(stream.error_is_deferred == (c.deferred == 1));
  }
}

TEST_CASE("literals: string and bytes values as CPython 3.12", "[lexer]") {
  for (const string_case& c : string_cases) {
    INFO("literal: " << c.text);
    const auto decoded = coil::syntax::decode_string(c.text);
    REQUIRE(decoded.has_value() == c.ok);
    if (c.ok) {
      CHECK(decoded->value == c.value);
    } else {
      CHECK(decoded.error().message == c.message);
    }
  }
  const auto bytes = coil::syntax::decode_string("rb'x'");
  REQUIRE(bytes);
  CHECK(bytes->is_bytes);
  CHECK_FALSE(bytes->u_prefix);
  // ast.dump(ast.parse("u'x'; U'x'")): kind='u' for the first only.
  const auto unicode = coil::syntax::decode_string("u'x'");
  REQUIRE(unicode);
  CHECK(unicode->u_prefix);
  CHECK_FALSE(unicode->is_bytes);
  CHECK_FALSE(coil::syntax::decode_string("U'x'").value().u_prefix);
}

TEST_CASE("literals: f-string literal parts as CPython 3.12", "[lexer]") {
  for (const fstring_middle_case& c : fstring_middle_cases) {
    INFO("middle: " << c.text << (c.raw ? " (raw)" : ""));
    const auto decoded = coil::syntax::decode_fstring_middle(c.text, c.raw);
    REQUIRE(decoded.has_value());
    CHECK(*decoded == c.value);
  }
}

TEST_CASE("literals: numbers as CPython 3.12", "[lexer]") {
  for (const number_case& c : number_cases) {
    INFO("number: " << c.text);
    const auto n = coil::syntax::decode_number(c.text);
    if (c.kind == "integer") {
      CHECK(n.kind == constant_kind::integer);
      CHECK(n.digits == c.digits);
      CHECK(n.base == c.base);
    } else {
      CHECK(n.kind == (c.kind == "imaginary" ? constant_kind::imaginary : constant_kind::floating));
      CHECK(n.value == c.value);
    }
  }
}

TEST_CASE("literals: \\N{...} is reported as unsupported", "[lexer]") {
  const auto decoded = coil::syntax::decode_string("'a\\N{BULLET}'");
  REQUIRE_FALSE(decoded.has_value());
  CHECK(decoded.error().message == "\\N{...} escapes are not supported yet");
  CHECK(decoded.error().offset == 1);
  CHECK_FALSE(coil::syntax::decode_fstring_middle("\\N{BULLET}", false).has_value());
  CHECK(coil::syntax::decode_fstring_middle("\\N{BULLET}", true).value() == "\\N{BULLET}");
  // Bytes have no \N escape: the backslash stays.
  CHECK(coil::syntax::decode_string("b'\\N{x}'").value().value == "\\N{x}");
}

TEST_CASE("literals: string prefixes", "[lexer]") {
  const auto p = coil::syntax::read_string_prefix("Rb'''x'''");
  CHECK(p.raw);
  CHECK(p.bytes);
  CHECK_FALSE(p.formatted);
  CHECK(p.length == 2);
  const auto f = coil::syntax::read_string_prefix("fR\"{x}\"");
  CHECK(f.formatted);
  CHECK(f.raw);
  CHECK(f.length == 2);
  CHECK(coil::syntax::read_string_prefix("'x'").length == 0);
}

TEST_CASE("lexer: \\r\\n and \\r end lines like \\n", "[lexer]") {
  const char* sources[] = {
      "x = 1\ny = 2\n",
      "if x:\n    y = (1,\n 2)\n    z = '''a\nb'''\n",
      "x = 1 + \\\n 2\n",
      "f'''{x}\n'''\n",
  };
  for (const char* source : sources) {
    std::string crlf, cr;
    for (const char* p = source; *p; ++p) {
      crlf += *p == '\n' ? std::string("\r\n") : std::string(1, *p);
      cr += *p == '\n' ? '\r' : *p;
    }
    INFO("source: " << source);
    const token_stream lf_tokens = tokenize(source);
    for (const std::string& variant : {crlf, cr}) {
      const token_stream other = tokenize(variant);
      REQUIRE_FALSE(other.error.has_value());
      REQUIRE(other.tokens.size() == lf_tokens.tokens.size());
      for (std::size_t i = 0; i < other.tokens.size(); ++i) {
        const token& a = lf_tokens.tokens[i];
        const token& b = other.tokens[i];
        CHECK(a.kind == b.kind);
        CHECK(a.line == b.line);
        CHECK(a.column == b.column);
        CHECK(a.end_line == b.end_line);
        if (a.kind != token_kind::string && a.kind != token_kind::fstring_middle && !is_end_token(a.kind)) {
          CHECK(a.end_column == b.end_column);
        }
      }
    }
  }
  // Escaped and raw newlines in literals decode to "\n" whatever the line ending.
  CHECK(coil::syntax::decode_string("'''a\r\nb\rc'''").value().value == "a\nb\nc");
  CHECK(coil::syntax::decode_string("r'''a\r\nb'''").value().value == "a\nb");
  CHECK(coil::syntax::decode_string("'a\\\r\nb'").value().value == "ab");
}

TEST_CASE("lexer: a UTF-8 BOM at the start is skipped", "[lexer]") {
  const token_stream with_bom = tokenize("\xEF\xBB\xBFx = 1\n");
  const token_stream without = tokenize("x = 1\n");
  REQUIRE_FALSE(with_bom.error.has_value());
  REQUIRE(with_bom.tokens.size() == without.tokens.size());
  for (std::size_t i = 0; i < without.tokens.size(); ++i) {
    CHECK(with_bom.tokens[i].kind == without.tokens[i].kind);
    CHECK(with_bom.tokens[i].column == without.tokens[i].column);
    CHECK(with_bom.tokens[i].text == without.tokens[i].text);
  }
}

TEST_CASE("lexer: NUL bytes and invalid UTF-8 fail when their line is reached", "[lexer]") {
  // Messages and positions as `python3.12 file.py` reports them (file mode reads line by line).
  {
    const token_stream s = tokenize(std::string_view("x = 1\ny = 2\0\n", 13));
    REQUIRE(s.error.has_value());
    CHECK(s.error->message == "source code cannot contain null bytes");
    CHECK(s.error->line == 2);
    CHECK(s.error->column == 0);
    CHECK(s.error->end_line == 2);
    CHECK(s.error->end_column == 0);
    CHECK(s.error->source_line == "y = 2");
    CHECK(s.tokens[s.tokens.size() - 2].kind == token_kind::newline);  // line 1 was lexed
    CHECK_FALSE(s.error_is_deferred);
  }
  {
    const token_stream s = tokenize(std::string_view("x = 'abc\0def'", 13));
    REQUIRE(s.error.has_value());
    CHECK(s.error->message == "source code cannot contain null bytes");
    CHECK(s.error->line == 1);
    CHECK(s.error->source_line == "x = 'abc");
    CHECK(s.tokens.size() == 1);
  }
  {
    const token_stream s = tokenize(std::string_view("x = )\n\0", 7));  // the earlier error wins
    REQUIRE(s.error.has_value());
    CHECK(s.error->message == "unmatched ')'");
  }
  {
    // The codec's message for the line: what b"abcdef\xe9gh = 2\n".decode() says.
    const token_stream s = tokenize("x = 1\nabcdef\xe9gh = 2\n");
    REQUIRE(s.error.has_value());
    CHECK(s.error->message ==
          "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 6: invalid continuation byte");
    CHECK(s.error->line == 2);
    CHECK(s.error->column == 7);
    CHECK(s.error->source_line == "abcdef\xEF\xBF\xBDgh = 2");
  }
  {
    // b"x = \xe2\x82\n".decode(): "can't decode bytes in position 4-5: invalid continuation byte".
    const token_stream s = tokenize("x = \xe2\x82\n");
    REQUIRE(s.error.has_value());
    CHECK(s.error->message ==
          "(unicode error) 'utf-8' codec can't decode bytes in position 4-5: invalid continuation byte");
  }
  {
    // b"x = \xc0\xaf".decode(): "can't decode byte 0xc0 in position 4: invalid start byte".
    const token_stream s = tokenize("x = \xc0\xaf");
    REQUIRE(s.error.has_value());
    CHECK(s.error->message == "(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 4: invalid start byte");
  }
  {
    // b"x = \xe2\x82".decode(): "can't decode bytes in position 4-5: unexpected end of data".
    const token_stream s = tokenize("x = \xe2\x82");
    REQUIRE(s.error.has_value());
    CHECK(s.error->message ==
          "(unicode error) 'utf-8' codec can't decode bytes in position 4-5: unexpected end of data");
  }
  // Surrogates and code points past U+10FFFF are invalid UTF-8 too; a comment is no exception.
  CHECK(tokenize("x = '\xed\xa0\x80'").error.has_value());
  CHECK(tokenize("x = '\xf4\x90\x80\x80'").error.has_value());
  CHECK(tokenize("# \xff\n").error.has_value());
  CHECK_FALSE(tokenize("# \xe2\x82\xac \xf0\x9f\x98\x80\n").error.has_value());
}

TEST_CASE("lexer: f-string token protocol", "[lexer]") {
  CHECK(kinds("f'a{x!r:>{w}}b'") ==
        "fstring_start fstring_middle lbrace name exclamation name colon fstring_middle lbrace name rbrace "
        "fstring_middle rbrace fstring_middle fstring_end newline end_marker ");
  CHECK(kinds("f'{x=}'") == "fstring_start lbrace name equal rbrace fstring_end newline end_marker ");
  CHECK(kinds("f'{x!=y}'") == "fstring_start lbrace name not_equal name rbrace fstring_end newline end_marker ");
  CHECK(kinds("f'{x:=1}'") ==
        "fstring_start lbrace name colon fstring_middle rbrace fstring_end newline end_marker ");
  CHECK(kinds("f'{x[1:2]}'") ==
        "fstring_start lbrace name lsqb number colon number rsqb rbrace fstring_end newline end_marker ");
  // The same quote inside a field starts a nested string (PEP 701).
  CHECK(kinds("f'{'a'}'") == "fstring_start lbrace string rbrace fstring_end newline end_marker ");
  const token_stream s = tokenize("f'{x:}'");
  REQUIRE(s.tokens.size() >= 5);
  CHECK(s.tokens[4].kind == token_kind::fstring_middle);
  CHECK(s.tokens[4].text.empty());
}

TEST_CASE("lexer: hostile inputs end quickly in tokens or an error", "[lexer]") {
  const auto seconds = [](auto start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  {
    // A 1,000,000-digit literal.
    const std::string source = "x = 1" + std::string(1000000, '0') + "\n";
    const auto start = std::chrono::steady_clock::now();
    const token_stream s = tokenize(source);
    CHECK(seconds(start) < 1.0);
    REQUIRE_FALSE(s.error.has_value());
    CHECK(s.tokens[2].text.size() == 1000001);
    const auto start_decode = std::chrono::steady_clock::now();
    CHECK(coil::syntax::decode_number(s.tokens[2].text).digits.size() == 1000001);
    CHECK(seconds(start_decode) < 1.0);
  }
  {
    // A 10 MB single line.
    const std::string source = "x = '" + std::string(10000000, 'a') + "' + y # " + std::string(100, 'c');
    const auto start = std::chrono::steady_clock::now();
    const token_stream s = tokenize(source);
    CHECK(seconds(start) < 2.0);
    CHECK_FALSE(s.error.has_value());
  }
  {
    const std::string source(100000, '(');
    const token_stream s = tokenize(source);
    REQUIRE(s.error.has_value());
    CHECK(s.error->message == "too many nested parentheses");
    CHECK(s.error->column == 201);
  }
  {
    std::string source;
    for (int i = 0; i < 3000; ++i) source += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
    const token_stream s = tokenize(source);
    REQUIRE(s.error.has_value());
    CHECK(s.error->message == "too many levels of indentation");
    CHECK(s.error->line == COIL_MAX_INDENT_DEPTH + 1);
  }
  {
    std::string source;
    for (int i = 0; i < 100000; ++i) source += "f'{";
    const token_stream s = tokenize(source);
    REQUIRE(s.error.has_value());
    CHECK(s.error->message == "too many nested f-strings");
  }
  // Truncated inputs of every kind end in tokens or an error, never anything else.
  const std::string program =
      "def f(a, *, b=1):\n    return f'{a!r:>{b}} {\"x\" + \\'y\\'}' + rb'\\x00' + 0x_1f + 1.5e-3j\n"
      "class C:\n\tpass\nif x:\n    y = [1,\n2]  # c\n    z = '''a\nb''' \\\n        + 1\n";
  for (std::size_t n = 0; n <= program.size(); ++n) {
    const token_stream s = tokenize(std::string_view(program).substr(0, n));
    REQUIRE_FALSE(s.tokens.empty());
    const token_kind last = s.tokens.back().kind;
    CHECK((last == token_kind::end_marker || last == token_kind::error));
    CHECK(s.error.has_value() == (last == token_kind::error));
  }
}

TEST_CASE("lexer: generated tables match CPython 3.12", "[lexer]") {
  const std::string python = python312();
  if (python.empty()) {
    WARN("python3.12 not found: the Unicode table and lexer expectations are not re-checked");
    return;
  }
  const std::string root = COIL_SOURCE_DIR;
  CHECK(std::system((python + " " + root + "/tests/generate_unicode_tables.py --check").c_str()) == 0);
  CHECK(std::system((python + " " + root + "/tests/regenerate_lexer_cases.py --check").c_str()) == 0);
}
