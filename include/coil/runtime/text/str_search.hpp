// The searching methods of Python's str with CPython 3.12's semantics: find/rfind (and so index,
// rindex), count, `in`, startswith/endswith, replace, removeprefix/removesuffix. Positions are in
// code points; the optional start/end arguments go through adjust_indices() first, exactly as
// CPython adjusts them (negative counts from the end, clamped to the string, but a start past the
// end is kept so that 'abc'.find('', 4) is -1). Searching itself works on UTF-8 bytes
// (substring_search.hpp) and converts positions only at the edges, so ASCII text pays nothing.
// replace() takes a byte budget: the VM passes what its memory limit leaves, and the function
// fails with output_too_large before allocating a result that would not fit.
#pragma once

#include <coil/runtime/text/str_view.hpp>
#include <coil/runtime/text/text_error.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coil::runtime::text {

// A start/end window in code points after adjustment: end <= length, start may exceed end.
struct index_range {
  std::size_t start = 0;
  std::size_t end = static_cast<std::size_t>(-1);  // clamped to the length by every function
};

// CPython's ADJUST_INDICES for str methods: omitted start is 0, omitted end is the length,
// negatives count from the end and stop at 0, end stops at the length. The caller first turns a
// Python int into int64 the way CPython turns it into Py_ssize_t (clamping huge values).
COIL_DECL index_range adjust_indices(std::optional<std::int64_t> start, std::optional<std::int64_t> end,
                                     std::size_t length) noexcept;

// s.find(sub, start, end): the index of the first match inside the window, or nullopt (-1). str.index
// is the same with substring_not_found for nullopt.
COIL_DECL std::optional<std::size_t> find(str_view s, std::string_view sub, index_range range = {}) noexcept;
// s.rfind(sub, start, end); str.rindex likewise.
COIL_DECL std::optional<std::size_t> rfind(str_view s, std::string_view sub, index_range range = {}) noexcept;
// s.count(sub, start, end): non-overlapping matches; an empty sub counts every position.
COIL_DECL std::size_t count(str_view s, std::string_view sub, index_range range = {}) noexcept;
// sub in s.
COIL_DECL bool contains(std::string_view s, std::string_view sub) noexcept;
// s.startswith(prefix, start, end) for one prefix (the VM loops over a tuple).
COIL_DECL bool startswith(str_view s, std::string_view prefix, index_range range = {}) noexcept;
// s.endswith(suffix, start, end) for one suffix.
COIL_DECL bool endswith(str_view s, std::string_view suffix, index_range range = {}) noexcept;

// s.removeprefix(prefix), s.removesuffix(suffix): views into s.
COIL_DECL std::string_view removeprefix(std::string_view s, std::string_view prefix) noexcept;
COIL_DECL std::string_view removesuffix(std::string_view s, std::string_view suffix) noexcept;

// Byte size of s.replace(old, new_text, max_count) (max_count < 0: all), saturating at SIZE_MAX.
COIL_DECL std::size_t replace_size(std::string_view s, std::string_view old, std::string_view new_text,
                                   std::int64_t max_count = -1) noexcept;
// s.replace(old, new_text, max_count), or output_too_large when the result exceeds max_bytes
// (checked before anything is allocated). An empty `old` inserts new_text before every code point
// and at the end, up to max_count times, as CPython does.
COIL_DECL text_result<std::string> replace(std::string_view s, std::string_view old, std::string_view new_text,
                                           std::int64_t max_count = -1, std::size_t max_bytes = unlimited_bytes);

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/str_search.ipp>
#endif
