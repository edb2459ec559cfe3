// Compound statements: if/elif/else, while, for, with, try/except/except*/finally, function and
// class definitions with their decorators, and the async forms. Each has CPython's second-pass
// messages for a missing ':' and a missing indented block; elif chains are built in a loop.
#pragma once

#include <coil/syntax/parser_rules.hpp>

#include <string>

namespace coil::syntax {

COIL_DECL stmt* parser_rules::parse_compound_statement() {
  const token& first = look();
  switch (first.kind) {
    case token_kind::kw_def: return parse_function_def(first, false, {});
    case token_kind::kw_async:
      switch (kind_at(1)) {
        case token_kind::kw_def: return parse_function_def(first, true, {});
        case token_kind::kw_with: return parse_with(first, true);
        case token_kind::kw_for: return parse_for(first, true);
        default: mismatch();
      }
    case token_kind::at: return parse_decorated();
    case token_kind::kw_if: return parse_if();
    case token_kind::kw_class: return parse_class_def({});
    case token_kind::kw_with: return parse_with(first, false);
    case token_kind::kw_for: return parse_for(first, false);
    case token_kind::kw_try: return parse_try();
    case token_kind::kw_while: return parse_while();
    default: mismatch();
  }
}

// Pass 2: `if x` followed by a newline (CPython's "expected ':'" rules).
COIL_DECL void parser_rules::check_header_end() {
  if (invalid_pass_ && at(token_kind::newline)) raise_at_last_token("expected ':'");
}

// Pass 2, after a header's ':': a newline not followed by an indented block.
COIL_DECL void parser_rules::check_block_start(const char* what, std::int32_t line) {
  if (invalid_pass_ && at(token_kind::newline) && kind_at(1) != token_kind::indent)
    raise_at_last_token(std::string("expected an indented block after ") + what + " on line " + std::to_string(line),
                        "IndentationError");
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block]); each elif nests an If in
// the orelse of the previous one, so the chain is built from its end.
COIL_DECL stmt* parser_rules::parse_if() {
  depth_guard chain(*this, 0);
  std::size_t mark = list_mark();
  const token* keyword = &take();
  for (;;) {
    bool is_if = keyword->kind == token_kind::kw_if;
    expr* test = parse_named_expression();
    check_header_end();
    expect(token_kind::colon);
    check_block_start(is_if ? "'if' statement" : "'elif' statement", is_if ? test->where.line : keyword->line);
    node_list<stmt> body = parse_block();
    auto* node = make_node<if_stmt>(stmt_kind::If, span_of(*keyword));
    node->test = test;
    node->body = body;
    list_push(node);
    if (!at(token_kind::kw_elif)) break;
    chain.add();
    keyword = &take();
  }
  node_list<stmt> orelse;
  if (at(token_kind::kw_else)) orelse = parse_else_block();
  const token& end = previous();
  std::size_t count = list_size(mark);
  for (std::size_t i = count; i-- > 0;) {
    auto* node = list_item<if_stmt>(mark, i);
    node->where.end_line = end.end_line;
    node->where.end_column = end.end_column;
    node->orelse = i + 1 == count ? orelse : single_list<stmt>(list_item<stmt>(mark, i + 1));
  }
  stmt* result = list_item<stmt>(mark, 0);
  scratch_.resize(mark);
  return result;
}

// else_block: 'else' &&':' block
COIL_DECL node_list<stmt> parser_rules::parse_else_block() {
  const token& keyword = take();
  if (invalid_pass_ && at(token_kind::colon) && kind_at(1) == token_kind::newline && kind_at(2) != token_kind::indent)
    raise_at_last_token("expected an indented block after 'else' statement on line " + std::to_string(keyword.line),
                        "IndentationError");
  expect_forced(token_kind::colon);
  return parse_block();
}

// while_stmt: 'while' named_expression ':' block [else_block]
COIL_DECL stmt* parser_rules::parse_while() {
  const token& first = take();
  expr* test = parse_named_expression();
  check_header_end();
  expect(token_kind::colon);
  check_block_start("'while' statement", first.line);
  node_list<stmt> body = parse_block();
  node_list<stmt> orelse;
  if (at(token_kind::kw_else)) orelse = parse_else_block();
  auto* node = make_node<while_stmt>(stmt_kind::While, span_from(first));
  node->test = test;
  node->body = body;
  node->orelse = orelse;
  return node;
}

