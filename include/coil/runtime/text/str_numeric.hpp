// The first step of int(str), float(str) and complex(str) in CPython: the text is rewritten to
// ASCII before parsing, every whitespace character (str.isspace) becoming ' ' and every decimal
// digit of any script ('٣', '३', '３') its ASCII digit, so int(' ٣٤ ') == 34. At the first other
// non-ASCII character (or DEL) the result ends with a '?', which no number parser accepts: the
// caller then reports its ValueError with the original text. ASCII input comes back unchanged.
#pragma once

#include <coil/config.hpp>

#include <string>
#include <string_view>

namespace coil::runtime::text {

COIL_DECL std::string decimal_and_space_to_ascii(std::string_view s);

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/str_numeric.ipp>
#endif
