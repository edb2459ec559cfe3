// The case-changing methods of Python's str with CPython 3.12's semantics: upper, lower, casefold,
// capitalize, title, swapcase. They use the full case mappings (one character may become up to
// three: 'ß'.upper() == 'SS', 'İ'.lower() == 'i̇', 'ŉ'.title() == 'ʼN'), the final-sigma rule for Σ
// wherever CPython lowercases (lower, and the lowercasing parts of capitalize, title and swapcase;
// casefold always gives σ), the titlecase mapping for the first letter of capitalize() and of each
// word of title(), and title()'s notion of a word (a run after a cased character). ASCII input
// takes a byte-wise path. The result can be up to unicode::tables::max_case_expansion_ratio times
// the input's bytes, so each function takes a max_bytes budget and fails with output_too_large
// before allocating more.
#pragma once

#include <coil/runtime/text/text_error.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace coil::runtime::text {

COIL_DECL text_result<std::string> upper(std::string_view s, std::size_t max_bytes = unlimited_bytes);
COIL_DECL text_result<std::string> lower(std::string_view s, std::size_t max_bytes = unlimited_bytes);
COIL_DECL text_result<std::string> casefold(std::string_view s, std::size_t max_bytes = unlimited_bytes);
COIL_DECL text_result<std::string> capitalize(std::string_view s, std::size_t max_bytes = unlimited_bytes);
COIL_DECL text_result<std::string> title(std::string_view s, std::size_t max_bytes = unlimited_bytes);
COIL_DECL text_result<std::string> swapcase(std::string_view s, std::size_t max_bytes = unlimited_bytes);

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/str_case.ipp>
#endif
