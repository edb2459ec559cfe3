// NFKC normalisation (syntax/unicode_normalization.hpp) against CPython 3.12's unicodedata:
// tests/unit/data/nfkc_cases.txt (written by tests/generate_normalization_tables.py) lists NFKC of
// every code point it changes and of 3000 seeded random strings; every code point not listed must
// come back unchanged. Then identifiers through the parser, where CPython applies NFKC.
#include <coil/syntax/ast_dump.hpp>
#include <coil/syntax/parser.hpp>
#include <coil/syntax/unicode_normalization.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

void append_utf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

std::string utf8_of(std::uint32_t code) {
  std::string out;
  append_utf8(out, code);
  return out;
}

// "41 301 1100" -> the UTF-8 of those code points.
std::string utf8_of_hex(std::string_view hex) {
  std::istringstream in{std::string(hex)};
  std::string out;
  std::string word;
  while (in >> word) append_utf8(out, static_cast<std::uint32_t>(std::stoul(word, nullptr, 16)));
  return out;
}

std::string show(std::string_view utf8) {
  std::string out;
  for (unsigned char c : utf8) {
    char buffer[4];
    std::snprintf(buffer, sizeof buffer, "%02X", c);
    if (!out.empty()) out += ' ';
    out += buffer;
  }
  return out;
}

struct nfkc_cases {
  std::unordered_map<std::uint32_t, std::string> code_points;  // code point -> NFKC, when it changes
  std::vector<std::pair<std::string, std::string>> strings;     // input -> NFKC
};

nfkc_cases load_cases() {
  nfkc_cases cases;
  std::ifstream file(COIL_SOURCE_DIR "/tests/unit/data/nfkc_cases.txt", std::ios::binary);
  REQUIRE(file);
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t colon = line.find(':');
    REQUIRE(colon != std::string::npos);
    const std::string_view input = std::string_view(line).substr(2, colon - 2);
    const std::string expected = utf8_of_hex(std::string_view(line).substr(colon + 1));
    if (line[0] == 'c') {
      cases.code_points[static_cast<std::uint32_t>(std::stoul(std::string(input), nullptr, 16))] = expected;
    } else {
      REQUIRE(line[0] == 's');
      cases.strings.emplace_back(utf8_of_hex(input), expected);
    }
  }
  return cases;
}

std::string dump_of(std::string_view source) {
  auto tree = coil::syntax::parse_module(source);
  if (!tree) return "SyntaxError: " + tree.error().message;
  return coil::syntax::dump(*tree);
}

}  // namespace

