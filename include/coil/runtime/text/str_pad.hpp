// The stripping and padding methods of Python's str with CPython 3.12's semantics:
// strip/lstrip/rstrip (whitespace as str.isspace, or a set of characters), center/ljust/rjust
// with a fill character, zfill (a leading sign stays in front), expandtabs (columns counted in
// code points, reset by \n and \r). Stripping returns views into the input. Padding and tab
// expansion can make a result far larger than the input ('x'.center(10**9)), so they take a
// max_bytes budget and fail with output_too_large before allocating; widths are int64 as the
// caller converted them (CPython's Py_ssize_t).
#pragma once

#include <coil/runtime/text/str_view.hpp>
#include <coil/runtime/text/text_error.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace coil::runtime::text {

// s.strip() / lstrip() / rstrip(): whitespace.
COIL_DECL std::string_view strip(std::string_view s) noexcept;
COIL_DECL std::string_view lstrip(std::string_view s) noexcept;
COIL_DECL std::string_view rstrip(std::string_view s) noexcept;
// s.strip(chars) / lstrip(chars) / rstrip(chars): any code point of `chars`.
COIL_DECL std::string_view strip(std::string_view s, std::string_view chars);
COIL_DECL std::string_view lstrip(std::string_view s, std::string_view chars);
COIL_DECL std::string_view rstrip(std::string_view s, std::string_view chars);

// s.center(width, fill) / ljust / rjust: a copy of s when width <= len(s). The VM checks that the
// fill argument is one character (single_code_point(), error fill_character_length).
COIL_DECL text_result<std::string> center(str_view s, std::int64_t width, char32_t fill = ' ',
                                          std::size_t max_bytes = unlimited_bytes);
COIL_DECL text_result<std::string> ljust(str_view s, std::int64_t width, char32_t fill = ' ',
                                         std::size_t max_bytes = unlimited_bytes);
COIL_DECL text_result<std::string> rjust(str_view s, std::int64_t width, char32_t fill = ' ',
                                         std::size_t max_bytes = unlimited_bytes);
// s.zfill(width).
COIL_DECL text_result<std::string> zfill(str_view s, std::int64_t width, std::size_t max_bytes = unlimited_bytes);

// Byte size of s.expandtabs(tabsize), saturating at SIZE_MAX.
COIL_DECL std::size_t expandtabs_size(std::string_view s, std::int64_t tabsize = 8) noexcept;
// s.expandtabs(tabsize) (tabsize <= 0 removes tabs).
COIL_DECL text_result<std::string> expandtabs(std::string_view s, std::int64_t tabsize = 8,
                                              std::size_t max_bytes = unlimited_bytes);

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/str_pad.ipp>
#endif
