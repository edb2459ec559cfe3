// The is-predicates of Python's str with CPython 3.12's semantics: isalpha, isdecimal, isdigit,
// isnumeric, isalnum, isspace, isupper, islower, istitle, isprintable, isascii, isidentifier.
// Each is False for the empty string except isprintable and isascii (True), as in CPython; the
// character classes come from unicode_properties.hpp, and ASCII characters are answered from
// its flat table without decoding.
#pragma once

#include <coil/config.hpp>

#include <string_view>

namespace coil::runtime::text {

COIL_DECL bool isalpha(std::string_view s) noexcept;
COIL_DECL bool isdecimal(std::string_view s) noexcept;
COIL_DECL bool isdigit(std::string_view s) noexcept;
COIL_DECL bool isnumeric(std::string_view s) noexcept;
COIL_DECL bool isalnum(std::string_view s) noexcept;
COIL_DECL bool isspace(std::string_view s) noexcept;
// At least one cased character and no lowercase or titlecase one.
COIL_DECL bool isupper(std::string_view s) noexcept;
// At least one cased character and no uppercase or titlecase one.
COIL_DECL bool islower(std::string_view s) noexcept;
// Uppercase/titlecase characters only after uncased ones, lowercase only after cased ones, and
// at least one cased character.
COIL_DECL bool istitle(std::string_view s) noexcept;
COIL_DECL bool isprintable(std::string_view s) noexcept;
COIL_DECL bool isascii(std::string_view s) noexcept;
// XID_Start or '_' first, XID_Continue after (no NFKC normalisation, as str.isidentifier).
COIL_DECL bool isidentifier(std::string_view s) noexcept;

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/str_predicates.ipp>
#endif
