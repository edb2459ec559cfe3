// Applying a format spec to the builtin values, byte for byte as CPython 3.12's int.__format__,
// float.__format__ and str.__format__ do for a non-empty spec (an empty spec means str(x), which
// the caller handles): the type codes, sign, '#' prefixes, '0' padding and '=' alignment (zero
// padding runs through the digit grouping, so f"{1234:010,}" is '00,001,234'), ',' and '_'
// grouping, precision, the 'z' flag, widths counted in code points, and every error message.
// bool formats as int with its own type name in messages. Each function takes a byte budget
// (the caller's memory limit) and fails with memory_error before building anything larger.
#pragma once

#include <coil/runtime/big_int.hpp>
#include <coil/runtime/formatting/format_spec.hpp>
#include <coil/runtime/text/str_view.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace coil::runtime::formatting {

// format(i, spec) for an int (or a bool: type_name "bool").
COIL_DECL format_result<std::string> format_int(const big_int& value, std::string_view spec, std::string_view type_name,
                                                std::size_t max_bytes, interrupt_check stop = {});
// format(x, spec) for a float.
COIL_DECL format_result<std::string> format_float(double value, std::string_view spec, std::size_t max_bytes);
// format(s, spec) for a str (type_name: the str's type, for a subclass).
COIL_DECL format_result<std::string> format_str(text::str_view value, std::string_view spec, std::string_view type_name,
                                                std::size_t max_bytes);

}  // namespace coil::runtime::formatting

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/formatting/impl/format_value.ipp>
#endif
