// The text algorithms behind str (include/coil/runtime/text/): every case CPython 3.12 answered in
// tests/unit/data/text_cases.txt (written by tests/unit/generate_text_cases.py) replayed against
// them, plus the properties CPython cannot answer for us: byte budgets, the substring search
// against a reference on adversarial inputs, and memory safety on bytes that are not UTF-8.
#include <coil/runtime/text/str_case.hpp>
#include <coil/runtime/text/str_pad.hpp>
#include <coil/runtime/text/str_predicates.hpp>
#include <coil/runtime/text/str_repr.hpp>
#include <coil/runtime/text/str_search.hpp>
#include <coil/runtime/text/str_numeric.hpp>
#include <coil/runtime/text/str_slice.hpp>
#include <coil/runtime/text/str_split.hpp>
#include <coil/runtime/text/substring_search.hpp>
#include <coil/runtime/text/unicode_properties.hpp>
#include <coil/runtime/text/utf8.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace text = coil::runtime::text;

// One field of a case line, decoded: kind is s, i, n, t, f, b or e (see the generator).
struct field {
  char kind = 'n';
  std::string bytes;  // s, b: the bytes; e: "Type:message"
  std::int64_t number = 0;

  friend bool operator==(const field& a, const field& b) {
    return a.kind == b.kind && a.bytes == b.bytes && a.number == b.number;
  }
};

field string_field(std::string_view s) { return {'s', std::string(s), 0}; }
field int_field(std::int64_t n) { return {'i', {}, n}; }
field bool_field(bool b) { return {b ? 't' : 'f', {}, 0}; }
field error_field(text::text_error e) {
  return {'e', std::string(text::python_type(e)) + ":" + std::string(text::python_message(e)), 0};
}

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      out.push_back(s[i]);
      continue;
    }
    if (i + 1 < s.size() && s[i + 1] == '\\') {
      out.push_back('\\');
      ++i;
      continue;
    }
    std::size_t end = s.find(';', i);
    REQUIRE(end != std::string_view::npos);
    auto cp = static_cast<char32_t>(std::stoul(std::string(s.substr(i + 1, end - i - 1)), nullptr, 16));
    text::append_code_point(out, cp);
    i = end;
  }
  return out;
}

field parse_field(std::string_view token) {
  REQUIRE(!token.empty());
  field f;
  f.kind = token[0];
  std::string_view rest = token.substr(1);
  switch (f.kind) {
    case 's': f.bytes = unescape(rest); break;
    case 'i': f.number = std::stoll(std::string(rest)); break;
    case 'b':
      for (std::size_t i = 0; i + 1 < rest.size(); i += 2)
        f.bytes.push_back(static_cast<char>(std::stoi(std::string(rest.substr(i, 2)), nullptr, 16)));
      break;
    case 'e': f.bytes = std::string(rest); break;
    case 'n': case 't': case 'f': break;
    default: FAIL("unknown field kind in " << token);
  }
  return f;
}

std::string show(const field& f) {
  std::ostringstream out;
  out << f.kind;
  if (f.kind == 'i') out << f.number;
  for (unsigned char c : f.bytes) {
    if (c >= 0x20 && c < 0x7F && c != '\\')
      out << c;
    else
      out << "\\x" << std::hex << static_cast<int>(c) << std::dec;
  }
  return out.str();
}

std::optional<std::int64_t> optional_int(const field& f) {
  if (f.kind == 'n') return std::nullopt;
  return f.number;
}

std::vector<field> pieces(const text::piece_list& list) {
  std::vector<field> out;
  for (auto p : list) out.push_back(string_field(p));
  return out;
}

template <class T, class F>
std::vector<field> or_error(const text::text_result<T>& r, F&& convert) {
  if (!r) return {error_field(r.error())};
  return convert(*r);
}

std::vector<field> one_string(const text::text_result<std::string>& r) {
  return or_error(r, [](const std::string& s) { return std::vector<field>{string_field(s)}; });
}

