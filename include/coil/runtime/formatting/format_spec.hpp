// The format mini-language of format(), f-strings and str.format, as CPython 3.12 parses it:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// This file holds what every part of runtime/formatting/ shares: the error a formatting step
// reports (a Python exception type and CPython's message, never a C++ exception), the ceiling on
// the text any step builds, and the parsed spec. Applying a spec to an int, float or str is
// format_value.hpp; float digits are float_text.hpp; %-formatting pieces are printf_style.hpp;
// str.format's field syntax is format_string.hpp. The VM side (runtime/impl/object_format.ipp and
// friends) turns a format_error into the Python exception.
#pragma once

#include <coil/config.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tl/expected.hpp>

namespace coil::runtime::formatting {

enum class error_type : std::uint8_t { value_error, type_error, overflow_error, memory_error, timeout_error };

struct format_error {
  error_type type = error_type::value_error;
  std::string message;  // CPython's message; empty for memory_error (the VM raises a bare MemoryError)
};

template <class T>
using format_result = tl::expected<T, format_error>;

// No formatting step builds more text than this, whatever the caller's budget: a str object
// cannot hold 4 GiB, and f"{x:99999999999}" must fail with MemoryError rather than try.
inline constexpr std::size_t max_output_bytes = std::size_t{1} << 31;

// A parsed spec, with CPython's defaults already applied (the caller's default type and
// alignment, and the '0' flag's fill and '=' alignment).
struct format_spec {
  char32_t fill = ' ';
  char32_t align = '>';          // '<', '>', '^' or '='
  char sign = '\0';              // '+', '-', ' ' or '\0' (not given)
  bool no_negative_zero = false;  // 'z'
  bool alternate = false;         // '#'
  std::int64_t width = -1;        // -1: not given
  char grouping = '\0';           // ',' or '_' or '\0'
  int group_size = 0;             // digits per group: 3, or 4 for '_' with b/o/x/X; 0: none
  std::int64_t precision = -1;    // -1: not given
  char32_t type = '\0';
};

// Parses `spec` (UTF-8) for an object of Python type `type_name` (named in error messages), as
// CPython's format parser does before the type-specific checks: the checks that depend only on
// the spec ("Cannot specify ',' with 's'.", "Format specifier missing precision", "Invalid format
// specifier '...' for object of type 'int'") happen here.
COIL_DECL format_result<format_spec> parse_format_spec(std::string_view spec, std::string_view type_name,
                                                       char32_t default_type, char32_t default_align);

// CPython's way of naming a type code in messages: the character itself when it is printable
// ASCII, else "\x" and its hex value ("Unknown format code '\xe9' ...").
COIL_DECL std::string describe_code(char32_t code);

}  // namespace coil::runtime::formatting

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/formatting/impl/format_spec.ipp>
#endif