// for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
COIL_DECL stmt* parser_rules::parse_for(const token& first, bool is_async) {
  if (is_async) take();
  const token& keyword = take();
  std::size_t after_for = pos_;
  expr* target = nullptr;
  if (!attempt([&] {
        target = parse_star_targets();
        if (!at(token_kind::kw_in)) mismatch();
      })) {
    if (invalid_pass_) check_invalid_for_target(after_for);
    mismatch();
  }
  take();  // 'in'
  expr* iter = parse_star_expressions();
  check_header_end();
  expect(token_kind::colon);
  check_block_start("'for' statement", keyword.line);
  node_list<stmt> body = parse_block();
  node_list<stmt> orelse;
  if (at(token_kind::kw_else)) orelse = parse_else_block();
  auto* node = make_node<for_stmt>(is_async ? stmt_kind::AsyncFor : stmt_kind::For, span_from(first));
  node->target = target;
  node->iter = iter;
  node->body = body;
  node->orelse = orelse;
  return node;
}

// with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | ['async'] 'with' ','.with_item+ ':' block
COIL_DECL stmt* parser_rules::parse_with(const token& first, bool is_async) {
  if (is_async) take();
  const token& keyword = take();
  std::size_t mark = list_mark();
  bool parenthesized = at(token_kind::lpar) && attempt([&] {
    take();
    list_push(parse_with_item());
    while (accept(token_kind::comma)) {
      if (at(token_kind::rpar)) break;
      list_push(parse_with_item());
    }
    expect(token_kind::rpar);
    if (!at(token_kind::colon)) mismatch();
  });
  if (!parenthesized && !attempt([&] {
        do list_push(parse_with_item());
        while (accept(token_kind::comma));
      })) {
    if (invalid_pass_) check_invalid_with_header(keyword);
    mismatch();
  }
  if (invalid_pass_ && !at(token_kind::colon)) check_invalid_with_header(keyword);
  expect(token_kind::colon);
  check_block_start("'with' statement", keyword.line);
  node_list<withitem> items = finish_list<withitem>(mark);
  node_list<stmt> body = parse_block();
  auto* node = make_node<with_stmt>(is_async ? stmt_kind::AsyncWith : stmt_kind::With, span_from(first));
  node->items = items;
  node->body = body;
  return node;
}

