// Call arguments (positional, *iterable, name=value, **mapping, a lone generator expression) and
// the parameter lists of `def` and `lambda` (positional-only `/`, `*args`, keyword-only, `**kwargs`,
// defaults, annotations). Both are single left-to-right passes that track which section they are
// in; an out-of-order item is a mismatch in the first pass and CPython's message in the second.
#pragma once

#include <coil/syntax/parser_rules.hpp>

#include <cstdint>

namespace coil::syntax {

namespace parser_detail {

// Call arguments share the scratch list; keywords are told apart from expressions by a tag bit.
inline void* tag_keyword(keyword* k) { return reinterpret_cast<void*>(reinterpret_cast<std::uintptr_t>(k) | 1u); }
inline bool is_keyword_item(void* item) { return (reinterpret_cast<std::uintptr_t>(item) & 1u) != 0; }
inline keyword* untag_keyword(void* item) {
  return reinterpret_cast<keyword*>(reinterpret_cast<std::uintptr_t>(item) & ~std::uintptr_t(1));
}

// Whether parameters of these kinds can precede one without a default in CPython's
// invalid_parameters rule: (P+ '/')? P* D+ '/'? — the defaults must come right before it.
inline bool defaults_then_plain(std::string_view kinds) {
  std::size_t i = 0;
  std::size_t slash = kinds.find('/');
  if (slash != std::string_view::npos && slash > 0 && kinds.substr(0, slash).find_first_not_of('P') == std::string_view::npos)
    i = slash + 1;
  while (i < kinds.size() && kinds[i] == 'P') ++i;
  std::size_t defaults = i;
  while (i < kinds.size() && kinds[i] == 'D') ++i;
  if (i == defaults) return false;
  if (i < kinds.size() && kinds[i] == '/') ++i;
  return i == kinds.size();
}

// The last thing a comprehension reads: its last condition, or its iterable.
inline const expr* last_comprehension_item(node_list<comprehension> generators) {
  const comprehension* last = generators.back();
  return last->ifs.empty() ? last->iter : last->ifs.back();
}

}  // namespace parser_detail

// primary '(' [arguments] ')' and primary genexp
COIL_DECL expr* parser_rules::parse_call(expr* function) {
  const token& open = look();
  auto* call = make_node<call_expr>(expr_kind::Call, function->where);
  call->func = function;
  parse_call_arguments(open, call, true);
  return call;
}

// '(' [arguments] ')' into call->args and call->keywords (also used for class bases).
COIL_DECL void parser_rules::parse_call_arguments(const token& open, call_expr* call, bool allow_generator) {
  take();  // '('
  std::size_t mark = list_mark();
  bool keyword_seen = false;
  bool double_star_seen = false;
  bool positional_seen = false;  // a plain (not starred) positional argument
  std::size_t count = 0;
  auto at_for = [&] { return at(token_kind::kw_for) || (at(token_kind::kw_async) && kind_at(1) == token_kind::kw_for); };
  while (!at(token_kind::rpar)) {
    const token& item = look();
    if (item.kind == token_kind::star) {
      take();
      // CPython reports this after `**` and, when nothing parses after the '*', after arguments
      // that were all keywords or unpackings.
      const char* follows = "iterable argument unpacking follows keyword argument unpacking";
      if (double_star_seen && invalid_pass_) raise_at(span_of(item), follows);
      expr* value = nullptr;
      if (!attempt([&] { value = parse_expression(); })) {
        if (invalid_pass_ && count > 0 && (keyword_seen || !positional_seen)) raise_at(span_of(item), follows);
        mismatch();
      }
      if (invalid_pass_ && count == 0 && at_for() && attempt([&] { parse_comprehension_clauses(); }))
        raise_at(span_between(span_of(item), value->where), "iterable unpacking cannot be used in comprehension");
      if (invalid_pass_ && at(token_kind::equal)) {
        saved_state s = save();
        take();
        expr* rhs = nullptr;
        if (attempt([&] { rhs = parse_expression(); }))
          raise_at(span_between(span_of(item), rhs->where), "cannot assign to iterable argument unpacking");
        restore(s);
      }
      if (double_star_seen) {
        if (invalid_pass_) raise_at(span_of(item), "iterable argument unpacking follows keyword argument unpacking");
        mismatch();
      }
      auto* starred = make_node<starred_expr>(expr_kind::Starred, span_from(item));
      starred->value = value;
      list_push(starred);
    } else if (item.kind == token_kind::double_star) {
      take();
      expr* value = parse_expression();
      if (invalid_pass_ && at(token_kind::equal)) {
        saved_state s = save();
        take();
        expr* rhs = nullptr;
        if (attempt([&] { rhs = parse_expression(); }))
          raise_at(span_between(span_of(item), rhs->where), "cannot assign to keyword argument unpacking");
        restore(s);
      }
      auto* k = make<keyword>();
      k->where = span_from(item);
      k->is_double_star = true;
      k->value = value;
      list_push(parser_detail::tag_keyword(k));
      double_star_seen = true;
    } else if (item.kind == token_kind::name && kind_at(1) == token_kind::equal) {
      take();
      const token& equal = take();
      if (invalid_pass_ && (at(token_kind::comma) || at(token_kind::rpar)))
        raise_at(span_between(span_of(item), span_of(equal)), "expected argument value expression");
      expr* value = parse_expression();
      if (invalid_pass_ && at_for() && attempt([&] { parse_comprehension_clauses(); }))
        raise_at(span_between(span_of(item), span_of(equal)),
                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      auto* k = make<keyword>();
      k->where = span_from(item);
      k->name = identifier(item);
      k->value = value;
      list_push(parser_detail::tag_keyword(k));
      keyword_seen = true;
    } else if ((item.kind == token_kind::kw_true || item.kind == token_kind::kw_false ||
                item.kind == token_kind::kw_none) &&
               kind_at(1) == token_kind::equal) {
      if (invalid_pass_)
        raise_at(span_between(span_of(item), span_of(look(1))), "cannot assign to " + std::string(item.text));
      mismatch();
    } else {
      // The grammar has no place for a positional argument after a keyword one: the first pass
      // stops here without reading it (which matters for where "invalid syntax" points).
      if ((keyword_seen || double_star_seen) && !invalid_pass_) mismatch();
      bool walrus = at(token_kind::name) && kind_at(1) == token_kind::colon_equal;
      expr* value = walrus ? parse_assignment_expression() : parse_expression();
      if (at(token_kind::colon_equal)) mismatch();
      if (at(token_kind::equal)) {
        if (invalid_pass_ && !walrus)
          raise_at(span_between(value->where, span_of(look())),
                   "expression cannot contain assignment, perhaps you meant \"==\"?");
        mismatch();
      }
      if (at_for()) {
        // Only a call's first argument can start a generator expression (CPython's `primary
        // genexp`); elsewhere the first pass stops at 'for'.
        if (!invalid_pass_ && !(allow_generator && count == 0)) mismatch();
        node_list<comprehension> generators = parse_comprehension_clauses();
        if (allow_generator && count == 0 && at(token_kind::rpar)) {
          take();
          auto* generator = make_node<generator_exp_expr>(expr_kind::GeneratorExp, span_from(open));
          generator->elt = value;
          generator->generators = generators;
          list_push(generator);
          call->args = finish_list<expr>(mark);
          return;
        }
        // A lone unparenthesized generator where one is not allowed (class bases) is plain
        // invalid syntax; next to other arguments it gets CPython's message.
        if (invalid_pass_ && (count > 0 || at(token_kind::comma))) {
          if (at(token_kind::comma)) look(1);  // CPython reads on for the arguments after the comma
          raise_at(span_between(value->where, parser_detail::last_comprehension_item(generators)->where),
                   "Generator expression must be parenthesized");
        }
        mismatch();
      }
      if (keyword_seen || double_star_seen) {
        if (invalid_pass_) {
          // CPython reads the remaining arguments before reporting, at the last token it saw.
          while (accept(token_kind::comma) && !at(token_kind::rpar)) {
            if (!attempt([&] {
                  if (accept(token_kind::star) || accept(token_kind::double_star)) {
                    parse_expression();
                  } else {
                    if (at(token_kind::name) && kind_at(1) == token_kind::equal) {
                      take();
                      take();
                    }
                    parse_expression();
                  }
                }))
              break;
          }
          raise_at_last_token(double_star_seen ? "positional argument follows keyword argument unpacking"
                                               : "positional argument follows keyword argument");
        }
        mismatch();
      }
      list_push(value);
      positional_seen = true;
    }
    ++count;
    if (!accept(token_kind::comma)) break;
  }
  expect(token_kind::rpar);
  std::size_t keywords = 0;
  std::size_t total = list_size(mark);
  for (std::size_t i = 0; i < total; ++i)
    if (parser_detail::is_keyword_item(scratch_[mark + i])) ++keywords;
  std::size_t positional = total - keywords;
  expr** args = positional ? static_cast<expr**>(arena_.allocate(sizeof(expr*) * positional, alignof(expr*))) : nullptr;
  keyword** kws = keywords ? static_cast<keyword**>(arena_.allocate(sizeof(keyword*) * keywords, alignof(keyword*)))
                           : nullptr;
  std::size_t a = 0, k = 0;
  for (std::size_t i = 0; i < total; ++i) {
    void* item = scratch_[mark + i];
    if (parser_detail::is_keyword_item(item))
      kws[k++] = parser_detail::untag_keyword(item);
    else
      args[a++] = static_cast<expr*>(item);
  }
  scratch_.resize(mark);
  call->args = node_list<expr>(args, positional);
  call->keywords = node_list<keyword>(kws, keywords);
}

// One parameter: NAME [':' annotation]; `*args` may be annotated with a starred expression.
COIL_DECL arg* parser_rules::parse_parameter(bool lambda, bool star_annotation) {
  const token& name = expect(token_kind::name);
  expr* annotation = nullptr;
  if (!lambda && accept(token_kind::colon))
    annotation = star_annotation && at(token_kind::star) ? parse_star_expression() : parse_expression();
  auto* parameter = make<arg>();
  parameter->where = span_from(name);
  parameter->name = identifier(name);
  parameter->annotation = annotation;
  return parameter;
}

// The parameters of a def (up to its ')') or a lambda (up to its ':').
COIL_DECL arguments* parser_rules::parse_parameters(bool lambda) {
  token_kind close = lambda ? token_kind::colon : token_kind::rpar;
  auto* result = make<arguments>();
  // Named parameters go on the scratch list as (arg, default) pairs; `/` and `*` split them.
  std::size_t mark = list_mark();
  std::size_t count = 0, positional_only = 0, keyword_start = SIZE_MAX;
  bool slash = false, star = false, seen_default = false;
  // The kinds of the items so far ('P' without default, 'D' with, '/'), for CPython's exact
  // condition on "parameter without a default follows parameter with a default".
  std::string kinds;
  const char* cannot_follow = "arguments cannot follow var-keyword argument";
  while (!at(close)) {
    const token& t = look();
    if (result->kwarg) {
      if (invalid_pass_) {
        if (t.kind == token_kind::name) raise_at(parse_parameter(lambda, false)->where, cannot_follow);
        if (t.kind == token_kind::star || t.kind == token_kind::double_star || t.kind == token_kind::slash)
          raise_at(span_of(t), cannot_follow);
      }
      mismatch();
    }
    if (t.kind == token_kind::slash) {
      if (star || slash || count == 0) {
        if (invalid_pass_) {
          if (star) raise_at(span_of(t), "/ must be ahead of *");
          if (slash) raise_at(span_of(t), "/ may appear only once");
          if (kind_at(1) == token_kind::comma) raise_at(span_of(t), "at least one argument must precede /");
        }
        mismatch();
      }
      take();
      slash = true;
      positional_only = count;
      kinds += '/';
      if (invalid_pass_ && at(token_kind::star)) raise_at(span_of(look()), "expected comma between / and *");
    } else if (t.kind == token_kind::star) {
      if (star) {
        if (invalid_pass_) raise_at(span_of(t), "* argument may appear only once");
        mismatch();
      }
      take();
      star = true;
      keyword_start = count;
      if (at(token_kind::comma) || at(close)) {
        // A bare `*` must be followed by a keyword-only parameter.
        if (at(close) || kind_at(1) == close || kind_at(1) == token_kind::double_star) {
          if (invalid_pass_) {
            if (lambda) raise_at_last_token("named arguments must follow bare *");
            raise_at(span_of(t), "named arguments must follow bare *");
          }
          mismatch();
        }
      } else {
        result->vararg = parse_parameter(lambda, !lambda);
        if (at(token_kind::equal)) {
          if (invalid_pass_) raise_at(span_of(look()), "var-positional argument cannot have default value");
          mismatch();
        }
      }
    } else if (t.kind == token_kind::double_star) {
      take();
      result->kwarg = parse_parameter(lambda, false);
      if (at(token_kind::equal)) {
        if (invalid_pass_) raise_at(span_of(look()), "var-keyword argument cannot have default value");
        mismatch();
      }
    } else if (t.kind == token_kind::name) {
      arg* parameter = parse_parameter(lambda, false);
      expr* default_value = nullptr;
      if (at(token_kind::equal)) {
        const token& equal = take();
        if (invalid_pass_ && (at(token_kind::comma) || at(token_kind::rpar)))
          raise_at(span_of(equal), "expected default value expression");
        default_value = parse_expression();
      }
      if (!star) {
        if (default_value) {
          seen_default = true;
        } else if (seen_default) {
          if (invalid_pass_ && (at(token_kind::comma) || at(close)) && parser_detail::defaults_then_plain(kinds))
            raise_at(parameter->where, "parameter without a default follows parameter with a default");
          mismatch();
        }
      }
      list_push(parameter);
      list_push(default_value);
      ++count;
      kinds += default_value ? 'D' : 'P';
    } else {
      if (invalid_pass_ && t.kind == token_kind::lpar && !star && !seen_default && !slash) {
        // `def f((a, b))`: Python 2's tuple parameters.
        saved_state s = save();
        take();
        if (attempt([&] {
              parse_parameter(lambda, false);
              while (accept(token_kind::comma) && !at(token_kind::rpar)) parse_parameter(lambda, false);
              expect(token_kind::rpar);
            }))
          raise_at(span_between(span_of(t), span_of(previous())),
                   lambda ? "Lambda expression parameters cannot be parenthesized"
                          : "Function parameters cannot be parenthesized");
        restore(s);
      }
      mismatch();
    }
    if (!accept(token_kind::comma)) break;
  }
  if (keyword_start == SIZE_MAX) keyword_start = count;
  auto make_args = [&](std::size_t from, std::size_t to) -> node_list<arg> {
    if (from >= to) return {};
    auto** items = static_cast<arg**>(arena_.allocate(sizeof(arg*) * (to - from), alignof(arg*)));
    for (std::size_t i = from; i < to; ++i) items[i - from] = list_item<arg>(mark, 2 * i);
    return node_list<arg>(items, to - from);
  };
  result->posonlyargs = make_args(0, positional_only);
  result->args = make_args(positional_only, keyword_start);
  result->kwonlyargs = make_args(keyword_start, count);
  std::size_t defaults = 0;
  for (std::size_t i = 0; i < keyword_start; ++i)
    if (list_item<expr>(mark, 2 * i + 1)) ++defaults;
  if (defaults) {
    auto** items = static_cast<expr**>(arena_.allocate(sizeof(expr*) * defaults, alignof(expr*)));
    for (std::size_t i = keyword_start - defaults; i < keyword_start; ++i)
      items[i - (keyword_start - defaults)] = list_item<expr>(mark, 2 * i + 1);
    result->defaults = node_list<expr>(items, defaults);
  }
  if (count > keyword_start) {
    std::size_t n = count - keyword_start;
    auto** items = static_cast<expr**>(arena_.allocate(sizeof(expr*) * n, alignof(expr*)));
    for (std::size_t i = keyword_start; i < count; ++i) items[i - keyword_start] = list_item<expr>(mark, 2 * i + 1);
    result->kw_defaults = node_list<expr>(items, n);
  }
  scratch_.resize(mark);
  return result;
}

}  // namespace coil::syntax