TEST_CASE("NFKC of every code point is what CPython 3.12 says", "[nfkc]") {
  const nfkc_cases cases = load_cases();
  // The generator wrote one line per code point NFKC changes; unicodedata changes 4928 of them.
  CHECK(cases.code_points.size() == 4928);
  std::size_t failures = 0;
  for (std::uint32_t code = 0; code <= 0x10FFFF; ++code) {
    // Lone surrogates are no UTF-8 but coil's str holds them in this form; CPython leaves them be.
    const std::string input = utf8_of(code);
    const auto listed = cases.code_points.find(code);
    const std::string& expected = listed == cases.code_points.end() ? input : listed->second;
    const std::string actual = coil::syntax::nfkc(input);
    if (actual != expected && ++failures <= 20) {
      char name[16];
      std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(code));
      UNSCOPED_INFO(name << ": got " << show(actual) << ", CPython " << show(expected));
      CHECK(false);
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("NFKC of random strings is what CPython 3.12 says", "[nfkc]") {
  const nfkc_cases cases = load_cases();
  CHECK(cases.strings.size() == 3000);
  std::size_t failures = 0;
  for (const auto& [input, expected] : cases.strings) {
    const std::string actual = coil::syntax::nfkc(input);
    if (actual != expected && ++failures <= 20) {
      UNSCOPED_INFO("input " << show(input) << ": got " << show(actual) << ", CPython " << show(expected));
      CHECK(false);
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("NFKC edge cases", "[nfkc]") {
  using coil::syntax::nfkc;
  CHECK(nfkc("").empty());
  CHECK(nfkc("plain_ascii_name_0123456789") == "plain_ascii_name_0123456789");
  // The examples of PEP 3131's normalisation, as python3.12 normalises them.
  CHECK(nfkc("ｗｉｄｔｈ") == "width");
  CHECK(nfkc("\u00B5") == "\u03BC");                      // micro sign -> Greek mu
  CHECK(nfkc("\uFB01le") == "file");                     // fi ligature
  CHECK(nfkc("\u210C") == "H");                          // black-letter H
  CHECK(nfkc("\uAC00\u11A8") == "\uAC01");               // LV syllable + trailing consonant
  CHECK(nfkc("\u1100\u1161\u11A8") == "\uAC01");         // conjoining jamo compose
  CHECK(nfkc("\u0301\u0301\u0301\u0301\u0301e\u0301") == "\u0301\u0301\u0301\u0301\u0301\u00E9");
  CHECK(nfkc("\uFDFA\uFDFA\uFDFA").size() == 99);  // CPython: 54 characters, 99 bytes
  // A lone surrogate stays and blocks nothing after it (CPython: '\ud800\xe9').
  CHECK(nfkc("\xED\xA0\x80" "e\u0301") == "\xED\xA0\x80" "\u00E9");
  // Bytes that are not UTF-8 pass through and act as starters (coil's contract, not CPython's:
  // the lexer never hands the parser such a name).
  CHECK(nfkc("\xFF\xFE\xEF\xBD\x97") == "\xFF\xFEw");
  CHECK(nfkc("e\xFF\xCC\x81") == "e\xFF\xCC\x81");
  CHECK(nfkc("\xF4\x90\x80\x80\xC0\xAF") == "\xF4\x90\x80\x80\xC0\xAF");
}

TEST_CASE("NFKC of one long run of combining marks stays fast", "[nfkc]") {
  // CPython: NFKC('a' + '\u0301\u0323' * n) == '\u1ea1' + '\u0323' * (n - 1) + '\u0301' * n.
  const std::size_t n = 100000;
  std::string input = "a";
  std::string expected = "\u1EA1";
  for (std::size_t i = 0; i < n; ++i) input += "\u0301\u0323";
  for (std::size_t i = 1; i < n; ++i) expected += "\u0323";
  for (std::size_t i = 0; i < n; ++i) expected += "\u0301";
  CHECK(coil::syntax::nfkc(input) == expected);
}

TEST_CASE("the parser normalises non-ASCII identifiers", "[nfkc]") {
  // Expected dumps printed by python3.12's ast.dump(ast.parse(source)).
  CHECK(dump_of("ｉｆ = 1") ==
        "Module(body=[Assign(targets=[Name(id='if', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
  CHECK(dump_of("ｘ.ａ") ==
        "Module(body=[Expr(value=Attribute(value=Name(id='x', ctx=Load()), attr='a', ctx=Load()))], type_ignores=[])");
  CHECK(dump_of("import ａ.ｂ as ｃ") == "Module(body=[Import(names=[alias(name='a.b', asname='c')])], type_ignores=[])");
  CHECK(dump_of("f\"{x!ｒ}\"") ==
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], "
        "type_ignores=[])");
  CHECK(dump_of("f\"{ｗ=}\"") ==
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ｗ='), FormattedValue(value=Name(id='w', "
        "ctx=Load()), conversion=114)]))], type_ignores=[])");
  // Soft keywords are recognised on the text as written: this is no match statement.
  CHECK(dump_of("ｍａｔｃｈ x:\n case 1: pass") == "SyntaxError: invalid syntax");
  CHECK(dump_of("ｅｘｅｃ \"x\"") == "SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)?");
  CHECK(dump_of("f\"{x!ﬁ}\"") == "SyntaxError: f-string: invalid conversion character 'fi': expected 's', 'r', or 'a'");
}
