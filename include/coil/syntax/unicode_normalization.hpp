// Unicode normalisation form NFKC, which CPython applies to every non-ASCII identifier (PEP 3131):
// `ｗｉｄｔｈ` is the name `width`, `µ` (micro sign) is `μ`, `ﬁle` is `file`. The parser calls
// `nfkc` when it turns a non-ASCII NAME token into an identifier of the tree; the result is what
// python3.12's unicodedata.normalize('NFKC', s) returns, code point for code point (Unicode 15.0,
// tables in the generated syntax/unicode_normalization_table.hpp; tests/unit/normalization_test.cpp
// compares every code point and thousands of strings with CPython's answers).
#pragma once

#include <coil/config.hpp>

#include <cstring>
#include <string>
#include <string_view>

namespace coil::syntax {

// True when every byte is ASCII, whose text is its own NFKC (the common case for identifiers).
inline bool is_ascii(std::string_view text) noexcept {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    unsigned long long word;
    std::memcpy(&word, text.data() + i, 8);
    if (word & 0x8080808080808080ULL) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

// NFKC of UTF-8 text. ASCII text comes back as it is. Any bytes are safe: lone surrogates (coil's
// internal str form) stay as they are, and bytes that are not UTF-8 pass through unchanged, each
// acting as a character that neither decomposes nor composes.
COIL_DECL std::string nfkc(std::string_view utf8);

}  // namespace coil::syntax

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/syntax/impl/unicode_normalization.ipp>
#endif
