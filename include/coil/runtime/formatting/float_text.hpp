// A float as text, the way CPython writes one for format(), f-strings and %-formatting
// (PyOS_double_to_string): the digits come from std::to_chars, which rounds exactly as CPython's
// dtoa does (correctly, ties to even on the exact binary value), and this file lays them out with
// CPython's rules: 'r' (repr's shortest digits, exponent past 1e16), 'e', 'f', 'g' (significant
// digits, trailing zeros removed, exponent when the decimal point would sit too far), their
// uppercase forms, inf/nan, and the flags of the format mini-language ('#', 'z', '+').
#pragma once

#include <coil/runtime/formatting/format_spec.hpp>

#include <cstddef>
#include <string>

namespace coil::runtime::formatting {

struct float_text_flags {
  bool alternate = false;         // '#': keep the decimal point and 'g''s trailing zeros
  bool add_dot_zero = false;      // an integral result without exponent gets ".0" (format with no type)
  bool always_sign = false;       // '+'
  bool no_negative_zero = false;  // 'z': a result that rounds to zero loses its '-'
};

// `type` is 'r', 'e', 'f', 'g' or 'E', 'F', 'G'; `precision` is ignored for 'r' (and 0 means 1
// for 'g'). Fails with memory_error when the text would exceed max_bytes ('%.1000000000f').
COIL_DECL format_result<std::string> float_to_text(double value, char type, int precision, float_text_flags flags,
                                                   std::size_t max_bytes);

}  // namespace coil::runtime::formatting

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/formatting/impl/float_text.ipp>
#endif
