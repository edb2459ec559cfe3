// Python's repr of a float (the shortest digits that round-trip, in CPython's layout), shared
// by the runtime's float type, the host value's repr and the AST dump.
#pragma once

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <system_error>

namespace coil::runtime {

// Python's repr of a float (float_repr_style 'r': the shortest digits that round-trip; exponent
// notation when the decimal point would sit more than 16 places right or 4 places left).
// `add_dot_zero` is false for the imaginary part of a complex, where CPython prints `2j`, not `2.0j`.
inline std::string repr_float(double value, bool add_dot_zero = true) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  if (ec != std::errc()) return "nan";  // cannot happen with 64 bytes
  std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  std::string out;
  if (!text.empty() && text.front() == '-') {
    out += '-';
    text.remove_prefix(1);
  }
  // text is "d[.ddd]e±XX": collect the digits and the exponent.
  std::size_t e_at = text.find('e');
  std::string digits;
  for (char ch : text.substr(0, e_at)) {
    if (ch != '.') digits += ch;
  }
  int exponent = 0;
  std::string_view exp_text = text.substr(e_at + 1);
  bool negative_exp = !exp_text.empty() && exp_text.front() == '-';
  if (!exp_text.empty() && (exp_text.front() == '-' || exp_text.front() == '+')) exp_text.remove_prefix(1);
  std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
  if (negative_exp) exponent = -exponent;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();

  int point = exponent + 1;  // value = 0.<digits> * 10**point
  int count = static_cast<int>(digits.size());
  if (point <= -4 || point > 16) {
    out += digits[0];
    if (count > 1) {
      out += '.';
      out.append(digits, 1);
    }
    out += 'e';
    int shown = point - 1;
    out += shown < 0 ? '-' : '+';
    if (shown < 0) shown = -shown;
    if (shown < 10) out += '0';
    out += std::to_string(shown);
  } else if (point <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-point), '0');
    out += digits;
  } else if (point >= count) {
    out += digits;
    out.append(static_cast<std::size_t>(point - count), '0');
    if (add_dot_zero) out += ".0";
  } else {
    out.append(digits, 0, static_cast<std::size_t>(point));
    out += '.';
    out.append(digits, static_cast<std::size_t>(point));
  }
  return out;
}

}  // namespace coil::runtime