// The str methods that speak through one flag per character, in the generator's bit order.
int flag_mask(std::string_view c) {
  std::string after_letter = "a";
  after_letter.append(c);
  bool tests[] = {text::isalpha(c),       text::isdecimal(c),   text::isdigit(c),
                  text::isnumeric(c),     text::isspace(c),     text::isprintable(c),
                  text::isupper(c),       text::islower(c),     text::istitle(c),
                  text::isidentifier(c),  text::isidentifier(after_letter), text::isalnum(c)};
  int mask = 0;
  for (int i = 0; i < 12; ++i) mask |= tests[i] ? 1 << i : 0;
  return mask;
}

template <class F>
void for_each_code_point(std::string_view s, F&& f) {
  for (std::size_t i = 0; i < s.size();) {
    auto d = text::decode(s, i);
    f(s.substr(i, d.length), d.value);
    i += d.length;
  }
}

using predicate = bool (*)(std::string_view) noexcept;
const std::map<std::string, predicate, std::less<>> predicates = {
    {"isalpha", text::isalpha},       {"isdecimal", text::isdecimal}, {"isdigit", text::isdigit},
    {"isnumeric", text::isnumeric},   {"isalnum", text::isalnum},     {"isspace", text::isspace},
    {"isupper", text::isupper},       {"islower", text::islower},     {"istitle", text::istitle},
    {"isprintable", text::isprintable}, {"isascii", text::isascii},   {"isidentifier", text::isidentifier},
};

using case_function = text::text_result<std::string> (*)(std::string_view, std::size_t);
const std::map<std::string, case_function, std::less<>> case_functions = {
    {"upper", text::upper},           {"lower", text::lower}, {"casefold", text::casefold},
    {"capitalize", text::capitalize}, {"title", text::title}, {"swapcase", text::swapcase},
};

