// PLACEHOLDER until the AST dump lands.
#pragma once
#include <coil/syntax/ast_dump.hpp>
namespace coil::syntax {
COIL_DECL std::string dump(const tree&) { return "Module(body=[], type_ignores=[])"; }
}  // namespace coil::syntax
