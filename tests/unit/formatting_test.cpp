// runtime/formatting/ on its own (spec parsing, float text, the number layout, printf pieces,
// template reading) and through scripts: the memory limit stops huge widths and precisions with
// MemoryError before anything is built. CPython agreement is the conformance cases' job
// (tests/cases/formatting/); these tests pin the pieces the cases cannot reach.
#include <coil/coil.hpp>
#include <coil/runtime/formatting/float_text.hpp>
#include <coil/runtime/formatting/format_spec.hpp>
#include <coil/runtime/formatting/format_string.hpp>
#include <coil/runtime/formatting/format_value.hpp>
#include <coil/runtime/formatting/printf_style.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

namespace fmt = coil::runtime::formatting;
using coil::runtime::big_int;

std::string int_text(std::int64_t v, std::string_view spec) {
  auto r = fmt::format_int(big_int(v), spec, "int", fmt::max_output_bytes);
  REQUIRE(r);
  return *r;
}

std::string float_text(double v, std::string_view spec) {
  auto r = fmt::format_float(v, spec, fmt::max_output_bytes);
  REQUIRE(r);
  return *r;
}

std::string run_script(const std::string& source, std::size_t max_memory) {
  auto compiled = coil::compile(source);
  REQUIRE(compiled);
  coil::run_options options;
  options.limits.max_memory = max_memory;
  std::string out;
  options.on_output = [&](coil::stream, std::string_view text) { out += text; };
  auto result = coil::run_sync(*compiled, std::move(options));
  if (!result) out += "error: " + result.error().type + ": " + result.error().message + "\n";
  return out;
}

}  // namespace

TEST_CASE("format specs parse with CPython's defaults and errors", "[formatting]") {
  auto spec = fmt::parse_format_spec("*^+z#015_.3f", "float", '\0', '>');
  REQUIRE(spec);
  CHECK(spec->fill == '*');
  CHECK(spec->align == '^');
  CHECK(spec->sign == '+');
  CHECK(spec->no_negative_zero);
  CHECK(spec->alternate);
  CHECK(spec->width == 15);  // an explicit fill makes the '0' a width digit
  CHECK(spec->grouping == '_');
  CHECK(spec->group_size == 3);
  CHECK(spec->precision == 3);
  CHECK(spec->type == 'f');

  auto zero = fmt::parse_format_spec("010", "int", 'd', '>');
  REQUIRE(zero);
  CHECK(zero->fill == '0');
  CHECK(zero->align == '=');
  CHECK(zero->width == 10);
  auto text_zero = fmt::parse_format_spec("05", "str", 's', '<');
  REQUIRE(text_zero);
  CHECK(text_zero->align == '<');

  CHECK(fmt::parse_format_spec("_x", "int", 'd', '>')->group_size == 4);
  CHECK(fmt::parse_format_spec("abc", "int", 'd', '>').error().message == "Invalid format specifier 'abc' for object of type 'int'");
  CHECK(fmt::parse_format_spec(",s", "int", 'd', '>').error().message == "Cannot specify ',' with 's'.");
  CHECK(fmt::parse_format_spec(",\xc3\xa9", "int", 'd', '>').error().message == "Cannot specify ',' with '\\xe9'.");
  CHECK(fmt::parse_format_spec("99999999999999999999", "int", 'd', '>').error().message ==
        "Too many decimal digits in format string");
  CHECK(fmt::parse_format_spec(".", "int", 'd', '>').error().message == "Format specifier missing precision");
}

TEST_CASE("float text rounds and lays out digits as CPython does", "[formatting]") {
  auto text = [](double v, char type, int precision, fmt::float_text_flags flags = {}) {
    auto r = fmt::float_to_text(v, type, precision, flags, fmt::max_output_bytes);
    REQUIRE(r);
    return *r;
  };
  CHECK(text(2.5, 'f', 0) == "2");
  CHECK(text(0.125, 'f', 2) == "0.12");
  CHECK(text(0.375, 'f', 2) == "0.38");
  CHECK(text(-0.0001, 'f', 2) == "-0.00");
  CHECK(text(-0.0001, 'f', 2, {.no_negative_zero = true}) == "0.00");
  CHECK(text(1e16, 'r', 0, {.add_dot_zero = true}) == "1e+16");
  CHECK(text(123.0, 'g', 3, {.add_dot_zero = true}) == "1.23e+02");
  CHECK(text(100.0, 'g', 3, {.alternate = true}) == "100.");
  CHECK(text(0.0, 'E', 2) == "0.00E+00");
  CHECK(text(1e-5, 'g', 6) == "1e-05");
  CHECK(text(-1.0 / 0.0, 'F', 3) == "-INF");
  CHECK(text(0.1, 'f', 30) == "0.100000000000000005551115123126");
  CHECK(fmt::float_to_text(1.0, 'f', 1000000, {}, 1000).error().type == fmt::error_type::memory_error);
}

