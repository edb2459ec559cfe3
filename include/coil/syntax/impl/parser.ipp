// Definitions for syntax/parser.hpp: runs the lexer, then the grammar rules (parser_rules.hpp) in
// CPython's two passes, and picks the error CPython 3.12 would report.
//
// The first pass uses the plain grammar. If it fails without a specific error, the second pass
// reparses from the start with the specialised "invalid_" checks on; if none of them fires, the
// error is "invalid syntax" (or "unexpected indent") at the furthest token the first pass looked
// at. A parser error then gives way to a tokenizer error later in the file, as in CPython.
#pragma once

#include <coil/syntax/lexer.hpp>
#include <coil/syntax/parser.hpp>
#include <coil/syntax/parser_rules.hpp>
#include <coil/syntax/impl/parser_state.ipp>
#include <coil/syntax/impl/parse_statements.ipp>
#include <coil/syntax/impl/parse_compound_statements.ipp>
#include <coil/syntax/impl/parse_expressions.ipp>
#include <coil/syntax/impl/parse_atoms.ipp>
#include <coil/syntax/impl/parse_arguments.ipp>
#include <coil/syntax/impl/parse_fstrings.ipp>
#include <coil/syntax/impl/parse_targets.ipp>
#include <coil/syntax/impl/parse_patterns.ipp>

#include <memory>
#include <string>

namespace coil::syntax {

COIL_DECL tl::expected<node_list<stmt>, syntax_error> parser_rules::parse_file_with_errors() {
  auto final_error = [&](parse_abort& abort) {
    if (abort.from_lexer) return std::move(abort.error);
    return prefer_later_lexer_error(std::move(abort.error));
  };
  try {
    return parse_file();
  } catch (parse_abort& abort) {
    return tl::unexpected(final_error(abort));
  } catch (const parse_mismatch&) {
  }
  std::size_t first_pass_furthest = furthest_;
  pos_ = 0;
  depth_ = 0;
  scratch_.clear();
  names_scratch_.clear();
  operators_scratch_.clear();
  invalid_pass_ = true;
  try {
    parse_file();
  } catch (parse_abort& abort) {
    return tl::unexpected(final_error(abort));
  } catch (const parse_mismatch&) {
  }
  syntax_error error = generic_error(first_pass_furthest);
  if (error.type == "IndentationError") return tl::unexpected(std::move(error));
  return tl::unexpected(prefer_later_lexer_error(std::move(error)));
}

COIL_DECL tl::expected<tree, syntax_error> parse_module(std::string_view source) {
  auto text = std::make_shared<std::string>(source);
  // Nodes take roughly a few times the source's size; start the arena near that. (Built here
  // rather than by tree's default, which would allocate an arena only to replace it.)
  tree result{std::make_unique<std::pmr::monotonic_buffer_resource>(source.size() * 4 + 1024), text, {}};
  token_stream stream = tokenize(*text);
  if (stream.tokens.empty()) stream.tokens.push_back(token{});
  parser_rules parser(*text, stream, *result.arena);
  auto body = parser.parse_file_with_errors();
  if (!body) return tl::unexpected(std::move(body.error()));
  result.body = *body;
  return result;
}

}  // namespace coil::syntax
