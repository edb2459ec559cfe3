// Definitions for coil/check.hpp.
#pragma once

#include <coil/check.hpp>
#include <coil/syntax/ast_dump.hpp>
#include <coil/syntax/parser.hpp>

namespace coil {
namespace detail {

inline error to_public_error(const syntax::syntax_error& e, const compile_options& options) {
  error out;
  out.what = error::kind::syntax;
  out.type = e.type;
  out.message = e.message;
  frame where;
  where.file = options.script_name;
  where.line = e.line;
  where.column = e.column;
  where.end_line = e.end_line;
  where.end_column = e.end_column;
  where.source_line = e.source_line;
  out.traceback.push_back(std::move(where));
  return out;
}

}  // namespace detail
}  // namespace coil

// After detail::to_public_error: in header-only mode program.hpp brings in program.ipp, which uses it.
#include <coil/program.hpp>

namespace coil {

COIL_DECL result<void> check_syntax(std::string_view source, const compile_options& options) {
  auto tree = syntax::parse_module(source);
  if (!tree) return tl::unexpected(detail::to_public_error(tree.error(), options));
  return {};
}

COIL_DECL result<void> check_program(std::string_view source, const compile_options& options) {
  auto compiled = compile(source, options);
  if (!compiled) return tl::unexpected(std::move(compiled.error()));
  return {};
}

COIL_DECL result<std::string> dump_ast(std::string_view source, const compile_options& options) {
  auto tree = syntax::parse_module(source);
  if (!tree) return tl::unexpected(detail::to_public_error(tree.error(), options));
  return syntax::dump(*tree);
}

}  // namespace coil