// Runs one case; returns the results in the data file's terms.
std::vector<field> run_case(const std::string& op, const std::vector<field>& a) {
  auto s = [&](std::size_t i) -> std::string_view { return a.at(i).bytes; };
  if (auto p = predicates.find(op); p != predicates.end()) return {bool_field(p->second(s(0)))};
  if (auto c = case_functions.find(op); c != case_functions.end()) return one_string(c->second(s(0), text::unlimited_bytes));
  if (op == "measure") {
    text::str_view view(s(0));
    auto v = text::validate(s(0), true);
    CHECK(v);
    CHECK(v.length == view.length());
    CHECK(v.ascii == view.ascii());
    return {int_field(static_cast<std::int64_t>(text::code_point_count(s(0)))), bool_field(text::is_ascii(s(0)))};
  }
  if (op == "slice") {
    return {string_field(text::str_view(s(0)).substr(static_cast<std::size_t>(a.at(1).number),
                                                     static_cast<std::size_t>(a.at(2).number)))};
  }
  if (op == "xslice") {
    return {string_field(text::extended_slice(s(0), static_cast<std::size_t>(a.at(1).number),
                                              static_cast<std::size_t>(a.at(2).number), a.at(3).number))};
  }
  if (op == "int") {
    // int(s) in base 10 once the text is ASCII: C whitespace around (the parser's isspace, so
    // not '\x1c'), a sign, ASCII digits.
    std::string ascii = text::decimal_and_space_to_ascii(s(0));
    std::string_view t = ascii;
    const std::string_view c_space = " \t\n\v\f\r";
    while (!t.empty() && c_space.find(t.front()) != std::string_view::npos) t.remove_prefix(1);
    while (!t.empty() && c_space.find(t.back()) != std::string_view::npos) t.remove_suffix(1);
    bool negative = !t.empty() && t[0] == '-';
    if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
    if (t.empty() || t.size() > 18) return {field{}};
    std::int64_t value = 0;
    for (char c : t) {
      if (c < '0' || c > '9') return {field{}};
      value = value * 10 + (c - '0');
    }
    return {int_field(negative ? -value : value)};
  }
  if (op == "repr") return one_string(text::repr(s(0)));
  if (op == "ascii") return one_string(text::ascii(s(0)));
  if (op == "strip" || op == "lstrip" || op == "rstrip") {
    bool chars = a.at(1).kind == 's';
    std::string_view r = op == "strip"    ? (chars ? text::strip(s(0), s(1)) : text::strip(s(0)))
                         : op == "lstrip" ? (chars ? text::lstrip(s(0), s(1)) : text::lstrip(s(0)))
                                          : (chars ? text::rstrip(s(0), s(1)) : text::rstrip(s(0)));
    return {string_field(r)};
  }
  if (op == "splitlines") return or_error(text::splitlines(s(0), a.at(1).kind == 't'), pieces);
  if (op == "split" || op == "rsplit") {
    std::optional<std::string_view> sep;
    if (a.at(1).kind == 's') sep = s(1);
    std::int64_t maxsplit = optional_int(a.at(2)).value_or(-1);
    auto r = op == "split" ? text::split(s(0), sep, maxsplit) : text::rsplit(s(0), sep, maxsplit);
    return or_error(r, pieces);
  }
  if (op == "partition" || op == "rpartition") {
    auto r = op == "partition" ? text::partition(s(0), s(1)) : text::rpartition(s(0), s(1));
    return or_error(r, [](const text::partition_result& p) {
      return std::vector<field>{string_field(p.head), string_field(p.separator), string_field(p.tail)};
    });
  }
  if (op == "center" || op == "ljust" || op == "rjust") {
    auto fill = text::single_code_point(s(2));
    REQUIRE(fill);
    auto f = op == "center" ? text::center : op == "ljust" ? text::ljust : text::rjust;
    return one_string(f(s(0), a.at(1).number, *fill, text::unlimited_bytes));
  }
  if (op == "zfill") return one_string(text::zfill(s(0), a.at(1).number));
  if (op == "expandtabs") {
    std::int64_t tabsize = optional_int(a.at(1)).value_or(8);
    auto r = text::expandtabs(s(0), tabsize);
    if (r) CHECK(text::expandtabs_size(s(0), tabsize) == r->size());
    return one_string(r);
  }
  if (op == "find" || op == "rfind" || op == "index" || op == "rindex" || op == "count" || op == "startswith" ||
      op == "endswith") {
    text::str_view view(s(0));
    auto range = text::adjust_indices(optional_int(a.at(2)), optional_int(a.at(3)), view.length());
    if (op == "count") return {int_field(static_cast<std::int64_t>(text::count(view, s(1), range)))};
    if (op == "startswith") return {bool_field(text::startswith(view, s(1), range))};
    if (op == "endswith") return {bool_field(text::endswith(view, s(1), range))};
    auto r = op == "find" || op == "index" ? text::find(view, s(1), range) : text::rfind(view, s(1), range);
    if (r) return {int_field(static_cast<std::int64_t>(*r))};
    if (op == "index" || op == "rindex") return {error_field(text::text_error::substring_not_found)};
    return {int_field(-1)};
  }
  if (op == "contains") return {bool_field(text::contains(s(0), s(1)))};
  if (op == "removeprefix") return {string_field(text::removeprefix(s(0), s(1)))};
  if (op == "removesuffix") return {string_field(text::removesuffix(s(0), s(1)))};
  if (op == "replace") {
    std::int64_t count = optional_int(a.at(3)).value_or(-1);
    auto r = text::replace(s(0), s(1), s(2), count);
    if (r) CHECK(text::replace_size(s(0), s(1), s(2), count) == r->size());
    return one_string(r);
  }
  if (op == "charflags") {
    std::vector<field> out;
    for_each_code_point(s(0), [&](std::string_view c, char32_t) { out.push_back(int_field(flag_mask(c))); });
    return out;
  }
  if (op == "simplelower") {
    std::string out;
    for_each_code_point(s(0), [&](std::string_view, char32_t cp) {
      text::append_code_point(out, text::unicode::simple_lower(cp));
    });
    return {string_field(out)};
  }
  if (op == "decimal") {
    std::vector<field> out;
    for_each_code_point(s(0), [&](std::string_view, char32_t cp) { out.push_back(int_field(text::unicode::decimal_value(cp))); });
    return out;
  }
  if (op == "decode") {
    auto v = text::validate(s(0));
    if (v) return {string_field(s(0))};
    return {field{'e',
                  "UnicodeDecodeError:" + std::to_string(v.error_start) + ":" + std::to_string(v.error_end) + ":" +
                      std::string(text::describe(v.what)),
                  0}};
  }
  FAIL("unknown operation " << op);
  return {};
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

}  // namespace