TEST_CASE("numbers lay out with grouping through zero padding", "[formatting]") {
  CHECK(int_text(1234, "010,") == "00,001,234");
  CHECK(int_text(1234, "08,") == "0,001,234");
  CHECK(int_text(-255, "#012_x") == "-0x0000_00ff");
  CHECK(int_text(65, "05c") == "0000A");
  CHECK(int_text(-12, "=+#10x") == "-0x      c");
  CHECK(float_text(1234.5, "010,.1f") == "0,001,234.5");
  CHECK(float_text(1.0 / 0.0, "010") == "0000000inf");
  auto too_wide = fmt::format_int(big_int(1), "999999999999", "int", 1 << 20);
  REQUIRE_FALSE(too_wide);
  CHECK(too_wide.error().type == fmt::error_type::memory_error);
  auto widest = fmt::format_int(big_int(1), "09223372036854775807,", "int", fmt::max_output_bytes);
  REQUIRE_FALSE(widest);
  CHECK(widest.error().type == fmt::error_type::memory_error);
  auto text = fmt::format_str("x", "\xe2\x94\x80^5", "str", fmt::max_output_bytes);
  REQUIRE(text);
  CHECK(*text == "\xe2\x94\x80\xe2\x94\x80x\xe2\x94\x80\xe2\x94\x80");
}

TEST_CASE("printf pieces: integer text and padding", "[formatting]") {
  CHECK(*fmt::printf_integer_text(big_int(-255), 'X', true, 6, 1000) == "-0X0000FF");
  std::string out;
  fmt::printf_spec spec;
  spec.zero = true;
  spec.alternate = true;
  spec.width = 8;
  spec.type = 'x';
  REQUIRE(fmt::printf_pad(out, "0xff", spec, true, 1000));
  CHECK(out == "0x0000ff");
  out.clear();
  spec.width = 1000;
  CHECK(fmt::printf_pad(out, "0xff", spec, true, 100).error().type == fmt::error_type::memory_error);
}

TEST_CASE("templates are read piece by piece", "[formatting]") {
  fmt::template_reader reader("a{{b}}{0[x]!r:>{w}}c");
  fmt::template_piece piece;
  REQUIRE(*reader.next(piece));
  CHECK(piece.literal == "a{");
  CHECK_FALSE(piece.has_field);
  REQUIRE(*reader.next(piece));
  CHECK(piece.literal == "b}");
  REQUIRE(*reader.next(piece));
  CHECK(piece.literal == "");
  REQUIRE(piece.has_field);
  CHECK(piece.field.name == "0[x]");
  CHECK(piece.field.conversion == 'r');
  CHECK(piece.field.spec == ">{w}");
  CHECK(piece.field.spec_has_fields);
  REQUIRE(*reader.next(piece));
  CHECK(piece.literal == "c");
  CHECK_FALSE(*reader.next(piece));
  CHECK(fmt::field_index("12").value() == 12);
  CHECK(fmt::field_index("1a").value() == -1);
  CHECK(fmt::split_field_name("a.b[c]").rest == ".b[c]");
}

TEST_CASE("huge widths and precisions fail with MemoryError under a memory limit", "[formatting]") {
  const std::string script = R"(
for make in [lambda: f"{1:999999999}", lambda: f"{1:0999999999,}", lambda: f"{1.5:.999999999f}",
             lambda: format("a", "999999999"), lambda: "%999999999d" % 1, lambda: "%.999999999f" % 1.0,
             lambda: "{:999999999}".format(1), lambda: f"{1:9223372036854775807}", lambda: "%*s" % (999999999, "a"),
             lambda: format(10**1000, "09223372036854775000_x"), lambda: "%.2147483647d" % 1]:
    try:
        print(len(make()))
    except MemoryError:
        print("MemoryError")
print(f"{1:>20}|{2.5:^10.3f}|")
)";
  std::string expected;
  for (int i = 0; i < 11; ++i) expected += "MemoryError\n";
  expected += "                   1|  2.500   |\n";
  CHECK(run_script(script, 8 << 20) == expected);
}
