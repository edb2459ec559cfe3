// The conversions of printf-style %-formatting (`"%5.2f" % x`) that do not need the VM, as
// CPython 3.12 writes them: the text of an integer conversion (%d %i %u %o %x %X with '#' and a
// precision that pads digits with zeros) and the final padding step shared by every conversion
// (width, '-', '0', '+', ' ', '#' prefixes kept in front of zero padding, %s/%r/%a precision
// truncating by code points). Float conversions use float_text.hpp directly. The driver that
// walks the format string and fetches arguments is in runtime/impl/str_percent_format.ipp.
#pragma once

#include <coil/runtime/big_int.hpp>
#include <coil/runtime/formatting/format_spec.hpp>
#include <coil/runtime/text/str_view.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

namespace coil::runtime::formatting {

// One conversion specifier: %[(key)][flags][width][.precision]type.
struct printf_spec {
  bool left_adjust = false;  // '-'
  bool sign = false;         // '+'
  bool blank = false;        // ' '
  bool alternate = false;    // '#'
  bool zero = false;         // '0'
  std::int64_t width = -1;   // -1: not given
  std::int64_t precision = -1;
  char32_t type = '\0';
};

// The digits of an integer conversion ('d', 'i', 'u', 'o', 'x' or 'X') before padding: a '-' for
// negatives, the 0o/0x/0X prefix with '#', and zeros up to `precision` digits.
COIL_DECL format_result<std::string> printf_integer_text(const big_int& value, char type, bool alternate,
                                                         std::int64_t precision, std::size_t max_bytes,
                                                         interrupt_check stop = {});

// Appends `converted` (the conversion's text) to `out`, padded to the spec's width. `numeric`:
// the conversion was a number (its sign and '0' flag take part). Fails with memory_error when
// `out` would exceed max_bytes.
COIL_DECL format_result<void> printf_pad(std::string& out, text::str_view converted, const printf_spec& spec, bool numeric,
                                         std::size_t max_bytes);

}  // namespace coil::runtime::formatting

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/formatting/impl/printf_style.ipp>
#endif
