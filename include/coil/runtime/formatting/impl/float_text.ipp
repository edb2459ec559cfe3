// float_to_text: to_chars gives the rounded digits, in the three modes CPython's dtoa has
// (shortest round-trip, n significant digits, n digits after the point); the digits are then
// reduced to "digits without trailing zeros + position of the decimal point", which is what
// CPython's layout works from, and laid out by the same rules.
#pragma once

#include <coil/runtime/formatting/float_text.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

namespace coil::runtime::formatting {

namespace detail {

// |value| as significant digits (no leading or trailing zeros) and the decimal point position:
// value == 0.<digits> * 10**point. Zero is "0" with point 1, as dtoa reports it.
struct decimal_digits {
  std::string digits;
  long point = 1;
};

inline void strip_trailing_zeros(std::string& digits) {
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
}

// From to_chars' scientific output "d[.ddd]e±XX".
inline decimal_digits from_scientific(std::string_view text) {
  decimal_digits out;
  std::size_t e_at = text.find('e');
  for (char c : text.substr(0, e_at))
    if (c != '.') out.digits += c;
  long exponent = 0;
  std::string_view exp_text = text.substr(e_at + 1);
  bool negative = !exp_text.empty() && exp_text.front() == '-';
  if (!exp_text.empty() && (exp_text.front() == '-' || exp_text.front() == '+')) exp_text.remove_prefix(1);
  std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
  out.point = (negative ? -exponent : exponent) + 1;
  strip_trailing_zeros(out.digits);
  if (out.digits.empty() || out.digits == "0") out = {"0", 1};
  return out;
}

// mode 0: the shortest digits that round-trip.
inline decimal_digits shortest_digits(double a) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, a, std::chars_format::scientific);
  return from_scientific(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
}

// mode 2: `count` (>= 1) significant digits, correctly rounded.
inline decimal_digits significant_digits(double a, int count) {
  std::string buffer(static_cast<std::size_t>(count) + 16, '\0');
  auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), a, std::chars_format::scientific, count - 1);
  return from_scientific(std::string_view(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data())));
}

// mode 3: `count` digits after the decimal point, correctly rounded. A nonzero value that rounds
// to zero has no digits and its point at -count, as dtoa reports it.
inline decimal_digits fixed_digits(double a, int count) {
  if (a == 0) return {"0", 1};
  std::string buffer(static_cast<std::size_t>(count) + 330, '\0');
  auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), a, std::chars_format::fixed, count);
  std::string_view text(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
  std::size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  decimal_digits out;
  out.digits.assign(whole);
  if (dot != std::string_view::npos) out.digits.append(text.substr(dot + 1));
  out.point = static_cast<long>(whole.size());
  std::size_t leading = 0;
  while (leading < out.digits.size() && out.digits[leading] == '0') ++leading;
  out.digits.erase(0, leading);
  out.point -= static_cast<long>(leading);
  strip_trailing_zeros(out.digits);
  if (out.digits.empty()) out.point = -count;
  return out;
}

}  // namespace detail

COIL_DECL format_result<std::string> float_to_text(double value, char type, int precision, float_text_flags flags,
                                                   std::size_t max_bytes) {
  const bool upper = type >= 'A' && type <= 'Z';
  if (upper) type = static_cast<char>(type - 'A' + 'a');
  if (precision < 0) precision = 0;
  std::string out;
  if (std::isnan(value) || std::isinf(value)) {
    // A nan's sign is never shown.
    if (std::isinf(value) && std::signbit(value)) out += '-';
    else if (flags.always_sign) out += '+';
    out += std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  const std::size_t bound = static_cast<std::size_t>(precision) + (type == 'f' ? 340 : 40);
  if (bound > max_bytes || bound > max_output_bytes) return tl::unexpected(format_error{error_type::memory_error, {}});

  const double a = std::fabs(value);
  bool negative = std::signbit(value);
  detail::decimal_digits d;
  switch (type) {
    case 'e': d = detail::significant_digits(a, precision + 1); break;
    case 'g':
      if (precision == 0) precision = 1;
      d = detail::significant_digits(a, precision);
      break;
    case 'f': d = detail::fixed_digits(a, precision); break;
    default: d = detail::shortest_digits(a); break;
  }
  const long length = static_cast<long>(d.digits.size());
  if (flags.no_negative_zero && (length == 0 || d.digits == "0")) negative = false;

  // Which slice of the digits, padded with zeros on both sides, the output shows.
  long point = d.point;
  long shown_end = length;
  bool use_exponent = false;
  switch (type) {
    case 'e':
      use_exponent = true;
      shown_end = precision + 1;
      break;
    case 'f': shown_end = point + precision; break;
    case 'g':
      if (point <= -4 || point > (flags.add_dot_zero ? precision - 1 : precision)) use_exponent = true;
      if (flags.alternate) shown_end = precision;
      break;
    default:
      if (point <= -4 || point > 16) use_exponent = true;
      break;
  }
  long exponent = 0;
  if (use_exponent) {
    exponent = point - 1;
    point = 1;
  }
  const long shown_start = point <= 0 ? point - 1 : 0;
  shown_end = std::max(shown_end, (!use_exponent && flags.add_dot_zero) ? point + 1 : point);

  auto zeros = [&out](long count) {
    if (count > 0) out.append(static_cast<std::size_t>(count), '0');
  };
  if (negative) out += '-';
  else if (flags.always_sign) out += '+';
  if (point <= 0) {
    zeros(point - shown_start);
    out += '.';
    zeros(-point);
  } else {
    zeros(-shown_start);
  }
  if (point > 0 && point <= length) {
    out.append(d.digits, 0, static_cast<std::size_t>(point));
    out += '.';
    out.append(d.digits, static_cast<std::size_t>(point));
  } else {
    out += d.digits;
  }
  if (length < point) {
    zeros(point - length);
    out += '.';
    zeros(shown_end - point);
  } else {
    zeros(shown_end - length);
  }
  if (out.back() == '.' && !flags.alternate) out.pop_back();
  if (use_exponent) {
    out += upper ? 'E' : 'e';
    out += exponent < 0 ? '-' : '+';
    long magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
  }
  return out;
}

}  // namespace coil::runtime::formatting
