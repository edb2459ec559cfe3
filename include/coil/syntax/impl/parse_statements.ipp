// Statements: the module, blocks, and the simple statements — expression statements and every
// assignment form, return, raise, global, nonlocal, del, assert, import, from-import, pass,
// break, continue and `type` aliases (with the type parameter lists def and class share).
// Compound statements are in parse_compound_statements.ipp, `match` in parse_patterns.ipp.
#pragma once

#include <coil/syntax/parser_rules.hpp>

#include <string>

namespace coil::syntax {

// file: [statements] ENDMARKER
COIL_DECL node_list<stmt> parser_rules::parse_file() {
  std::size_t mark = list_mark();
  while (!at(token_kind::end_marker)) parse_statement_into();
  return finish_list<stmt>(mark);
}

// statement: compound_stmt | simple_stmts
COIL_DECL void parser_rules::parse_statement_into() {
  switch (look().kind) {
    case token_kind::kw_def:
    case token_kind::kw_if:
    case token_kind::kw_class:
    case token_kind::kw_with:
    case token_kind::kw_for:
    case token_kind::kw_try:
    case token_kind::kw_while:
    case token_kind::at:
    case token_kind::kw_async: list_push(parse_compound_statement()); return;
    case token_kind::name:
      if (look().text == "match") {
        if (stmt* match = parse_match(look())) {
          list_push(match);
          return;
        }
      }
      break;
    default: break;
  }
  parse_simple_statements_into();
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
COIL_DECL node_list<stmt> parser_rules::parse_block() {
  depth_guard guard(*this);
  std::size_t mark = list_mark();
  if (at(token_kind::newline)) {
    take();
    if (!at(token_kind::indent)) {
      if (invalid_pass_) raise_at_last_token("expected an indented block", "IndentationError");
      mismatch();
    }
    take();
    do parse_statement_into();
    while (!at(token_kind::dedent));
    take();
  } else {
    parse_simple_statements_into();
  }
  return finish_list<stmt>(mark);
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
COIL_DECL void parser_rules::parse_simple_statements_into() {
  for (;;) {
    list_push(parse_simple_statement());
    if (!accept(token_kind::semi)) break;
    if (at(token_kind::newline)) break;
  }
  expect(token_kind::newline);
}

COIL_DECL stmt* parser_rules::parse_simple_statement() {
  const token& first = look();
  switch (first.kind) {
    case token_kind::kw_return: return parse_return();
    case token_kind::kw_import: return parse_import();
    case token_kind::kw_from: return parse_from_import();
    case token_kind::kw_raise: return parse_raise();
    case token_kind::kw_del: return parse_del();
    case token_kind::kw_assert: return parse_assert();
    case token_kind::kw_global:
    case token_kind::kw_nonlocal: return parse_global_or_nonlocal();
    case token_kind::kw_pass:
      take();
      return make_node<pass_stmt>(stmt_kind::Pass, span_of(first));
    case token_kind::kw_break:
      take();
      return make_node<break_stmt>(stmt_kind::Break, span_of(first));
    case token_kind::kw_continue:
      take();
      return make_node<continue_stmt>(stmt_kind::Continue, span_of(first));
    case token_kind::name:
      if (first.text == "type" && kind_at(1) == token_kind::name) {
        // As in CPython, a failed `type` alias is tried again as an expression statement.
        stmt* alias = nullptr;
        if (attempt([&] { alias = parse_type_alias(); })) return alias;
      }
      break;
    default: break;
  }
  return parse_expression_statement();
}

namespace parser_detail {

inline bool augmented_operator(token_kind kind, binary_operator& op) {
  switch (kind) {
    case token_kind::plus_equal: op = binary_operator::add; return true;
    case token_kind::minus_equal: op = binary_operator::sub; return true;
    case token_kind::star_equal: op = binary_operator::mult; return true;
    case token_kind::at_equal: op = binary_operator::mat_mult; return true;
    case token_kind::slash_equal: op = binary_operator::div; return true;
    case token_kind::percent_equal: op = binary_operator::mod; return true;
    case token_kind::amper_equal: op = binary_operator::bit_and; return true;
    case token_kind::vbar_equal: op = binary_operator::bit_or; return true;
    case token_kind::circumflex_equal: op = binary_operator::bit_xor; return true;
    case token_kind::left_shift_equal: op = binary_operator::lshift; return true;
    case token_kind::right_shift_equal: op = binary_operator::rshift; return true;
    case token_kind::double_star_equal: op = binary_operator::pow; return true;
    case token_kind::double_slash_equal: op = binary_operator::floor_div; return true;
    default: return false;
  }
}

}  // namespace parser_detail

// An expression statement, or one of the assignments it turns out to start:
//   targets '=' ... value | single_target ':' annotation ['=' value] | single_target augassign value
// The first expression is read once and converted into a target when '=' or ':' follows.
// In the second pass, CPython's invalid_assignment runs exactly when none of its assignment
// alternatives matches (a value that parses only in part still matches, as in PEG).
COIL_DECL stmt* parser_rules::parse_expression_statement() {
  const token& first = look();
  std::size_t start = pos_;
  auto parse_value = [&]() -> expr* { return at(token_kind::kw_yield) ? parse_yield_expr() : parse_star_expressions(); };
  auto no_assignment_matches = [&]() {
    if (invalid_pass_) check_invalid_assignment(start);
    mismatch();
  };
  expr* e = parse_value();
  binary_operator op{};
  if (at(token_kind::colon)) {
    if (!is_single_target(e)) no_assignment_matches();
    take();
    expr* annotation = nullptr;
    if (!attempt([&] { annotation = parse_expression(); })) no_assignment_matches();
    expr* value = nullptr;
    if (at(token_kind::equal)) attempt([&] {
        take();
        value = parse_value();
      });
    set_context(e, expr_context::store);
    auto* node = make_node<ann_assign_stmt>(stmt_kind::AnnAssign, span_from(first));
    node->target = e;
    node->annotation = annotation;
    node->value = value;
    node->simple = e->kind == expr_kind::Name && first.kind == token_kind::name;
    return node;
  }
  if (at(token_kind::equal)) {
    std::size_t mark = list_mark();
    expr* current = e;
    while (at(token_kind::equal)) {
      if (!is_valid_target(current, target_kind::store)) no_assignment_matches();
      set_context(current, expr_context::store);
      list_push(current);
      take();
      if (!attempt([&] { current = parse_value(); })) no_assignment_matches();
    }
    auto* node = make_node<assign_stmt>(stmt_kind::Assign, span_from(first));
    node->targets = finish_list<expr>(mark);
    node->value = current;
    return node;
  }
  if (parser_detail::augmented_operator(look().kind, op)) {
    if (!is_single_target(e)) no_assignment_matches();
    take();
    expr* value = parse_value();  // after CPython's cut: no invalid_assignment from here on
    set_context(e, expr_context::store);
    auto* node = make_node<aug_assign_stmt>(stmt_kind::AugAssign, span_from(first));
    node->target = e;
    node->op = op;
    node->value = value;
    return node;
  }
  if (invalid_pass_ && !at(token_kind::newline) && !at(token_kind::semi)) check_invalid_assignment(start);
  auto* node = make_node<expr_stmt>(stmt_kind::Expr, span_from(first));
  node->value = e;
  return node;
}

// Pass 2, an assignment whose target is wrong: CPython's invalid_assignment, alternative by
// alternative, reparsing the statement from `start` each time. Returns when none applies.
COIL_DECL void parser_rules::check_invalid_assignment(std::size_t start) {
  saved_state s = save();
  auto reset = [&] {
    restore(s);
    pos_ = start;
  };
  // `[a, b]: int`, `(a, b): int`: a list or tuple display (possibly parenthesized) annotated.
  reset();
  if (at(token_kind::lsqb) || at(token_kind::lpar)) {
    expr* target = nullptr;
    if (attempt([&] { target = parse_atom(); }) &&
        (target->kind == expr_kind::List || target->kind == expr_kind::Tuple) && at(token_kind::colon)) {
      take();
      if (attempt([&] { parse_expression(); }))
        raise_at(target->where, "only single target (not " + expression_name(target) + ") can be annotated");
    }
  }
  // `a, b: int`
  reset();
  {
    expr* a = nullptr;
    if (attempt([&] { a = parse_star_named_expression(); }) && accept(token_kind::comma)) {
      // star_named_expressions*: lists of items, one list right after another.
      while (can_start_expression(look().kind) || at(token_kind::star)) {
        if (!attempt([&] { parse_star_named_expression(); })) break;
        accept(token_kind::comma);
      }
      if (accept(token_kind::colon) && attempt([&] { parse_expression(); }))
        raise_at(a->where, "only single target (not tuple) can be annotated");
    }
  }
  // `f(): int`
  reset();
  {
    expr* a = nullptr;
    if (attempt([&] { a = parse_expression(); }) && accept(token_kind::colon) && attempt([&] { parse_expression(); }))
      raise_at(a->where, "illegal target for annotation");
  }
  // `x = f() = 1`: the first part of the chain that is not a target.
  auto skip_targets = [&] {
    while (attempt([&] {
      parse_star_targets();
      expect(token_kind::equal);
    })) {
    }
  };
  reset();
  skip_targets();
  {
    expr* a = nullptr;
    if (attempt([&] { a = parse_star_expressions(); }) && at(token_kind::equal)) raise_invalid_target(a, target_kind::store);
  }
  reset();
  skip_targets();
  if (at(token_kind::kw_yield)) {
    expr* a = nullptr;
    if (attempt([&] { a = parse_yield_expr(); }) && at(token_kind::equal))
      raise_at(a->where, "assignment to yield expression not possible");
  }
  // `(a, b) += 1`
  reset();
  {
    expr* a = nullptr;
    binary_operator op{};
    if (attempt([&] { a = parse_star_expressions(); }) && parser_detail::augmented_operator(look().kind, op)) {
      take();
      if (attempt([&] { at(token_kind::kw_yield) ? parse_yield_expr() : parse_star_expressions(); }))
        raise_at(a->where, "'" + expression_name(a) + "' is an illegal expression for augmented assignment");
    }
  }
  restore(s);
}

// return_stmt: 'return' [star_expressions]
COIL_DECL stmt* parser_rules::parse_return() {
  const token& first = take();
  expr* value = nullptr;
  if (can_start_expression(look().kind) || at(token_kind::star)) value = parse_star_expressions();
  auto* node = make_node<return_stmt>(stmt_kind::Return, span_from(first));
  node->value = value;
  return node;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
COIL_DECL stmt* parser_rules::parse_raise() {
  const token& first = take();
  expr* exc = nullptr;
  expr* cause = nullptr;
  if (can_start_expression(look().kind)) {
    exc = parse_expression();
    if (accept(token_kind::kw_from)) cause = parse_expression();
  }
  auto* node = make_node<raise_stmt>(stmt_kind::Raise, span_from(first));
  node->exc = exc;
  node->cause = cause;
  return node;
}

// global_stmt / nonlocal_stmt: keyword ','.NAME+
COIL_DECL stmt* parser_rules::parse_global_or_nonlocal() {
  const token& first = take();
  std::size_t mark = names_mark();
  do names_scratch_.push_back(identifier(expect(token_kind::name)));
  while (accept(token_kind::comma));
  if (first.kind == token_kind::kw_global) {
    auto* node = make_node<global_stmt>(stmt_kind::Global, span_from(first));
    node->names = finish_names(mark);
    return node;
  }
  auto* node = make_node<nonlocal_stmt>(stmt_kind::Nonlocal, span_from(first));
  node->names = finish_names(mark);
  return node;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
COIL_DECL stmt* parser_rules::parse_del() {
  const token& first = take();
  std::size_t after_del = pos_;
  std::size_t mark = list_mark();
  bool parsed = attempt([&] {
    for (;;) {
      expr* target = parse_primary();
      if (!is_valid_target(target, target_kind::del)) mismatch();
      set_context(target, expr_context::del);
      list_push(target);
      if (!accept(token_kind::comma)) break;
      if (!can_start_expression(look().kind)) break;
    }
    if (!at(token_kind::semi) && !at(token_kind::newline)) mismatch();
  });
  if (!parsed) {
    if (invalid_pass_) {
      pos_ = after_del;
      expr* e = nullptr;
      if ((can_start_expression(look().kind) || at(token_kind::star)) && attempt([&] { e = parse_star_expressions(); }))
        raise_invalid_target(e, target_kind::del);
    }
    mismatch();
  }
  auto* node = make_node<delete_stmt>(stmt_kind::Delete, span_from(first));
  node->targets = finish_list<expr>(mark);
  return node;
}

// assert_stmt: 'assert' expression [',' expression]
COIL_DECL stmt* parser_rules::parse_assert() {
  const token& first = take();
  expr* test = parse_expression();
  expr* msg = accept(token_kind::comma) ? parse_expression() : nullptr;
  auto* node = make_node<assert_stmt>(stmt_kind::Assert, span_from(first));
  node->test = test;
  node->msg = msg;
  return node;
}

// dotted_name: NAME ('.' NAME)*, as written without whitespace ("os.path").
COIL_DECL std::string_view parser_rules::parse_dotted_name(const token*& first) {
  first = &expect(token_kind::name);
  const token* last = first;
  std::size_t parts = 1;
  std::size_t length = first->text.size();
  while (at(token_kind::dot) && kind_at(1) == token_kind::name) {
    take();
    last = &take();
    ++parts;
    length += 1 + last->text.size();
  }
  const char* begin = first->text.data();
  const char* end = last->text.data() + last->text.size();
  if (static_cast<std::size_t>(end - begin) == length && is_ascii(std::string_view(begin, length)))
    return std::string_view(begin, length);
  // Spaces or line continuations between the parts: join them without.
  std::string joined;
  joined.reserve(length);
  for (std::size_t i = static_cast<std::size_t>(first - tokens_.data()); i <= static_cast<std::size_t>(last - tokens_.data()); ++i) {
    if (tokens_[i].kind == token_kind::name) {
      if (!joined.empty()) joined += '.';
      joined += identifier(tokens_[i]);
    }
  }
  return store_text(joined);
}

// import_name: 'import' ','.(dotted_name ['as' NAME])+
COIL_DECL stmt* parser_rules::parse_import() {
  const token& first = take();
  std::size_t mark = list_mark();
  bool any_as = false;
  do {
    const token* name_first = nullptr;
    auto* item = make<alias>();
    item->name = parse_dotted_name(name_first);
    if (accept(token_kind::kw_as)) {
      item->asname = identifier(expect(token_kind::name));
      any_as = true;
    }
    item->where = span_from(*name_first);
    list_push(item);
  } while (accept(token_kind::comma));
  if (invalid_pass_ && !any_as && at(token_kind::kw_from)) {
    // `import a from b` (CPython's invalid_import)
    saved_state s = save();
    take();
    const token* ignored = nullptr;
    if (attempt([&] { parse_dotted_name(ignored); }))
      raise_starting_from(span_of(first), "Did you mean to use 'from ... import ...' instead?");
    restore(s);
  }
  auto* node = make_node<import_stmt>(stmt_kind::Import, span_from(first));
  node->names = finish_list<alias>(mark);
  return node;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets
COIL_DECL stmt* parser_rules::parse_from_import() {
  const token& first = take();
  int level = 0;
  for (;;) {
    if (accept(token_kind::dot))
      level += 1;
    else if (accept(token_kind::ellipsis))
      level += 3;
    else
      break;
  }
  std::string_view module;
  if (level == 0 || at(token_kind::name)) {
    const token* ignored = nullptr;
    module = parse_dotted_name(ignored);
  }
  expect(token_kind::kw_import);
  std::size_t mark = list_mark();
  auto parse_name = [&] {
    const token& name = expect(token_kind::name);
    auto* item = make<alias>();
    item->name = identifier(name);
    if (accept(token_kind::kw_as)) item->asname = identifier(expect(token_kind::name));
    item->where = span_from(name);
    list_push(item);
  };
  if (at(token_kind::lpar)) {
    take();
    parse_name();
    while (accept(token_kind::comma)) {
      if (at(token_kind::rpar)) break;
      parse_name();
    }
    expect(token_kind::rpar);
  } else if (at(token_kind::star)) {
    const token& star = take();
    auto* item = make<alias>();
    item->name = star.text;
    item->where = span_of(star);
    list_push(item);
  } else {
    parse_name();
    while (at(token_kind::comma)) {
      if (kind_at(1) != token_kind::name) {
        if (invalid_pass_) {
          take();
          if (at(token_kind::newline)) raise_at_last_token("trailing comma not allowed without surrounding parentheses");
        }
        mismatch();
      }
      take();
      parse_name();
    }
  }
  auto* node = make_node<import_from_stmt>(stmt_kind::ImportFrom, span_from(first));
  node->module = module;
  node->names = finish_list<alias>(mark);
  node->level = level;
  if (level > 0) raise_at(node->where, "relative imports are not supported");
  return node;
}

// type_alias: "type" NAME [type_params] '=' expression
COIL_DECL stmt* parser_rules::parse_type_alias() {
  const token& first = take();
  const token& name = take();
  node_list<type_param> params;
  if (at(token_kind::lsqb)) params = parse_type_params();
  expect(token_kind::equal);
  expr* value = parse_expression();
  auto* target = make_node<name_expr>(expr_kind::Name, span_of(name));
  target->id = identifier(name);
  target->ctx = expr_context::store;
  auto* node = make_node<type_alias_stmt>(stmt_kind::TypeAlias, span_from(first));
  node->name = target;
  node->type_params = params;
  node->value = value;
  return node;
}

// type_params: '[' ','.type_param+ [','] ']'
// type_param: NAME [':' expression] | '*' NAME | '**' NAME
COIL_DECL node_list<type_param> parser_rules::parse_type_params() {
  take();  // '['
  std::size_t mark = list_mark();
  do {
    if (at(token_kind::rsqb) && list_size(mark) > 0) break;
    const token& first = look();
    auto* param = make<type_param>();
    if (first.kind == token_kind::star || first.kind == token_kind::double_star) {
      take();
      param->name = identifier(expect(token_kind::name));
      param->kind = first.kind == token_kind::star ? type_param_kind::TypeVarTuple : type_param_kind::ParamSpec;
      if (at(token_kind::colon)) {
        // A rule of the grammar proper in CPython 3.12, so this is reported in the first pass.
        const token& colon = take();
        expr* bound = parse_expression();
        std::string what = first.kind == token_kind::star ? "TypeVarTuple" : "ParamSpec";
        raise_starting_from(span_of(colon), bound->kind == expr_kind::Tuple ? "cannot use constraints with " + what
                                                                            : "cannot use bound with " + what);
      }
    } else {
      param->name = identifier(expect(token_kind::name));
      param->kind = type_param_kind::TypeVar;
      if (accept(token_kind::colon)) param->bound = parse_expression();
    }
    param->where = span_from(first);
    list_push(param);
  } while (accept(token_kind::comma));
  expect(token_kind::rsqb);
  return finish_list<type_param>(mark);
}

}  // namespace coil::syntax
