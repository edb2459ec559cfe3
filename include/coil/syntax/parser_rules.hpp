// The grammar rules of the parser: one member function per rule of CPython 3.12's PEG grammar
// (Grammar/python.gram), written as recursive descent over the lexer's tokens. Where the PEG
// grammar backtracks, these rules either decide with a token or two of lookahead or parse once and
// reinterpret (an expression becomes an assignment target when `=` follows), trying an
// alternative speculatively only where the grammar is truly ambiguous (soft keywords, `with (`).
//
// The second pass (`invalid_pass_`) adds CPython's "invalid_" rules, which turn common mistakes
// into specialised messages; they are marked "pass 2" where they are checked. Definitions live in
// impl/parse_*.ipp, one file per part of the grammar; parse_module (impl/parser.ipp) drives them.
#pragma once

#include <coil/syntax/parser_state.hpp>

#include <tl/expected.hpp>

#include <string>
#include <string_view>

namespace coil::syntax {

// What a target must be: the three kinds of CPython's _PyPegen_get_invalid_target.
enum class target_kind : std::uint8_t { store, for_loop, del };

class parser_rules : protected parser_state {
 public:
  using parser_state::parser_state;

  // Parses the whole token list: the statements of the module, or the error CPython would report.
  COIL_DECL tl::expected<node_list<stmt>, syntax_error> parse_file_with_errors();

 private:
  // ---- statements (impl/parse_statements.ipp) -------------------------------------------------
  COIL_DECL node_list<stmt> parse_file();
  COIL_DECL void parse_statement_into();  // pushes one or more statements on the scratch list
  COIL_DECL node_list<stmt> parse_block();
  COIL_DECL void parse_simple_statements_into();
  COIL_DECL stmt* parse_simple_statement();
  COIL_DECL stmt* parse_expression_statement();
  COIL_DECL void check_invalid_assignment(std::size_t start);  // pass 2: CPython's invalid_assignment
  COIL_DECL stmt* parse_return();
  COIL_DECL stmt* parse_raise();
  COIL_DECL stmt* parse_global_or_nonlocal();
  COIL_DECL stmt* parse_del();
  COIL_DECL stmt* parse_assert();
  COIL_DECL stmt* parse_import();
  COIL_DECL stmt* parse_from_import();
  COIL_DECL std::string_view parse_dotted_name(const token*& first);
  COIL_DECL stmt* parse_type_alias();
  COIL_DECL node_list<type_param> parse_type_params();
  COIL_DECL bool can_start_expression(token_kind kind) const;

  // ---- compound statements (impl/parse_compound_statements.ipp) -------------------------------
  COIL_DECL stmt* parse_compound_statement();
  COIL_DECL stmt* parse_if();
  COIL_DECL node_list<stmt> parse_else_block();
  COIL_DECL stmt* parse_while();
  COIL_DECL stmt* parse_for(const token& first, bool is_async);
  COIL_DECL stmt* parse_with(const token& first, bool is_async);
  COIL_DECL withitem* parse_with_item();
  COIL_DECL void check_invalid_with_header(const token& keyword);  // pass 2
  COIL_DECL stmt* parse_try();
  COIL_DECL except_handler* parse_except_block(bool is_star);
  COIL_DECL void check_invalid_except();                  // pass 2
  COIL_DECL void check_invalid_except_mix(bool is_star);  // pass 2
  COIL_DECL stmt* parse_function_def(const token& first, bool is_async, node_list<expr> decorators);
  COIL_DECL stmt* parse_class_def(node_list<expr> decorators);
  COIL_DECL stmt* parse_decorated();
  // Pass 2: the "expected ':'" and "expected an indented block after ..." checks shared by the
  // compound statements. `what` names the statement ("'if' statement", "function definition").
  COIL_DECL void check_header_end();
  COIL_DECL void check_block_start(const char* what, std::int32_t line);

