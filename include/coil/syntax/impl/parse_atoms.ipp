// Atoms: names, constants, numbers, and the bracketed forms — tuples, groups and generator
// expressions in parentheses, lists and list comprehensions, dicts, sets and their
// comprehensions — plus the comprehension clauses they share. Strings are in parse_fstrings.ipp.
//
// Each bracketed form parses its first element once and then decides by the next token (`for`:
// a comprehension, `,`: a tuple or display, `:`: a dict), where the PEG grammar would try the
// alternatives one after the other.
#pragma once

#include <coil/syntax/literals.hpp>
#include <coil/syntax/parser_rules.hpp>

namespace coil::syntax {

// atom: NAME | True | False | None | strings | NUMBER | tuple | group | genexp | list | listcomp
//       | dict | set | dictcomp | setcomp | '...'
COIL_DECL expr* parser_rules::parse_atom() {
  const token& t = look();
  switch (t.kind) {
    case token_kind::name: {
      take();
      auto* node = make_node<name_expr>(expr_kind::Name, span_of(t));
      node->id = identifier(t);
      return node;
    }
    case token_kind::kw_true:
    case token_kind::kw_false:
    case token_kind::kw_none:
    case token_kind::ellipsis: {
      take();
      auto* node = make_node<constant_expr>(expr_kind::Constant, span_of(t));
      node->what = t.kind == token_kind::kw_true    ? constant_kind::true_
                   : t.kind == token_kind::kw_false ? constant_kind::false_
                   : t.kind == token_kind::kw_none  ? constant_kind::none
                                                    : constant_kind::ellipsis;
      return node;
    }
    case token_kind::string:
    case token_kind::fstring_start: return parse_strings();
    case token_kind::number: return parse_number();
    case token_kind::lpar: return parse_parenthesized();
    case token_kind::lsqb: return parse_list();
    case token_kind::lbrace: return parse_braces();
    default: mismatch();
  }
}

COIL_DECL expr* parser_rules::parse_number() {
  const token& t = take();
  number_literal number = decode_number(t.text);
  auto* node = make_node<constant_expr>(expr_kind::Constant, span_of(t));
  node->what = number.kind;
  node->text = store_text(number.digits);
  node->base = number.base;
  node->number = number.value;
  return node;
}

// '(' ... ')': the empty tuple, a group (one expression or yield), a tuple, or a generator expression.
COIL_DECL expr* parser_rules::parse_parenthesized() {
  const token& open = take();
  if (accept(token_kind::rpar)) {
    auto* tuple = make_node<tuple_expr>(expr_kind::Tuple, span_from(open));
    return tuple;
  }
  if (at(token_kind::kw_yield)) {
    expr* value = parse_yield_expr();
    expect(token_kind::rpar);
    return value;
  }
  if (at(token_kind::double_star)) {
    // Pass 2: CPython's invalid_group for `(**mapping)`.
    if (invalid_pass_) {
      saved_state s = save();
      const token& stars = take();
      if (attempt([&] { parse_expression(); }) && at(token_kind::rpar))
        raise_at(span_of(stars), "cannot use double starred expression here");
      restore(s);
    }
    mismatch();
  }
  expr* first = parse_star_named_expression();
  if (at(token_kind::kw_for) || (at(token_kind::kw_async) && kind_at(1) == token_kind::kw_for)) {
    if (first->kind == expr_kind::Starred) {
      if (invalid_pass_) {
        parse_comprehension_clauses();
        raise_at(first->where, "iterable unpacking cannot be used in comprehension");
      }
      mismatch();
    }
    node_list<comprehension> generators = parse_comprehension_clauses();
    expect(token_kind::rpar);
    auto* node = make_node<generator_exp_expr>(expr_kind::GeneratorExp, span_from(open));
    node->elt = first;
    node->generators = generators;
    return node;
  }
  if (at(token_kind::comma)) {
    std::size_t mark = list_mark();
    list_push(first);
    while (accept(token_kind::comma)) {
      if (!can_start_expression(look().kind) && !at(token_kind::star)) break;
      if (!attempt([&] { list_push(parse_star_named_expression()); })) break;
    }
    expect(token_kind::rpar);
    auto* tuple = make_node<tuple_expr>(expr_kind::Tuple, span_from(open));
    tuple->elts = finish_list<expr>(mark);
    return tuple;
  }
  if (first->kind == expr_kind::Starred) {
    if (invalid_pass_ && at(token_kind::rpar)) raise_at(first->where, "cannot use starred expression here");
    mismatch();
  }
  expect(token_kind::rpar);
  return first;
}

// '[' ... ']': a list display or a list comprehension.
COIL_DECL expr* parser_rules::parse_list() {
  const token& open = take();
  if (accept(token_kind::rsqb)) return make_node<list_expr>(expr_kind::List, span_from(open));
  expr* first = parse_star_named_expression();
  auto at_for = [&] { return at(token_kind::kw_for) || (at(token_kind::kw_async) && kind_at(1) == token_kind::kw_for); };
  if (at_for()) {
    if (first->kind == expr_kind::Starred) {
      if (invalid_pass_) {
        parse_comprehension_clauses();
        raise_at(first->where, "iterable unpacking cannot be used in comprehension");
      }
      mismatch();
    }
    node_list<comprehension> generators = parse_comprehension_clauses();
    expect(token_kind::rsqb);
    auto* node = make_node<list_comp_expr>(expr_kind::ListComp, span_from(open));
    node->elt = first;
    node->generators = generators;
    return node;
  }
  std::size_t mark = list_mark();
  list_push(first);
  const token* trailing_comma = nullptr;
  while (at(token_kind::comma)) {
    trailing_comma = &take();
    if (!can_start_expression(look().kind) && !at(token_kind::star)) break;
    if (!attempt([&] { list_push(parse_star_named_expression()); })) break;
    trailing_comma = nullptr;
  }
  if (invalid_pass_ && (list_size(mark) > 1 || trailing_comma) && at_for())
    check_invalid_comprehension(first, list_size(mark) > 1 ? list_item<expr>(mark, list_size(mark) - 1)->where
                                                           : span_of(*trailing_comma));
  expect(token_kind::rsqb);
  auto* node = make_node<list_expr>(expr_kind::List, span_from(open));
  node->elts = finish_list<expr>(mark);
  return node;
}

// Pass 2: `[a, b for ...]` and `[a, for ...]`, a display followed by comprehension clauses
// (CPython's invalid_comprehension): the range runs from the first item to the last one (or to the
// comma after a lone first item).
COIL_DECL void parser_rules::check_invalid_comprehension(expr* first, const source_span& last) {
  saved_state s = save();
  if (attempt([&] { parse_comprehension_clauses(); }))
    raise_at(span_between(first->where, last), "did you forget parentheses around the comprehension target?");
  restore(s);
}

// '{' ... '}': dict, set, dict comprehension or set comprehension.
COIL_DECL expr* parser_rules::parse_braces() {
  const token& open = take();
  if (accept(token_kind::rbrace)) return make_node<dict_expr>(expr_kind::Dict, span_from(open));
  auto at_for = [&] { return at(token_kind::kw_for) || (at(token_kind::kw_async) && kind_at(1) == token_kind::kw_for); };
  std::size_t mark = list_mark();
  if (at(token_kind::double_star)) {
    const token& stars = take();
    expr* value = parse_bitwise_or();
    if (at_for()) {
      if (invalid_pass_ && attempt([&] { parse_comprehension_clauses(); }) && at(token_kind::rbrace))
        raise_at(span_of(stars), "dict unpacking cannot be used in dict comprehension");
      mismatch();
    }
    list_push(nullptr);
    list_push(value);
    return parse_dict_rest(open, mark);
  }
  expr* first;
  if (at(token_kind::name) && kind_at(1) == token_kind::colon_equal) {
    first = parse_assignment_expression();
  } else if (at(token_kind::star)) {
    first = parse_star_named_expression();
  } else {
    std::size_t start = pos_;
    first = parse_expression();
    if (at(token_kind::colon)) {
      take();
      if (invalid_pass_) check_invalid_dict_item();
      expr* value = parse_expression();
      if (at_for()) {
        node_list<comprehension> generators = parse_comprehension_clauses();
        expect(token_kind::rbrace);
        auto* node = make_node<dict_comp_expr>(expr_kind::DictComp, span_from(open));
        node->key = first;
        node->value = value;
        node->generators = generators;
        return node;
      }
      list_push(first);
      list_push(value);
      return parse_dict_rest(open, mark);
    }
    if (at(token_kind::colon_equal)) mismatch();
    if (invalid_pass_ && at(token_kind::equal)) check_invalid_named_expression(first, start);
  }
  if (at_for()) {
    if (first->kind == expr_kind::Starred) {
      if (invalid_pass_) {
        parse_comprehension_clauses();
        raise_at(first->where, "iterable unpacking cannot be used in comprehension");
      }
      mismatch();
    }
    node_list<comprehension> generators = parse_comprehension_clauses();
    expect(token_kind::rbrace);
    auto* node = make_node<set_comp_expr>(expr_kind::SetComp, span_from(open));
    node->elt = first;
    node->generators = generators;
    return node;
  }
  list_push(first);
  const token* trailing_comma = nullptr;
  while (at(token_kind::comma)) {
    trailing_comma = &take();
    if (!can_start_expression(look().kind) && !at(token_kind::star)) break;
    if (!attempt([&] { list_push(parse_star_named_expression()); })) break;
    trailing_comma = nullptr;
  }
  if (invalid_pass_ && (list_size(mark) > 1 || trailing_comma) && at_for())
    check_invalid_comprehension(first, list_size(mark) > 1 ? list_item<expr>(mark, list_size(mark) - 1)->where
                                                           : span_of(*trailing_comma));
  expect(token_kind::rbrace);
  auto* node = make_node<set_expr>(expr_kind::Set, span_from(open));
  node->elts = finish_list<expr>(mark);
  return node;
}

// Pass 2, just after a dict key's ':' — CPython's invalid_double_starred_kvpairs / invalid_kvpair.
COIL_DECL void parser_rules::check_invalid_dict_item() {
  const token& colon = previous();
  if (at(token_kind::rbrace) || at(token_kind::comma))
    raise_at(span_of(colon), "expression expected after dictionary key and ':'");
  if (at(token_kind::star)) {
    saved_state s = save();
    const token& star = take();
    if (attempt([&] { parse_bitwise_or(); }))
      raise_starting_from(span_of(star), "cannot use a starred expression in a dictionary value");
    restore(s);
  }
}

// The items of a dict after its first one; the scratch list from `mark` holds key/value pairs
// (a null key for `**mapping`).
COIL_DECL expr* parser_rules::parse_dict_rest(const token& open, std::size_t mark) {
  while (accept(token_kind::comma)) {
    if (at(token_kind::rbrace)) break;
    if (at(token_kind::double_star)) {
      take();
      list_push(nullptr);
      list_push(parse_bitwise_or());
      continue;
    }
    skip_expression_checks_ = true;
    expr* key = parse_expression();
    if (!at(token_kind::colon)) {
      if (invalid_pass_)
        raise_raw(key->where.line, key->where.end_column - 1, key->where.end_line, -1,
                  "':' expected after dictionary key");
      mismatch();
    }
    take();
    if (invalid_pass_) check_invalid_dict_item();
    list_push(key);
    list_push(parse_expression());
  }
  expect(token_kind::rbrace);
  auto* node = make_node<dict_expr>(expr_kind::Dict, span_from(open));
  std::size_t count = list_size(mark) / 2;
  auto** keys = static_cast<expr**>(arena_.allocate(sizeof(expr*) * count, alignof(expr*)));
  auto** values = static_cast<expr**>(arena_.allocate(sizeof(expr*) * count, alignof(expr*)));
  for (std::size_t i = 0; i < count; ++i) {
    keys[i] = list_item<expr>(mark, 2 * i);
    values[i] = list_item<expr>(mark, 2 * i + 1);
  }
  scratch_.resize(mark);
  node->keys = node_list<expr>(keys, count);
  node->values = node_list<expr>(values, count);
  return node;
}

// for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
COIL_DECL node_list<comprehension> parser_rules::parse_comprehension_clauses() {
  std::size_t mark = list_mark();
  while (at(token_kind::kw_for) || (at(token_kind::kw_async) && kind_at(1) == token_kind::kw_for)) {
    bool is_async = accept(token_kind::kw_async);
    take();  // 'for'
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
    expr* iter = parse_disjunction();
    std::size_t ifs_mark = list_mark();
    while (accept(token_kind::kw_if)) list_push(parse_disjunction());
    auto* clause = make<comprehension>();
    clause->target = target;
    clause->iter = iter;
    clause->ifs = finish_list<expr>(ifs_mark);
    clause->is_async = is_async;
    list_push(clause);
  }
  if (list_size(mark) == 0) mismatch();
  return finish_list<comprehension>(mark);
}

// Pass 2, after `for` whose targets did not parse: CPython's invalid_for_target, which reparses
// them as an expression to name what cannot be assigned to.
COIL_DECL void parser_rules::check_invalid_for_target(std::size_t after_for) {
  saved_state s = save();
  pos_ = after_for;
  expr* e = nullptr;
  if (attempt([&] { e = parse_star_expressions(); })) raise_invalid_target(e, target_kind::for_loop);
  restore(s);
}

}  // namespace coil::syntax
