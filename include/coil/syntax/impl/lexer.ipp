// PLACEHOLDER until the lexer lands: every source tokenizes to an immediate end marker.
#pragma once
#include <coil/syntax/lexer.hpp>
namespace coil::syntax {
COIL_DECL token_stream tokenize(std::string_view) { return token_stream{{token{}}, std::nullopt}; }
}  // namespace coil::syntax