TEST_CASE("str methods agree with CPython 3.12 on every generated case", "[text]") {
  std::ifstream file(COIL_SOURCE_DIR "/tests/unit/data/text_cases.txt", std::ios::binary);
  REQUIRE(file);
  std::string line;
  std::size_t cases = 0, failures = 0, line_number = 0;
  std::map<std::string, std::size_t> per_operation;
  while (std::getline(file, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    auto tokens = split_tabs(line);
    std::size_t arrow = 0;
    while (arrow < tokens.size() && tokens[arrow] != "->") ++arrow;
    REQUIRE(arrow < tokens.size());
    std::vector<field> args, expected;
    for (std::size_t i = 1; i < arrow; ++i) args.push_back(parse_field(tokens[i]));
    for (std::size_t i = arrow + 1; i < tokens.size(); ++i) expected.push_back(parse_field(tokens[i]));
    std::string op(tokens[0]);
    auto actual = run_case(op, args);
    ++cases;
    ++per_operation[op];
    if (actual != expected) {
      ++failures;
      if (failures <= 40) {
        std::string got, want;
        for (auto& f : actual) got.append(" ").append(show(f));
        for (auto& f : expected) want.append(" ").append(show(f));
        UNSCOPED_INFO("line " << line_number << ": " << line << "\n  got:     " << got << "\n  expected:" << want);
        CHECK(false);
      }
    }
  }
  INFO(failures << " of " << cases << " cases failed");
  CHECK(failures == 0);
  // The file must really hold the corpus: a truncated or emptied file would otherwise pass.
  CHECK(cases >= 15000);
  for (const char* op : {"find", "rfind", "count", "split", "rsplit", "splitlines", "partition", "upper", "lower",
                         "title", "casefold", "swapcase", "capitalize", "strip", "center", "zfill", "expandtabs",
                         "repr", "ascii", "replace", "charflags", "decode", "istitle", "isidentifier", "xslice", "int"}) {
    INFO(op);
    CHECK(per_operation[op] >= 20);
  }
}

TEST_CASE("text functions fail with output_too_large before exceeding the byte budget", "[text]") {
  using text::text_error;
  std::string ten(10, 'a');
  CHECK(text::replace(ten, "a", "bb", -1, 19).error() == text_error::output_too_large);
  CHECK(text::replace(ten, "a", "bb", -1, 20).value() == std::string(20, 'b'));
  CHECK(text::replace_size(ten, "", "xy") == 32);
  CHECK(text::replace(ten, "", "xy", -1, 31).error() == text_error::output_too_large);
  CHECK(text::center("x", 1'000'000'000'000, '*', 1 << 20).error() == text_error::output_too_large);
  CHECK(text::ljust("x", INT64_MAX, U'😀').error() == text_error::output_too_large);  // no budget: still no throw
  CHECK(text::rjust("x", 5, U'é', 9).value() == "ééééx");
  CHECK(text::rjust("x", 5, U'é', 8).error() == text_error::output_too_large);
  CHECK(text::zfill("-1", 1'000'000'000, 1000).error() == text_error::output_too_large);
  CHECK(text::expandtabs("\t\t", INT64_MAX).error() == text_error::output_too_large);
  CHECK(text::expandtabs_size("a\tb", 4) == 5);
  CHECK(text::expandtabs("a\tb", 4, 4).error() == text_error::output_too_large);
  // Case mapping: the worst case does not fit, so the exact size decides.
  CHECK(text::upper("straße", 8).value() == "STRASSE");
  CHECK(text::upper("straße", 6).error() == text_error::output_too_large);
  CHECK(text::lower("ABC", 3).value() == "abc");
  CHECK(text::lower("ABC", 2).error() == text_error::output_too_large);
  CHECK(text::repr("a\x01", 7).value() == "'a\\x01'");
  CHECK(text::repr("a\x01", 6).error() == text_error::output_too_large);
  CHECK(text::repr_size("it's") == 6);
  // Lists: a budget in pieces.
  CHECK(text::split("a,b,c", ",", -1, 3).value().size() == 3);
  CHECK(text::split("a,b,c", ",", -1, 2).error() == text_error::output_too_large);
  CHECK(text::rsplit("a,b,c", ",", -1, 2).error() == text_error::output_too_large);
  CHECK(text::split("a b c", std::nullopt, -1, 2).error() == text_error::output_too_large);
  CHECK(text::rsplit("a b c", std::nullopt, -1, 2).error() == text_error::output_too_large);
  CHECK(text::rsplit("a b c", std::nullopt, 1, 2).value().size() == 2);
  CHECK(text::splitlines("a\nb\nc", false, 3).value().size() == 3);
  CHECK(text::splitlines("a\nb\nc", false, 2).error() == text_error::output_too_large);
  CHECK(std::string(text::python_type(text_error::empty_separator)) == "ValueError");
  CHECK(std::string(text::python_message(text_error::empty_separator)) == "empty separator");
}

TEST_CASE("substring search matches a reference search, forward and backward", "[text]") {
  std::mt19937 rng(12345);
  for (int round = 0; round < 20000; ++round) {
    const int alphabet = 1 + static_cast<int>(rng() % 3);
    std::string haystack, needle;
    for (int i = static_cast<int>(rng() % 60); i > 0; --i) haystack += static_cast<char>('a' + rng() % alphabet);
    for (int i = static_cast<int>(rng() % 14); i > 0; --i) needle += static_cast<char>('a' + rng() % alphabet);
    if (rng() % 2 && haystack.size() >= needle.size())
      haystack.replace(rng() % (haystack.size() - needle.size() + 1), needle.size(), needle);
    INFO(haystack << " / " << needle);
    REQUIRE(text::find_bytes(haystack, needle) == std::string_view(haystack).find(needle));
    REQUIRE(text::rfind_bytes(haystack, needle) == std::string_view(haystack).rfind(needle));
  }
  // Long periodic needles in long periodic haystacks: the Two-Way fallback takes over.
  for (int round = 0; round < 300; ++round) {
    std::string haystack(4000 + rng() % 4000, 'a'), needle(2 + rng() % 400, 'a');
    for (auto& c : haystack) c = rng() % 40 == 0 ? 'b' : 'a';
    for (auto& c : needle) c = rng() % 25 == 0 ? 'b' : 'a';
    if (rng() % 2) haystack.replace(rng() % (haystack.size() - needle.size()), needle.size(), needle);
    REQUIRE(text::find_bytes(haystack, needle) == std::string_view(haystack).find(needle));
    REQUIRE(text::rfind_bytes(haystack, needle) == std::string_view(haystack).rfind(needle));
  }
}

TEST_CASE("hostile searches stay linear", "[text]") {
  std::string haystack(8'000'000, 'a');
  std::string needle(50'000, 'a');
  needle += 'b';
  auto start = std::chrono::steady_clock::now();
  CHECK(text::find_bytes(haystack, needle) == std::string_view::npos);
  std::string reversed_needle(1, 'b');
  reversed_needle.append(50'000, 'a');
  CHECK(text::rfind_bytes(haystack, reversed_needle) == std::string_view::npos);
  CHECK(text::count(haystack, needle) == 0);
  CHECK(text::split(haystack, needle).value().size() == 1);
  auto elapsed = std::chrono::steady_clock::now() - start;
  // A quadratic search would need ~4e11 byte compares here; linear ones finish in milliseconds
  // even unoptimised under sanitizers.
  CHECK(elapsed < std::chrono::seconds(20));
}

TEST_CASE("text functions are memory-safe on bytes that are not UTF-8", "[text]") {
  std::mt19937 rng(777);
  const char pieces[] = {'a', ' ', '\t', '\n', '\r', 'S', '\'', '\x80', '\xbf', '\xc3', '\xa9', '\xce', '\xa3',
                         '\xe4', '\xb8', '\xed', '\xa0', '\xf0', '\x9f', '\xf4', '\x90', '\xff', '\xc2', '\x85'};
  for (int round = 0; round < 3000; ++round) {
    std::string s, t;
    for (int i = static_cast<int>(rng() % 16); i > 0; --i) s += pieces[rng() % sizeof pieces];
    for (int i = static_cast<int>(rng() % 3); i > 0; --i) t += pieces[rng() % sizeof pieces];
    text::str_view view(s);
    for (auto& [name, f] : case_functions) (void)f(s, text::unlimited_bytes);
    for (auto& [name, p] : predicates) (void)p(s);
    (void)text::repr(s);
    (void)text::ascii(s);
    (void)text::split(s);
    (void)text::rsplit(s);
    (void)text::split(s, t, 2);
    (void)text::rsplit(s, t, 2);
    (void)text::splitlines(s, true, 3);
    (void)text::strip(s);
    (void)text::strip(s, t);
    (void)text::rstrip(s, t);
    (void)text::replace(s, t, "xy");
    (void)text::expandtabs(s, 4);
    (void)text::center(view, 20, U'é');
    auto range = text::adjust_indices(rng() % 5, -static_cast<std::int64_t>(rng() % 5), view.length());
    (void)text::find(view, t, range);
    (void)text::rfind(view, t, range);
    (void)text::count(view, t, range);
    (void)text::startswith(view, t, range);
    (void)text::endswith(view, t, range);
    (void)view.substr(rng() % 8, rng() % 16);
    auto v = text::validate(s);
    CHECK(v.error_end <= s.size());
    for (std::size_t i = 0; i < s.size(); i += text::decode(s, i).length) {
      CHECK(text::decode(s, i).length >= 1);
    }
    for (std::size_t end = s.size(); end > 0; end = text::previous_boundary(s, end)) {
      CHECK(text::previous_boundary(s, end) < end);
    }
  }
}

TEST_CASE("UTF-8 offsets and counts on long mixed text", "[text]") {
  std::string s;
  std::vector<std::size_t> starts;
  const char* samples[] = {"a", "é", "中", "😀", "b", "\xed\xa0\x80"};  // the last: a lone surrogate
  std::mt19937 rng(9);
  for (int i = 0; i < 5000; ++i) {
    starts.push_back(s.size());
    s += samples[rng() % 6];
  }
  REQUIRE(text::code_point_count(s) == starts.size());
  REQUIRE(text::validate(s, true).length == starts.size());
  REQUIRE(!text::validate(s, false));
  for (std::size_t i = 0; i < starts.size(); i += 7) REQUIRE(text::byte_offset(s, i) == starts[i]);
  REQUIRE(text::byte_offset(s, starts.size()) == s.size());
  REQUIRE(text::byte_offset(s, starts.size() + 10) == s.size());
  text::str_view view(s);
  REQUIRE(view.substr(100, 200) == std::string_view(s).substr(starts[100], starts[200] - starts[100]));
  REQUIRE(text::is_ascii(std::string(1000, 'x')));
  REQUIRE(!text::is_ascii(std::string(999, 'x') + "\x80"));
}

TEST_CASE("the ASCII fast paths agree with the general paths", "[text]") {
  // A non-ASCII character at the end sends the same ASCII text through the per-code-point loops.
  std::mt19937 rng(4242);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    for (int i = static_cast<int>(rng() % 40); i > 0; --i) s += static_cast<char>(rng() % 128);
    const std::string tail = "\u00e9";
    for (auto& [name, f] : case_functions) {
      INFO(name << " of " << s);
      std::string fast = f(s, text::unlimited_bytes).value();
      std::string general = f(s + tail, text::unlimited_bytes).value();
      REQUIRE(general.size() >= 2);
      REQUIRE(fast == general.substr(0, general.size() - 2));
    }
    for (char c : {'a', ' ', '\0', '\x7f'}) {
      std::string needle(1, c);
      REQUIRE(text::count(s, needle) == static_cast<std::size_t>(std::count(s.begin(), s.end(), c)));
    }
  }
}

TEST_CASE("offset_index finds every code point of a long mixed str", "[text]") {
  std::string s;
  std::vector<std::size_t> starts;
  const char* samples[] = {"a", "\u00e9", "\u4e2d", "\U0001F600"};
  std::mt19937 rng(5);
  for (int i = 0; i < 3000; ++i) {
    starts.push_back(s.size());
    s += samples[rng() % 4];
  }
  text::offset_index index(s);
  for (std::size_t i = 0; i < starts.size(); ++i) REQUIRE(index.offset(s, i) == starts[i]);
  REQUIRE(index.offset(s, starts.size()) == s.size());
  REQUIRE(index.offset(s, starts.size() + 1000) == s.size());
  REQUIRE(index.memory_bytes() >= starts.size() / text::offset_index::stride * sizeof(std::size_t));
}
