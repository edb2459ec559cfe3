// int, float and str formatting. A number is split into CPython's parts (sign, prefix, digits,
// decimal point, remainder) and laid out as
//   <left padding><sign><prefix><sign-aware padding><grouped digits><decimal><remainder><right padding>
// where only one padding is nonempty. Zero padding with '=' alignment is not padding at all: it
// widens the digits themselves (so the grouping covers the zeros). The whole size is computed
// first, in closed form, and checked against the budget before any byte is written.
#pragma once

#include <coil/runtime/formatting/float_text.hpp>
#include <coil/runtime/formatting/format_value.hpp>
#include <coil/runtime/text/utf8.hpp>

#include <algorithm>
#include <climits>
#include <cstdint>

namespace coil::runtime::formatting {

namespace detail {

inline format_error memory_error() { return {error_type::memory_error, {}}; }

inline format_error unknown_code(char32_t code, std::string_view type_name) {
  return value_error("Unknown format code '" + describe_code(code) + "' for object of type '" +
                     std::string(type_name.substr(0, 200)) + "'");
}

inline format_error from_big_int_error(big_int_error e) {
  auto type = python_type(e);
  error_type t = type == "OverflowError" ? error_type::overflow_error
               : type == "MemoryError"   ? error_type::memory_error
               : type == "TimeoutError"  ? error_type::timeout_error
                                         : error_type::value_error;
  return {t, std::string(python_message(e))};
}

// The parts of a formatted number, as CPython's number layout sees them.
struct number_parts {
  bool negative = false;
  std::string_view prefix;     // "0x", "0X", "0o", "0b" or empty
  std::string_view digits;     // ASCII digits that grouping and zero padding apply to
  bool has_decimal = false;    // a '.' follows the digits
  std::string_view remainder;  // what follows (fraction, exponent, '%', the 'c' character)
};

inline std::int64_t ceil_div_nonnegative(std::int64_t a, std::int64_t b) { return a <= 0 ? 0 : a / b + (a % b != 0); }

inline format_result<std::string> layout_number(const number_parts& parts, const format_spec& spec, std::size_t max_bytes) {
  char sign = '\0';
  if (spec.sign == '+') sign = parts.negative ? '-' : '+';
  else if (spec.sign == ' ') sign = parts.negative ? '-' : ' ';
  else if (parts.negative) sign = '-';
  const std::int64_t remainder_length = static_cast<std::int64_t>(text::code_point_count(parts.remainder));
  const std::int64_t non_digits = (sign != '\0') + static_cast<std::int64_t>(parts.prefix.size()) +
                                  parts.has_decimal + remainder_length;
  const std::int64_t min_width = (spec.fill == '0' && spec.align == '=') ? spec.width - non_digits : 0;

  // The digits widened with zeros to `positions`, in groups of `group` from the right; the
  // leftmost group may be short but never empty, so a separator never leads.
  const std::int64_t n = static_cast<std::int64_t>(parts.digits.size());
  const std::int64_t group = spec.group_size;
  std::int64_t positions = 0, separators = 0;
  if (n > 0) {
    if (group == 0) {
      positions = std::max({n, min_width, std::int64_t{1}});
    } else {
      separators = std::max(ceil_div_nonnegative(n - group, group), ceil_div_nonnegative(min_width - group, group + 1));
      positions = std::max({n - separators * group, min_width - separators * (group + 1), std::int64_t{1}}) + separators * group;
    }
  }
  const std::int64_t padding = std::max<std::int64_t>(0, spec.width - (non_digits + positions + separators));
  if (padding > static_cast<std::int64_t>(max_output_bytes) || positions > static_cast<std::int64_t>(max_output_bytes))
    return tl::unexpected(memory_error());
  const std::size_t fill_bytes = text::encoded_length(spec.fill);
  const std::uint64_t size = static_cast<std::uint64_t>(padding) * fill_bytes + static_cast<std::uint64_t>(positions + separators) +
                             (sign != '\0') + parts.prefix.size() + parts.has_decimal + parts.remainder.size();
  if (size > max_bytes || size > max_output_bytes) return tl::unexpected(memory_error());

  std::int64_t left = 0, inner = 0, right = 0;
  switch (spec.align) {
    case '<': right = padding; break;
    case '^': left = padding / 2; right = padding - left; break;
    case '=': inner = padding; break;
    default: left = padding; break;
  }
  char fill[4];
  std::string_view fill_text(fill, text::encode(spec.fill, fill));
  std::string out;
  out.reserve(static_cast<std::size_t>(size));
  auto pad = [&](std::int64_t count) {
    for (std::int64_t i = 0; i < count; ++i) out += fill_text;
  };
  pad(left);
  if (sign != '\0') out += sign;
  out += parts.prefix;
  pad(inner);
  for (std::int64_t i = 0; i < positions; ++i) {
    if (group != 0 && i > 0 && (positions - i) % group == 0) out += spec.grouping;
    std::int64_t from_right = positions - i;
    out += from_right > n ? '0' : parts.digits[static_cast<std::size_t>(n - from_right)];
  }
  if (parts.has_decimal) out += '.';
  out += parts.remainder;
  pad(right);
  return out;
}

inline format_result<std::string> format_float_with(double value, const format_spec& spec, std::size_t max_bytes) {
  if (spec.precision > INT_MAX) return tl::unexpected(value_error("precision too big"));
  float_text_flags flags;
  flags.alternate = spec.alternate;
  flags.no_negative_zero = spec.no_negative_zero;
  char type = static_cast<char>(spec.type);
  int default_precision = 6;
  if (type == '\0') {
    // No type: like repr() without a precision, like 'g' with one (but always a digit after the point).
    flags.add_dot_zero = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = false;
  if (type == '%') {
    type = 'f';
    value *= 100;
    percent = true;
  }
  int precision = static_cast<int>(spec.precision);
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  auto number = float_to_text(value, type, precision, flags, max_bytes);
  if (!number) return number;
  if (percent) *number += '%';

  std::string_view body = *number;
  number_parts parts;
  if (!body.empty() && body.front() == '-') {
    parts.negative = true;
    body.remove_prefix(1);
  }
  std::size_t digits = 0;
  while (digits < body.size() && body[digits] >= '0' && body[digits] <= '9') ++digits;
  parts.digits = body.substr(0, digits);
  parts.has_decimal = digits < body.size() && body[digits] == '.';
  parts.remainder = body.substr(digits + parts.has_decimal);
  format_spec layout = spec;
  if (spec.type == 'n') layout.group_size = 0;  // the C locale groups nothing
  return layout_number(parts, layout, max_bytes);
}

}  // namespace detail

COIL_DECL format_result<std::string> format_int(const big_int& value, std::string_view spec_text, std::string_view type_name,
                                                std::size_t max_bytes, interrupt_check stop) {
  using detail::value_error;
  auto parsed = parse_format_spec(spec_text, type_name, 'd', '>');
  if (!parsed) return tl::unexpected(parsed.error());
  const format_spec& spec = *parsed;
  int base = 10;
  switch (spec.type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': case 'd': case 'n': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      auto d = value.to_double();
      if (!d) return tl::unexpected(detail::from_big_int_error(d.error()));
      return detail::format_float_with(*d, spec, max_bytes);
    }
    default: return tl::unexpected(detail::unknown_code(spec.type, type_name));
  }
  if (spec.precision != -1) return tl::unexpected(value_error("Precision not allowed in integer format specifier"));
  if (spec.no_negative_zero)
    return tl::unexpected(value_error("Negative zero coercion (z) not allowed in integer format specifier"));