// Pass 2, a with header not followed by ':' — CPython's invalid_with_stmt, whose items are
// `expression ['as' star_target]` without the lookahead the real rule has.
COIL_DECL void parser_rules::check_invalid_with_header(const token& keyword) {
  saved_state s = save();
  auto item = [&](bool expressions) {
    if (expressions)
      parse_star_expressions();
    else
      parse_expression();
    if (accept(token_kind::kw_as)) parse_star_target();
  };
  pos_ = static_cast<std::size_t>(&keyword - tokens_.data()) + 1;
  if (attempt([&] {
        do item(false);
        while (accept(token_kind::comma));
        if (!at(token_kind::newline)) mismatch();
      }))
    raise_at_last_token("expected ':'");
  pos_ = static_cast<std::size_t>(&keyword - tokens_.data()) + 1;
  if (at(token_kind::lpar) && attempt([&] {
        take();
        do {
          if (at(token_kind::rpar)) break;
          item(true);
        } while (accept(token_kind::comma));
        expect(token_kind::rpar);
        if (!at(token_kind::newline)) mismatch();
      }))
    raise_at_last_token("expected ':'");
  restore(s);
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
COIL_DECL withitem* parser_rules::parse_with_item() {
  auto* item = make<withitem>();
  item->context_expr = parse_expression();
  if (!at(token_kind::kw_as)) return item;
  saved_state before_as = save();
  take();
  expr* target = nullptr;
  if (attempt([&] {
        target = parse_star_target();
        if (!at(token_kind::comma) && !at(token_kind::rpar) && !at(token_kind::colon)) mismatch();
      })) {
    item->optional_vars = target;
    return item;
  }
  if (invalid_pass_) {
    // `with a as f():` (CPython's invalid_with_item)
    expr* e = nullptr;
    if (attempt([&] { e = parse_expression(); }) && (at(token_kind::comma) || at(token_kind::rpar) || at(token_kind::colon)))
      raise_invalid_target(e, target_kind::store);
  }
  restore(before_as);
  return item;
}

// try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block]
//           | except_star_block+ [else_block] [finally_block])
COIL_DECL stmt* parser_rules::parse_try() {
  const token& first = take();
  if (invalid_pass_ && at(token_kind::colon) && kind_at(1) == token_kind::newline && kind_at(2) != token_kind::indent)
    raise_at_last_token("expected an indented block after 'try' statement on line " + std::to_string(first.line),
                        "IndentationError");
  expect_forced(token_kind::colon);
  node_list<stmt> body = parse_block();
  std::size_t mark = list_mark();
  int star_handlers = -1;  // unknown until the first handler
  while (at(token_kind::kw_except)) {
    bool is_star = kind_at(1) == token_kind::star;
    if (star_handlers != -1 && is_star != (star_handlers == 1)) {
      if (invalid_pass_) {
        check_invalid_except_mix(is_star);
        check_invalid_except();
      }
      break;
    }
    star_handlers = is_star ? 1 : 0;
    list_push(parse_except_block(is_star));
  }
  bool has_handlers = list_size(mark) > 0;
  if (!has_handlers && !at(token_kind::kw_finally)) {
    if (invalid_pass_) raise_at_last_token("expected 'except' or 'finally' block");
    mismatch();
  }
  node_list<except_handler> handlers = finish_list<except_handler>(mark);
  node_list<stmt> orelse;
  if (has_handlers && at(token_kind::kw_else)) orelse = parse_else_block();
  node_list<stmt> finalbody;
  if (at(token_kind::kw_finally)) {
    const token& keyword = take();
    if (invalid_pass_ && at(token_kind::colon) && kind_at(1) == token_kind::newline && kind_at(2) != token_kind::indent)
      raise_at_last_token("expected an indented block after 'finally' statement on line " + std::to_string(keyword.line),
                          "IndentationError");
    expect_forced(token_kind::colon);
    finalbody = parse_block();
  }
  auto* node = make_node<try_stmt>(star_handlers == 1 ? stmt_kind::TryStar : stmt_kind::Try, span_from(first));
  node->body = body;
  node->handlers = handlers;
  node->orelse = orelse;
  node->finalbody = finalbody;
  return node;
}

// Pass 2, at an `except` whose kind (plain or star) differs from the handlers before it.
COIL_DECL void parser_rules::check_invalid_except_mix(bool is_star) {
  saved_state s = save();
  const token& except = take();
  if (is_star) {
    const token& star = take();
    if (attempt([&] {
          parse_expression();
          if (accept(token_kind::kw_as)) expect(token_kind::name);
          expect(token_kind::colon);
        }))
      raise_at(span_between(span_of(except), span_of(star)), "cannot have both 'except' and 'except*' on the same 'try'");
  } else if (attempt([&] {
               if (!at(token_kind::colon)) {
                 parse_expression();
                 if (accept(token_kind::kw_as)) expect(token_kind::name);
               }
               expect(token_kind::colon);
             })) {
    raise_at(span_of(except), "cannot have both 'except' and 'except*' on the same 'try'");
  }
  restore(s);
}

// Pass 2, at any `except`: CPython's invalid_except_stmt, tried alternative by alternative.
COIL_DECL void parser_rules::check_invalid_except() {
  saved_state s = save();
  auto reset = [&] {
    restore(s);
    take();  // 'except'
  };
  reset();
  accept(token_kind::star);
  expr* first = nullptr;
  if (attempt([&] {
        first = parse_expression();
        expect(token_kind::comma);
        parse_expression();
        while (accept(token_kind::comma) && can_start_expression(look().kind)) parse_expression();
        if (accept(token_kind::kw_as)) expect(token_kind::name);
        expect(token_kind::colon);
      }))
    raise_starting_from(first->where, "multiple exception types must be parenthesized");
  reset();
  accept(token_kind::star);
  if (attempt([&] {
        parse_expression();
        if (accept(token_kind::kw_as)) expect(token_kind::name);
        if (!at(token_kind::newline)) mismatch();
      }))
    raise_at_last_token("expected ':'");
  reset();
  if (at(token_kind::newline)) raise_at_last_token("expected ':'");
  if (accept(token_kind::star) && (at(token_kind::newline) || at(token_kind::colon)))
    raise_at_last_token("expected one or more exception types");
  restore(s);
}

// except_block: 'except' [expression ['as' NAME]] ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
COIL_DECL except_handler* parser_rules::parse_except_block(bool is_star) {
  if (invalid_pass_) check_invalid_except();
  const token& first = take();
  if (is_star) take();
  auto* handler = make<except_handler>();
  if (is_star || !at(token_kind::colon)) {
    handler->type = parse_expression();
    if (accept(token_kind::kw_as)) handler->name = identifier(expect(token_kind::name));
  }
  expect(token_kind::colon);
  check_block_start(is_star ? "'except*' statement" : "'except' statement", first.line);
  handler->body = parse_block();
  handler->where = span_from(first);
  return handler;
}

// function_def_raw: ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block
COIL_DECL stmt* parser_rules::parse_function_def(const token& first, bool is_async, node_list<expr> decorators) {
  if (is_async) take();
  const token& keyword = take();
  const token& name = expect(token_kind::name);
  node_list<type_param> params;
  if (at(token_kind::lsqb)) attempt([&] { params = parse_type_params(); });
  expect_forced(token_kind::lpar);
  arguments* args = parse_parameters(false);
  expect(token_kind::rpar);
  expr* returns = nullptr;
  if (at(token_kind::rarrow)) attempt([&] {
      take();
      returns = parse_expression();
    });
  if (invalid_pass_ && at(token_kind::colon) && kind_at(1) == token_kind::newline && kind_at(2) != token_kind::indent)
    raise_at_last_token("expected an indented block after function definition on line " + std::to_string(keyword.line),
                        "IndentationError");
  expect_forced(token_kind::colon);
  node_list<stmt> body = parse_block();
  auto* node = make_node<function_def_stmt>(is_async ? stmt_kind::AsyncFunctionDef : stmt_kind::FunctionDef,
                                            span_from(first));
  node->name = identifier(name);
  node->args = args;
  node->body = body;
  node->decorator_list = decorators;
  node->returns = returns;
  node->type_params = params;
  return node;
}

// class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
COIL_DECL stmt* parser_rules::parse_class_def(node_list<expr> decorators) {
  const token& first = take();
  const token& name = expect(token_kind::name);
  node_list<type_param> params;
  if (at(token_kind::lsqb)) attempt([&] { params = parse_type_params(); });
  call_expr bases{};
  if (at(token_kind::lpar)) parse_call_arguments(look(), &bases, false);
  check_header_end();
  expect(token_kind::colon);
  check_block_start("class definition", first.line);
  node_list<stmt> body = parse_block();
  auto* node = make_node<class_def_stmt>(stmt_kind::ClassDef, span_from(first));
  node->name = identifier(name);
  node->bases = bases.args;
  node->keywords = bases.keywords;
  node->body = body;
  node->decorator_list = decorators;
  node->type_params = params;
  return node;
}

// decorators: ('@' named_expression NEWLINE)+, then a function or class definition.
COIL_DECL stmt* parser_rules::parse_decorated() {
  std::size_t mark = list_mark();
  while (accept(token_kind::at)) {
    list_push(parse_named_expression());
    expect(token_kind::newline);
  }
  node_list<expr> decorators = finish_list<expr>(mark);
  const token& first = look();
  if (first.kind == token_kind::kw_def) return parse_function_def(first, false, decorators);
  if (first.kind == token_kind::kw_async && kind_at(1) == token_kind::kw_def) return parse_function_def(first, true, decorators);
  if (first.kind == token_kind::kw_class) return parse_class_def(decorators);
  mismatch();
}

}  // namespace coil::syntax
