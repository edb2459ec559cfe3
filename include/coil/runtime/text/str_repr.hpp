// repr() and ascii() of a Python str, byte for byte as CPython 3.12 writes them: single quotes
// unless the text contains ' and no ", then double quotes; \\, \t, \n, \r and the chosen quote
// escaped; other control characters and every non-printable code point (str.isprintable) as
// \xhh, \uhhhh or \Uhhhhhhhh (lowercase hex, the shortest that fits); ascii() escapes every
// non-ASCII code point the same way. append_repr() serves the VM's repr of containers, which
// writes many strings into one buffer; repr_size() lets it check its budget first.
#pragma once

#include <coil/runtime/text/text_error.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace coil::runtime::text {

// Byte size of repr(s) (or ascii(s) when ascii_only).
COIL_DECL std::size_t repr_size(std::string_view s, bool ascii_only = false) noexcept;
// Appends repr(s) (or ascii(s)), quotes included.
COIL_DECL void append_repr(std::string& out, std::string_view s, bool ascii_only = false);
// repr(s) / ascii(s), or output_too_large past max_bytes (the result is at most 4 * size + 2).
COIL_DECL text_result<std::string> repr(std::string_view s, std::size_t max_bytes = unlimited_bytes);
COIL_DECL text_result<std::string> ascii(std::string_view s, std::size_t max_bytes = unlimited_bytes);

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/str_repr.ipp>
#endif
