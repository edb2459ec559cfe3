// PLACEHOLDER until literal decoding lands (see syntax/literals.hpp for the contract).
#pragma once
#include <coil/syntax/literals.hpp>
namespace coil::syntax {
COIL_DECL string_prefix read_string_prefix(std::string_view) { return {}; }
COIL_DECL tl::expected<string_literal, literal_error> decode_string(std::string_view) {
  return tl::unexpected(literal_error{"string literals not decoded yet", 0});
}
COIL_DECL tl::expected<std::string, literal_error> decode_fstring_middle(std::string_view, bool) {
  return tl::unexpected(literal_error{"f-strings not decoded yet", 0});
}
COIL_DECL number_literal decode_number(std::string_view) { return {}; }
}  // namespace coil::syntax