  // ---- expressions (impl/parse_expressions.ipp) -----------------------------------------------
  COIL_DECL expr* parse_expression();
  COIL_DECL expr* parse_expression_without_invalid();
  COIL_DECL expr* parse_if_expression_rest(expr* body, const token& first, bool checks);
  COIL_DECL void check_invalid_expression(expr* a, std::size_t start);  // pass 2
  COIL_DECL expr* parse_yield_expr();
  COIL_DECL expr* parse_star_expressions();
  COIL_DECL expr* parse_star_expression();
  COIL_DECL expr* parse_star_named_expression();
  COIL_DECL expr* parse_named_expression();
  COIL_DECL expr* parse_assignment_expression();
  COIL_DECL void check_invalid_named_expression(expr* a, std::size_t start);  // pass 2
  COIL_DECL expr* parse_disjunction();
  COIL_DECL expr* parse_conjunction();
  COIL_DECL expr* parse_inversion();
  COIL_DECL expr* parse_comparison();
  COIL_DECL expr* parse_bitwise_or();
  COIL_DECL expr* parse_factor();
  COIL_DECL expr* parse_power();
  COIL_DECL expr* parse_primary();
  COIL_DECL expr* parse_slices();
  COIL_DECL expr* parse_slice();
  COIL_DECL expr* parse_lambda();

  // ---- atoms, displays, comprehensions (impl/parse_atoms.ipp) ---------------------------------
  COIL_DECL expr* parse_atom();
  COIL_DECL expr* parse_number();
  COIL_DECL expr* parse_parenthesized();
  COIL_DECL expr* parse_list();
  COIL_DECL expr* parse_braces();
  COIL_DECL expr* parse_dict_rest(const token& open, std::size_t mark);
  COIL_DECL void check_invalid_dict_item();  // pass 2: CPython's invalid_double_starred_kvpairs
  COIL_DECL node_list<comprehension> parse_comprehension_clauses();
  COIL_DECL void check_invalid_comprehension(expr* first, const source_span& last);  // pass 2
  COIL_DECL void check_invalid_for_target(std::size_t after_for);                 // pass 2

  // ---- call arguments and parameters (impl/parse_arguments.ipp) -------------------------------
  COIL_DECL expr* parse_call(expr* function);
  COIL_DECL void parse_call_arguments(const token& open, call_expr* call, bool allow_generator);
  COIL_DECL arguments* parse_parameters(bool lambda);
  COIL_DECL arg* parse_parameter(bool lambda, bool star_annotation);

  // ---- strings and f-strings (impl/parse_fstrings.ipp) ----------------------------------------
  COIL_DECL expr* parse_strings();
  COIL_DECL expr* parse_fstring();
  COIL_DECL void parse_replacement_field(bool raw);
  COIL_DECL expr* parse_format_spec(bool raw, const token& colon);
  COIL_DECL expr* make_string_constant(std::string_view value, const source_span& where, bool u_prefix);

  // ---- targets (impl/parse_targets.ipp) -------------------------------------------------------
  // Turns an expression into an assignment/for/with target (Store) or a del target (Del), or
  // returns false when it is not one. Only what CPython's target rules accept passes.
  COIL_DECL bool is_valid_target(const expr* e, target_kind kind) const;
  COIL_DECL void set_context(expr* e, expr_context context);
  COIL_DECL static const expr* invalid_target(const expr* e, target_kind kind);
  COIL_DECL static std::string expression_name(const expr* e);
  // Raises CPython's "cannot assign to X"/"cannot delete X" for `e` if it holds an invalid target.
  COIL_DECL void raise_invalid_target(const expr* e, target_kind kind);
  COIL_DECL expr* parse_star_targets();   // for-loop and comprehension targets
  COIL_DECL expr* parse_star_target();    // one target, possibly starred
  COIL_DECL bool is_single_target(const expr* e) const;
  // True when the tokens [start, end) are exactly one parenthesized group.
  COIL_DECL bool is_parenthesized(std::size_t start, std::size_t end);

  // ---- patterns (impl/parse_patterns.ipp) -----------------------------------------------------
  COIL_DECL stmt* parse_match(const token& first);
  COIL_DECL expr* parse_subject();
  COIL_DECL match_case* parse_case_block();
  COIL_DECL pattern* parse_patterns();
  COIL_DECL pattern* parse_pattern();
  COIL_DECL pattern* parse_or_pattern();
  COIL_DECL pattern* parse_closed_pattern();
  COIL_DECL pattern* parse_maybe_star_pattern();
  COIL_DECL pattern* parse_sequence_pattern(token_kind close, const token& open);
  COIL_DECL pattern* parse_mapping_pattern();
  COIL_DECL pattern* parse_class_pattern(expr* cls);
  COIL_DECL expr* parse_signed_number();
  COIL_DECL expr* parse_literal_number_pattern_value();
  COIL_DECL expr* parse_name_or_attr();
  COIL_DECL std::string_view parse_capture_target();
  COIL_DECL bool at_capture_target();
};

}  // namespace coil::syntax