  detail::number_parts parts;
  if (spec.type == 'c') {
    if (spec.sign != '\0') return tl::unexpected(value_error("Sign not allowed with integer format specifier 'c'"));
    if (spec.alternate) return tl::unexpected(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
    auto code = value.to_int64();
    if (!code) return tl::unexpected(format_error{error_type::overflow_error, "Python int too large to convert to C long"});
    if (*code < 0 || *code > 0x10FFFF) return tl::unexpected(format_error{error_type::overflow_error, "%c arg not in range(0x110000)"});
    char encoded[4];
    // The character is laid out as a remainder: never grouped, never zero-widened.
    parts.remainder = std::string_view(encoded, text::encode(static_cast<char32_t>(*code), encoded));
    format_spec layout = spec;
    layout.group_size = 0;
    return detail::layout_number(parts, layout, max_bytes);
  }
  // Digits in base b take about bits / log2(b) bytes: refuse before converting a huge int.
  const std::uint64_t digit_bytes = value.bit_length() / (base == 16 ? 4 : base == 8 ? 3 : base == 2 ? 1 : 3) + 2;
  if (digit_bytes > max_bytes || digit_bytes > max_output_bytes) return tl::unexpected(detail::memory_error());
  auto digits = value.to_string(base, stop);
  if (!digits) return tl::unexpected(detail::from_big_int_error(digits.error()));
  std::string_view body = *digits;
  if (!body.empty() && body.front() == '-') {
    parts.negative = true;
    body.remove_prefix(1);
  }
  if (spec.type == 'X')
    for (char& c : *digits)
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
  parts.digits = body;
  if (spec.alternate) {
    switch (spec.type) {
      case 'b': parts.prefix = "0b"; break;
      case 'o': parts.prefix = "0o"; break;
      case 'x': parts.prefix = "0x"; break;
      case 'X': parts.prefix = "0X"; break;
      default: break;
    }
  }
  format_spec layout = spec;
  if (spec.type == 'n') layout.group_size = 0;  // the C locale groups nothing
  return detail::layout_number(parts, layout, max_bytes);
}

COIL_DECL format_result<std::string> format_float(double value, std::string_view spec_text, std::size_t max_bytes) {
  auto parsed = parse_format_spec(spec_text, "float", '\0', '>');
  if (!parsed) return tl::unexpected(parsed.error());
  switch (parsed->type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return detail::format_float_with(value, *parsed, max_bytes);
    default: return tl::unexpected(detail::unknown_code(parsed->type, "float"));
  }
}

COIL_DECL format_result<std::string> format_str(text::str_view value, std::string_view spec_text, std::string_view type_name,
                                                std::size_t max_bytes) {
  using detail::value_error;
  auto parsed = parse_format_spec(spec_text, type_name, 's', '<');
  if (!parsed) return tl::unexpected(parsed.error());
  const format_spec& spec = *parsed;
  if (spec.type != 's') return tl::unexpected(detail::unknown_code(spec.type, type_name));
  if (spec.sign == ' ') return tl::unexpected(value_error("Space not allowed in string format specifier"));
  if (spec.sign != '\0') return tl::unexpected(value_error("Sign not allowed in string format specifier"));
  if (spec.no_negative_zero)
    return tl::unexpected(value_error("Negative zero coercion (z) not allowed in string format specifier"));
  if (spec.alternate) return tl::unexpected(value_error("Alternate form (#) not allowed in string format specifier"));
  if (spec.align == '=') return tl::unexpected(value_error("'=' alignment not allowed in string format specifier"));

  std::int64_t length = static_cast<std::int64_t>(value.length());
  std::string_view shown = value.bytes();
  if (spec.precision >= 0 && length > spec.precision) {
    length = spec.precision;
    shown = value.substr(0, static_cast<std::size_t>(length));
  }
  const std::int64_t padding = std::max<std::int64_t>(0, spec.width - length);
  if (padding > static_cast<std::int64_t>(max_output_bytes)) return tl::unexpected(detail::memory_error());
  const std::size_t fill_bytes = text::encoded_length(spec.fill);
  const std::uint64_t size = static_cast<std::uint64_t>(padding) * fill_bytes + shown.size();
  if (size > max_bytes || size > max_output_bytes) return tl::unexpected(detail::memory_error());
  std::int64_t left = spec.align == '>' ? padding : spec.align == '^' ? padding / 2 : 0;
  char fill[4];
  std::string_view fill_text(fill, text::encode(spec.fill, fill));
  std::string out;
  out.reserve(static_cast<std::size_t>(size));
  for (std::int64_t i = 0; i < left; ++i) out += fill_text;
  out += shown;
  for (std::int64_t i = left; i < padding; ++i) out += fill_text;
  return out;
}

}  // namespace coil::runtime::formatting
