// Definitions for coil/program.hpp: parse, build the symbol table, generate code.
#pragma once

#include <coil/compiler/code_generator.hpp>
#include <coil/compiler/symbol_table.hpp>
#include <coil/impl/check.ipp>
#include <coil/program.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/syntax/parser.hpp>

namespace coil {

COIL_DECL result<program> compile(std::string_view source, compile_options options) {
  auto tree = syntax::parse_module(source);
  if (!tree) return tl::unexpected(detail::to_public_error(tree.error(), options));
  auto symbols = compiler::build_symbol_table(*tree);
  if (!symbols) return tl::unexpected(detail::to_public_error(symbols.error(), options));
  auto compiled = compiler::generate_code(*tree, *symbols, source);
  if (!compiled) return tl::unexpected(detail::to_public_error(compiled.error(), options));
  (*compiled)->script_name = options.script_name;
  // Which globals name a builtin is the same for every run: decided once here.
  const auto& names = (*compiled)->global_names();
  auto& builtins = (*compiled)->builtins();
  builtins.resize(names.size());
  for (std::size_t slot = 0; slot < names.size(); ++slot) builtins[slot] = runtime::find_builtin(names[slot]);
  program p;
  p.compiled_ = std::move(*compiled);
  return p;
}

}  // namespace coil
