// String literals: implicit concatenation of adjacent string, bytes and f-string literals, and
// the f-string parts the lexer hands over as tokens (fstring_start, fstring_middle, '{' expression
// ['='] ['!' conversion] [':' format spec] '}', fstring_end). Built exactly as CPython 3.12.1:
// adjacent constant parts are merged (the merged part takes the first part's `u` kind), empty
// ones dropped; a format spec keeps its parts as the tokens give them, and `{x=}` adds the source
// text `x=` before the value with conversion 'r' unless a conversion or format spec is given.
#pragma once

#include <coil/syntax/literals.hpp>
#include <coil/syntax/parser_rules.hpp>

#include <string>

namespace coil::syntax {

COIL_DECL expr* parser_rules::make_string_constant(std::string_view value, const source_span& where, bool u_prefix) {
  auto* node = make_node<constant_expr>(expr_kind::Constant, where);
  node->what = constant_kind::string;
  node->text = value;
  node->u_prefix = u_prefix;
  return node;
}

// strings: (fstring | string)+
COIL_DECL expr* parser_rules::parse_strings() {
  const token& first = look();
  std::size_t mark = list_mark();
  bool any_bytes = false, any_text = false, any_fstring = false;
  for (;;) {
    if (at(token_kind::string)) {
      const token& t = take();
      auto decoded = decode_string(t.text);
      if (!decoded) raise_at(span_of(t), decoded.error().message);
      auto* node = make_node<constant_expr>(expr_kind::Constant, span_of(t));
      node->what = decoded->is_bytes ? constant_kind::bytes : constant_kind::string;
      node->text = store_text(decoded->value);
      node->u_prefix = t.text[0] == 'u';  // CPython gives kind 'u' for a lowercase prefix only
      (decoded->is_bytes ? any_bytes : any_text) = true;
      list_push(node);
    } else if (at(token_kind::fstring_start)) {
      list_push(parse_fstring());
      any_fstring = true;
    } else {
      break;
    }
  }
  if (any_bytes && (any_text || any_fstring)) raise_at_last_token("cannot mix bytes and nonbytes literals");
  std::size_t count = list_size(mark);
  if (!any_fstring && count == 1) {
    expr* only = list_item<expr>(mark, 0);
    scratch_.resize(mark);
    return only;
  }
  if (!any_fstring) {
    // Plain strings (or bytes): one constant with everything, of the first one's kind.
    std::string joined;
    for (std::size_t i = 0; i < count; ++i) joined += list_item<constant_expr>(mark, i)->text;
    auto* node = make_node<constant_expr>(expr_kind::Constant, span_from(first));
    const auto* head = list_item<constant_expr>(mark, 0);
    node->what = head->what;
    node->u_prefix = head->u_prefix;
    node->text = store_text(joined);
    scratch_.resize(mark);
    return node;
  }
  // Flatten the f-strings' parts after the pieces, then merge runs of constants into the result.
  std::size_t flat = list_mark();
  for (std::size_t i = 0; i < count; ++i) {
    expr* piece = list_item<expr>(mark, i);
    if (piece->kind == expr_kind::JoinedStr) {
      for (expr* part : piece->as<joined_str_expr>().values) list_push(part);
    } else {
      list_push(piece);
    }
  }
  std::size_t values = list_mark();
  std::size_t flat_count = values - flat;
  for (std::size_t i = 0; i < flat_count;) {
    expr* part = list_item<expr>(flat, i);
    if (part->kind != expr_kind::Constant) {
      list_push(part);
      ++i;
      continue;
    }
    std::size_t run_end = i + 1;
    while (run_end < flat_count && list_item<expr>(flat, run_end)->kind == expr_kind::Constant) ++run_end;
    auto* head = static_cast<constant_expr*>(part);
    if (run_end - i == 1) {
      if (!head->text.empty()) list_push(head);
    } else {
      std::string joined;
      for (std::size_t j = i; j < run_end; ++j) joined += list_item<constant_expr>(flat, j)->text;
      if (!joined.empty()) {
        const auto* tail = list_item<constant_expr>(flat, run_end - 1);
        list_push(make_string_constant(store_text(joined), span_between(head->where, tail->where), head->u_prefix));
      }
    }
    i = run_end;
  }
  // Move the merged values down over the pieces, then build the node.
  std::size_t merged = list_mark() - values;
  for (std::size_t i = 0; i < merged; ++i) scratch_[mark + i] = scratch_[values + i];
  scratch_.resize(mark + merged);
  auto* node = make_node<joined_str_expr>(expr_kind::JoinedStr, span_from(first));
  node->values = finish_list<expr>(mark);
  return node;
}

// fstring: FSTRING_START (FSTRING_MIDDLE | replacement_field)* FSTRING_END — the parts unmerged;
// parse_strings merges them.
COIL_DECL expr* parser_rules::parse_fstring() {
  const token& start = take();
  depth_guard guard(*this);
  bool raw = read_string_prefix(start.text).raw;
  std::size_t mark = list_mark();
  for (;;) {
    if (at(token_kind::fstring_middle)) {
      const token& t = take();
      auto decoded = decode_fstring_middle(t.text, raw);
      if (!decoded) raise_at(span_of(t), decoded.error().message);
      list_push(make_string_constant(store_text(*decoded), span_of(t), false));
    } else if (at(token_kind::lbrace)) {
      parse_replacement_field(raw);
    } else {
      break;
    }
  }
  expect(token_kind::fstring_end);
  auto* node = make_node<joined_str_expr>(expr_kind::JoinedStr, span_from(start));
  node->values = finish_list<expr>(mark);
  return node;
}

// '{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' format_spec] '}': pushes a
// FormattedValue, preceded by the debug text constant for `{x=}`.
COIL_DECL void parser_rules::parse_replacement_field(bool raw) {
  const token& open = take();
  depth_guard guard(*this);
  if (invalid_pass_) {
    // CPython's invalid_replacement_field, in its order.
    const token& next = look();
    switch (next.kind) {
      case token_kind::equal: raise_at(span_of(next), "f-string: valid expression required before '='");
      case token_kind::exclamation: raise_at(span_of(next), "f-string: valid expression required before '!'");
      case token_kind::colon: raise_at(span_of(next), "f-string: valid expression required before ':'");
      case token_kind::rbrace: raise_at(span_of(next), "f-string: valid expression required before '}'");
      default: break;
    }
  }
  expr* value = nullptr;
  auto parse_value = [&] { value = at(token_kind::kw_yield) ? parse_yield_expr() : parse_star_expressions(); };
  if (invalid_pass_) {
    std::size_t after_open = pos_;
    if (!attempt(parse_value)) {
      pos_ = after_open;
      raise_at_next_token("f-string: expecting a valid expression after '{'");
    }
  } else {
    parse_value();
  }
  const token* equal = nullptr;
  if (at(token_kind::equal)) equal = &take();
  const token* bang = nullptr;
  const token* conversion_name = nullptr;
  if (at(token_kind::exclamation)) {
    bang = &take();
    if (!at(token_kind::name)) {
      if (invalid_pass_) {
        if (at(token_kind::colon) || at(token_kind::rbrace)) raise_at_next_token("f-string: missing conversion character");
        raise_at_next_token("f-string: invalid conversion character");
      }
      mismatch();
    }
    conversion_name = &take();
    // CPython checks this much at once (its fstring_conversion rule), the letter itself later.
    if (conversion_name->line != bang->end_line || conversion_name->column != bang->end_column)
      raise_at(span_between(span_of(*bang), span_of(*conversion_name)),
               "f-string: conversion type must come right after the exclamanation mark");
  }
  expr* spec = nullptr;
  if (at(token_kind::colon)) {
    const token& colon = take();
    spec = parse_format_spec(raw, colon);
  }
  if (!at(token_kind::rbrace)) {
    if (invalid_pass_) {
      if (spec) raise_at_next_token("f-string: expecting '}', or format specs");
      if (conversion_name) raise_at_next_token("f-string: expecting ':' or '}'");
      if (equal) raise_at_next_token("f-string: expecting '!', or ':', or '}'");
      raise_at_next_token("f-string: expecting '=', or '!', or ':', or '}'");
    }
    mismatch();
  }
  take();  // '}'
  // CPython checks the conversion letter once the whole field has parsed (in the field's action).
  int conversion = -1;
  if (conversion_name) {
    const token& name = *conversion_name;
    std::string_view letter = identifier(name);
    if (letter == "s" || letter == "r" || letter == "a")
      conversion = letter[0];
    else
      raise_at(span_of(name), "f-string: invalid conversion character '" + std::string(letter) +
                                  "': expected 's', 'r', or 'a'");
  }
  if (equal) {
    // The text from after '{' through '=' and the spaces after it, exactly as written.
    // Comments inside the field are left out (their line breaks stay), as CPython does.
    std::size_t open_index = static_cast<std::size_t>(&open - tokens_.data());
    std::size_t after_equal = static_cast<std::size_t>(equal - tokens_.data()) + 1;
    const char* begin = open.text.data() + open.text.size();
    const char* end = token_at(after_equal).text.data();
    std::string_view text(begin, static_cast<std::size_t>(end - begin));
    if (text.find('#') != std::string_view::npos) {
      std::string kept;
      for (std::size_t i = open_index; i < after_equal; ++i) {
        const token& t = token_at(i);
        const token& next = token_at(i + 1);
        if (i > open_index) kept += t.text;
        std::string_view gap(t.text.data() + t.text.size(),
                             static_cast<std::size_t>(next.text.data() - (t.text.data() + t.text.size())));
        std::size_t hash = gap.find('#');
        if (hash != std::string_view::npos) {
          std::size_t newline = gap.find('\n', hash);
          kept += gap.substr(0, hash);
          if (newline != std::string_view::npos) kept += gap.substr(newline);
        } else {
          kept += gap;
        }
      }
      text = store_text(kept);
    }
    // CPython places it right after '{', as long as the text it holds.
    source_span where{open.end_line, open.end_column, open.end_line, open.end_column};
    for (char c : text) {
      if (c == '\n') {
        ++where.end_line;
        where.end_column = 0;
      } else {
        ++where.end_column;
      }
    }
    list_push(make_string_constant(text, where, false));
    if (conversion == -1 && !spec) conversion = 'r';
  }
  auto* node = make_node<formatted_value_expr>(expr_kind::FormattedValue, span_from(open));
  node->value = value;
  node->conversion = conversion;
  node->format_spec = spec;
  list_push(node);
}

// The parts of a format spec after ':' as a JoinedStr. Constants are kept one per token (empty
// ones too) as CPython 3.12.1 does; a spec of one empty part is an empty JoinedStr. CPython
// decodes the spec's escapes even in a raw f-string.
COIL_DECL expr* parser_rules::parse_format_spec(bool raw, const token& colon) {
  std::size_t mark = list_mark();
  for (;;) {
    if (at(token_kind::fstring_middle)) {
      const token& t = take();
      auto decoded = decode_fstring_middle(t.text, false);
      if (!decoded) raise_at(span_of(t), decoded.error().message);
      list_push(make_string_constant(store_text(*decoded), span_of(t), false));
    } else if (at(token_kind::lbrace)) {
      parse_replacement_field(raw);
    } else {
      break;
    }
  }
  if (list_size(mark) == 1) {
    const expr* only = list_item<expr>(mark, 0);
    if (only->kind == expr_kind::Constant && only->as<constant_expr>().text.empty()) scratch_.resize(mark);
  }
  auto* node = make_node<joined_str_expr>(expr_kind::JoinedStr, span_from(colon));
  node->values = finish_list<expr>(mark);
  return node;
}

}  // namespace coil::syntax
