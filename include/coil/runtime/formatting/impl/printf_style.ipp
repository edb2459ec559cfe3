// %-formatting's integer text and padding. The padding follows CPython's order of writing: with
// '0' padding the sign and the 0x prefix go before the zeros, with space padding after the
// spaces; a number whose text has no sign gets '+' or ' ' from the flags.
#pragma once

#include <coil/runtime/formatting/printf_style.hpp>

#include <algorithm>

namespace coil::runtime::formatting {

COIL_DECL format_result<std::string> printf_integer_text(const big_int& value, char type, bool alternate,
                                                         std::int64_t precision, std::size_t max_bytes,
                                                         interrupt_check stop) {
  const int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  const std::uint64_t digit_bytes = value.bit_length() / (base == 16 ? 4 : 3) + 4;
  const std::uint64_t zero_bytes = precision > 0 ? static_cast<std::uint64_t>(precision) : 0;
  if (digit_bytes + zero_bytes > max_bytes || digit_bytes + zero_bytes > max_output_bytes)
    return tl::unexpected(format_error{error_type::memory_error, {}});
  auto digits = value.to_string(base, stop);
  if (!digits) {
    auto type_name = python_type(digits.error());
    error_type t = type_name == "TimeoutError" ? error_type::timeout_error
                 : type_name == "MemoryError"  ? error_type::memory_error
                                               : error_type::value_error;
    return tl::unexpected(format_error{t, std::string(python_message(digits.error()))});
  }
  std::string_view body = *digits;
  std::string out;
  if (!body.empty() && body.front() == '-') {
    out += '-';
    body.remove_prefix(1);
  }
  if (alternate && base != 10) {
    out += '0';
    out += type;
  }
  if (precision > static_cast<std::int64_t>(body.size()))
    out.append(static_cast<std::size_t>(precision) - body.size(), '0');
  out += body;
  if (type == 'X')
    for (char& c : out)
      if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

COIL_DECL format_result<void> printf_pad(std::string& out, text::str_view converted, const printf_spec& spec, bool numeric,
                                         std::size_t max_bytes) {
  auto memory_error = [] { return tl::unexpected(format_error{error_type::memory_error, {}}); };
  std::int64_t length = static_cast<std::int64_t>(converted.length());
  std::int64_t width = spec.width;
  if ((width == -1 || width <= length) && (spec.precision == -1 || spec.precision >= length) && !spec.sign && !spec.blank) {
    if (out.size() + converted.bytes().size() > std::min(max_bytes, max_output_bytes)) return memory_error();
    out += converted.bytes();
    return {};
  }
  const char type = static_cast<char>(spec.type);
  if ((type == 's' || type == 'r' || type == 'a') && spec.precision >= 0 && length > spec.precision)
    length = spec.precision;
  const char fill = numeric && spec.zero ? '0' : ' ';
  std::int64_t start = 0;  // code points of `converted` already written or skipped
  char sign = '\0';
  bool has_sign = numeric;
  if (has_sign) {
    char first = converted.bytes().empty() ? '\0' : converted.bytes().front();
    if (first == '-' || first == '+') {
      sign = first;
      --length;
      ++start;
    } else if (spec.sign) {
      sign = '+';
    } else if (spec.blank) {
      sign = ' ';
    } else {
      has_sign = false;
    }
  }
  if (width < length) width = length;
  if (out.size() + converted.bytes().size() + static_cast<std::uint64_t>(width) > std::min(max_bytes, max_output_bytes))
    return memory_error();
  const bool prefix = spec.alternate && (type == 'x' || type == 'X' || type == 'o');
  if (has_sign) {
    if (fill != ' ') out += sign;
    if (width > length) --width;
  }
  if (prefix) {
    if (fill != ' ') {
      out += converted.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(start) + 2);
      start += 2;
    }
    width = std::max<std::int64_t>(0, width - 2);
    length -= 2;
  }
  if (width > length && !spec.left_adjust) {
    out.append(static_cast<std::size_t>(width - length), fill);
    width = length;
  }
  if (fill == ' ') {
    if (has_sign) out += sign;
    if (prefix) {
      out += converted.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(start) + 2);
      start += 2;
    }
  }
  if (length > 0) out += converted.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(start + length));
  if (width > length) out.append(static_cast<std::size_t>(width - length), ' ');
  return {};
}

}  // namespace coil::runtime::formatting
