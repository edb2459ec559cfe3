// The match statement and its patterns: literals (numbers, signed and complex numbers, strings,
// None/True/False), captures, the wildcard `_`, dotted values, groups, sequences with `*rest`,
// mappings with `**rest`, class patterns with positional and keyword sub-patterns, `as` and `|`.
//
// `match` is a soft keyword: a statement starting with the name `match` is a match statement only
// if a subject and ':' follow (then a newline), otherwise it is read as an ordinary statement.
#pragma once

#include <coil/syntax/parser_rules.hpp>

#include <string>

namespace coil::syntax {

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT; null when the
// statement is not a match statement after all (the cursor is then back at `match`).
COIL_DECL stmt* parser_rules::parse_match(const token& first) {
  saved_state before = save();
  take();
  expr* subject = nullptr;
  if (!attempt([&] { subject = parse_subject(); })) {
    restore(before);
    return nullptr;
  }
  if (!at(token_kind::colon)) {
    if (invalid_pass_ && at(token_kind::newline)) raise_at_last_token("expected ':'");
    restore(before);
    return nullptr;
  }
  take();
  if (!at(token_kind::newline)) {
    restore(before);
    return nullptr;
  }
  check_block_start("'match' statement", first.line);
  take();
  expect(token_kind::indent);
  depth_guard guard(*this);
  std::size_t mark = list_mark();
  do list_push(parse_case_block());
  while (!at(token_kind::dedent));
  take();
  auto* node = make_node<match_stmt>(stmt_kind::Match, span_from(first));
  node->subject = subject;
  node->cases = finish_list<match_case>(mark);
  return node;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
COIL_DECL expr* parser_rules::parse_subject() {
  const token& first = look();
  expr* e = parse_star_named_expression();
  if (!at(token_kind::comma)) {
    if (e->kind == expr_kind::Starred) mismatch();
    return e;
  }
  std::size_t mark = list_mark();
  list_push(e);
  while (accept(token_kind::comma)) {
    if (!can_start_expression(look().kind) && !at(token_kind::star)) break;
    list_push(parse_star_named_expression());
  }
  auto* tuple = make_node<tuple_expr>(expr_kind::Tuple, span_from(first));
  tuple->elts = finish_list<expr>(mark);
  return tuple;
}

// case_block: "case" patterns guard? ':' block
COIL_DECL match_case* parser_rules::parse_case_block() {
  if (!at_soft_keyword("case")) mismatch();
  const token& keyword = take();
  auto* result = make<match_case>();
  result->pattern_ = parse_patterns();
  if (accept(token_kind::kw_if)) result->guard = parse_named_expression();
  check_header_end();
  expect(token_kind::colon);
  check_block_start("'case' statement", keyword.line);
  result->body = parse_block();
  return result;
}

namespace parser_detail {

inline bool can_start_pattern(token_kind kind) {
  switch (kind) {
    case token_kind::number:
    case token_kind::minus:
    case token_kind::string:
    case token_kind::fstring_start:
    case token_kind::kw_none:
    case token_kind::kw_true:
    case token_kind::kw_false:
    case token_kind::name:
    case token_kind::lpar:
    case token_kind::lsqb:
    case token_kind::lbrace:
    case token_kind::star: return true;
    default: return false;
  }
}

}  // namespace parser_detail

// patterns: open_sequence_pattern | pattern — `case a, *b:` is a sequence without brackets.
COIL_DECL pattern* parser_rules::parse_patterns() {
  const token& first = look();
  pattern* p = parse_maybe_star_pattern();
  if (!at(token_kind::comma)) {
    if (p->kind == pattern_kind::MatchStar) mismatch();
    return p;
  }
  std::size_t mark = list_mark();
  list_push(p);
  while (accept(token_kind::comma)) {
    if (!parser_detail::can_start_pattern(look().kind)) break;
    list_push(parse_maybe_star_pattern());
  }
  auto* node = make_node<match_sequence_pattern>(pattern_kind::MatchSequence, span_from(first));
  node->patterns = finish_list<pattern>(mark);
  return node;
}

// maybe_star_pattern: '*' (capture target | '_') | pattern
COIL_DECL pattern* parser_rules::parse_maybe_star_pattern() {
  if (!at(token_kind::star)) return parse_pattern();
  const token& star = take();
  auto* node = make<match_star_pattern>();
  node->kind = pattern_kind::MatchStar;
  if (at_soft_keyword("_")) {
    take();
  } else {
    node->name = parse_capture_target();
  }
  node->where = span_from(star);
  return node;
}

COIL_DECL bool parser_rules::at_capture_target() {
  if (!at(token_kind::name) || look().text == "_") return false;
  token_kind next = kind_at(1);
  return next != token_kind::dot && next != token_kind::lpar && next != token_kind::equal;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
COIL_DECL std::string_view parser_rules::parse_capture_target() {
  if (!at_capture_target()) mismatch();
  return identifier(take());
}

// pattern: or_pattern ['as' pattern_capture_target]
COIL_DECL pattern* parser_rules::parse_pattern() {
  const token& first = look();
  pattern* p = parse_or_pattern();
  if (!at(token_kind::kw_as)) return p;
  take();
  if (!at_capture_target()) {
    if (invalid_pass_) {
      if (at_soft_keyword("_")) raise_at(span_of(look()), "cannot use '_' as a target");
      if (!at(token_kind::name)) {
        expr* target = nullptr;
        if (attempt([&] { target = parse_expression(); })) raise_at(target->where, "invalid pattern target");
      }
    }
    mismatch();
  }
  std::string_view name = identifier(take());
  auto* node = make_node<match_as_pattern>(pattern_kind::MatchAs, span_from(first));
  node->pattern_ = p;
  node->name = name;
  return node;
}

// or_pattern: '|'.closed_pattern+
COIL_DECL pattern* parser_rules::parse_or_pattern() {
  const token& first = look();
  pattern* p = parse_closed_pattern();
  if (!at(token_kind::vbar)) return p;
  std::size_t mark = list_mark();
  list_push(p);
  while (accept(token_kind::vbar)) list_push(parse_closed_pattern());
  auto* node = make_node<match_or_pattern>(pattern_kind::MatchOr, span_from(first));
  node->patterns = finish_list<pattern>(mark);
  return node;
}

// signed_number: NUMBER | '-' NUMBER
COIL_DECL expr* parser_rules::parse_signed_number() {
  if (!at(token_kind::minus)) {
    if (!at(token_kind::number)) mismatch();
    return parse_number();
  }
  const token& minus = take();
  if (!at(token_kind::number)) mismatch();
  expr* number = parse_number();
  auto* node = make_node<unary_op_expr>(expr_kind::UnaryOp, span_from(minus));
  node->op = unary_operator::minus;
  node->operand = number;
  return node;
}

// signed_number !('+' | '-') | complex_number, as a value (pattern literals and mapping keys).
COIL_DECL expr* parser_rules::parse_literal_number_pattern_value() {
  const token& first = look();
  expr* real = parse_signed_number();
  if (!at(token_kind::plus) && !at(token_kind::minus)) return real;
  const expr* real_number = real->kind == expr_kind::UnaryOp ? real->as<unary_op_expr>().operand : real;
  if (real_number->as<constant_expr>().what == constant_kind::imaginary)
    raise_at(real_number->where, "real number required in complex literal");
  const token& op = take();
  if (!at(token_kind::number)) mismatch();
  expr* imaginary = parse_number();
  if (imaginary->as<constant_expr>().what != constant_kind::imaginary)
    raise_at(imaginary->where, "imaginary number required in complex literal");
  auto* node = make_node<bin_op_expr>(expr_kind::BinOp, span_from(first));
  node->left = real;
  node->op = op.kind == token_kind::plus ? binary_operator::add : binary_operator::sub;
  node->right = imaginary;
  return node;
}

// name_or_attr: NAME ('.' NAME)*
COIL_DECL expr* parser_rules::parse_name_or_attr() {
  const token& first = expect(token_kind::name);
  auto* name = make_node<name_expr>(expr_kind::Name, span_of(first));
  name->id = identifier(first);
  expr* e = name;
  while (at(token_kind::dot) && kind_at(1) == token_kind::name) {
    take();
    const token& attr = take();
    auto* node = make_node<attribute_expr>(expr_kind::Attribute, span_from(first));
    node->value = e;
    node->attr = identifier(attr);
    e = node;
  }
  return e;
}

// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
COIL_DECL pattern* parser_rules::parse_closed_pattern() {
  depth_guard guard(*this);
  const token& t = look();
  auto value_pattern = [&](expr* value) -> pattern* {
    auto* node = make_node<match_value_pattern>(pattern_kind::MatchValue, value->where);
    node->value = value;
    return node;
  };
  switch (t.kind) {
    case token_kind::number:
    case token_kind::minus: return value_pattern(parse_literal_number_pattern_value());
    case token_kind::string:
    case token_kind::fstring_start: return value_pattern(parse_strings());
    case token_kind::kw_none:
    case token_kind::kw_true:
    case token_kind::kw_false: {
      take();
      auto* node = make_node<match_singleton_pattern>(pattern_kind::MatchSingleton, span_of(t));
      node->value = t.kind == token_kind::kw_none   ? constant_kind::none
                    : t.kind == token_kind::kw_true ? constant_kind::true_
                                                    : constant_kind::false_;
      return node;
    }
    case token_kind::name: {
      if (t.text == "_") {
        take();
        return make_node<match_as_pattern>(pattern_kind::MatchAs, span_of(t));
      }
      if (at_capture_target()) {
        take();
        auto* node = make_node<match_as_pattern>(pattern_kind::MatchAs, span_of(t));
        node->name = identifier(t);
        return node;
      }
      expr* e = parse_name_or_attr();
      if (at(token_kind::lpar)) return parse_class_pattern(e);
      if (e->kind != expr_kind::Attribute || at(token_kind::dot) || at(token_kind::equal)) mismatch();
      return value_pattern(e);
    }
    case token_kind::lpar: {
      const token& open = take();
      if (accept(token_kind::rpar)) return make_node<match_sequence_pattern>(pattern_kind::MatchSequence, span_from(open));
      pattern* p = parse_maybe_star_pattern();
      if (!at(token_kind::comma)) {
        expect(token_kind::rpar);
        if (p->kind == pattern_kind::MatchStar) mismatch();
        return p;
      }
      std::size_t mark = list_mark();
      list_push(p);
      while (accept(token_kind::comma)) {
        if (at(token_kind::rpar)) break;
        list_push(parse_maybe_star_pattern());
      }
      expect(token_kind::rpar);
      auto* node = make_node<match_sequence_pattern>(pattern_kind::MatchSequence, span_from(open));
      node->patterns = finish_list<pattern>(mark);
      return node;
    }
    case token_kind::lsqb: {
      const token& open = take();
      std::size_t mark = list_mark();
      while (!at(token_kind::rsqb)) {
        list_push(parse_maybe_star_pattern());
        if (!accept(token_kind::comma)) break;
      }
      expect(token_kind::rsqb);
      auto* node = make_node<match_sequence_pattern>(pattern_kind::MatchSequence, span_from(open));
      node->patterns = finish_list<pattern>(mark);
      return node;
    }
    case token_kind::lbrace: return parse_mapping_pattern();
    default: mismatch();
  }
}

// mapping_pattern: '{' [items] [',' '**' capture] [','] '}'
COIL_DECL pattern* parser_rules::parse_mapping_pattern() {
  const token& open = take();
  std::size_t mark = list_mark();
  std::string_view rest;
  while (!at(token_kind::rbrace)) {
    if (at(token_kind::double_star)) {
      take();
      rest = parse_capture_target();
      accept(token_kind::comma);
      break;
    }
    const token& t = look();
    expr* key = nullptr;
    switch (t.kind) {
      case token_kind::number:
      case token_kind::minus: key = parse_literal_number_pattern_value(); break;
      case token_kind::string:
      case token_kind::fstring_start: key = parse_strings(); break;
      case token_kind::kw_none:
      case token_kind::kw_true:
      case token_kind::kw_false: key = parse_atom(); break;
      case token_kind::name:
        key = parse_name_or_attr();
        if (key->kind != expr_kind::Attribute) mismatch();
        break;
      default: mismatch();
    }
    expect(token_kind::colon);
    list_push(key);
    list_push(parse_pattern());
    if (!accept(token_kind::comma)) break;
  }
  expect(token_kind::rbrace);
  auto* node = make_node<match_mapping_pattern>(pattern_kind::MatchMapping, span_from(open));
  std::size_t count = list_size(mark) / 2;
  if (count) {
    auto** keys = static_cast<expr**>(arena_.allocate(sizeof(expr*) * count, alignof(expr*)));
    auto** patterns = static_cast<pattern**>(arena_.allocate(sizeof(pattern*) * count, alignof(pattern*)));
    for (std::size_t i = 0; i < count; ++i) {
      keys[i] = list_item<expr>(mark, 2 * i);
      patterns[i] = list_item<pattern>(mark, 2 * i + 1);
    }
    node->keys = node_list<expr>(keys, count);
    node->patterns = node_list<pattern>(patterns, count);
  }
  scratch_.resize(mark);
  node->rest = rest;
  return node;
}

// class_pattern: name_or_attr '(' [positional patterns] [keyword patterns] [','] ')'
COIL_DECL pattern* parser_rules::parse_class_pattern(expr* cls) {
  take();  // '('
  std::size_t positional_mark = list_mark();
  std::size_t names = names_mark();
  std::size_t keyword_count = 0;
  // Keyword patterns are collected after the positional ones; both share the scratch list, so
  // positional patterns after a keyword one (an error) are caught before they are pushed.
  while (!at(token_kind::rpar)) {
    if (at(token_kind::name) && kind_at(1) == token_kind::equal) {
      names_scratch_.push_back(identifier(take()));
      take();
      list_push(parse_pattern());
      ++keyword_count;
    } else {
      if (keyword_count > 0) {
        if (invalid_pass_) {
          pattern* first = parse_pattern();
          pattern* last = first;
          while (at(token_kind::comma) && attempt([&] {
            take();
            last = parse_pattern();
          })) {
          }
          raise_at(span_between(first->where, last->where), "positional patterns follow keyword patterns");
        }
        mismatch();
      }
      list_push(parse_pattern());
    }
    if (!accept(token_kind::comma)) break;
  }
  expect(token_kind::rpar);
  std::size_t total = list_size(positional_mark);
  std::size_t positional = total - keyword_count;
  auto* node = make_node<match_class_pattern>(pattern_kind::MatchClass, span_from(cls->where));
  node->cls = cls;
  if (positional) {
    auto** items = static_cast<pattern**>(arena_.allocate(sizeof(pattern*) * positional, alignof(pattern*)));
    for (std::size_t i = 0; i < positional; ++i) items[i] = list_item<pattern>(positional_mark, i);
    node->patterns = node_list<pattern>(items, positional);
  }
  if (keyword_count) {
    auto** items = static_cast<pattern**>(arena_.allocate(sizeof(pattern*) * keyword_count, alignof(pattern*)));
    for (std::size_t i = 0; i < keyword_count; ++i) items[i] = list_item<pattern>(positional_mark, positional + i);
    node->kwd_patterns = node_list<pattern>(items, keyword_count);
  }
  scratch_.resize(positional_mark);
  node->kwd_attrs = finish_names(names);
  return node;
}

}  // namespace coil::syntax
