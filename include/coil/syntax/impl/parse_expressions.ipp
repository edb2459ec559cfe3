// Expression rules: conditional expressions and lambdas down through the operator precedence
// levels to primaries (attribute, call and subscript chains) and slices. Atoms and displays are
// in parse_atoms.ipp, call arguments and parameters in parse_arguments.ipp.
//
// Binary operators use precedence climbing: one frame per precedence level at most, and a loop
// for left-associative chains, whose links each take a unit of the depth guard so that the tree
// stays shallow enough for the stages that walk it recursively.
#pragma once

#include <coil/syntax/parser_rules.hpp>

namespace coil::syntax {

namespace parser_detail {

// The operators of bitwise_or ... term, with their precedence (higher binds tighter); 0: none.
inline int binary_precedence(token_kind kind, binary_operator& op) {
  switch (kind) {
    case token_kind::vbar: op = binary_operator::bit_or; return 1;
    case token_kind::circumflex: op = binary_operator::bit_xor; return 2;
    case token_kind::amper: op = binary_operator::bit_and; return 3;
    case token_kind::left_shift: op = binary_operator::lshift; return 4;
    case token_kind::right_shift: op = binary_operator::rshift; return 4;
    case token_kind::plus: op = binary_operator::add; return 5;
    case token_kind::minus: op = binary_operator::sub; return 5;
    case token_kind::star: op = binary_operator::mult; return 6;
    case token_kind::slash: op = binary_operator::div; return 6;
    case token_kind::double_slash: op = binary_operator::floor_div; return 6;
    case token_kind::percent: op = binary_operator::mod; return 6;
    case token_kind::at: op = binary_operator::mat_mult; return 6;
    default: return 0;
  }
}

// CPython's SOFT_KEYWORD token test compares only the name's length of each soft keyword, so
// any prefix of one counts ("c", "ma", "ty"...): that decides where the missing-comma message
// is offered, and we follow it.
inline bool is_soft_keyword_prefix(std::string_view text) {
  for (std::string_view keyword : {"_", "case", "match", "type"})
    if (!text.empty() && keyword.substr(0, text.size()) == text) return true;
  return false;
}

}  // namespace parser_detail

COIL_DECL bool parser_rules::can_start_expression(token_kind kind) const {
  switch (kind) {
    case token_kind::name:
    case token_kind::number:
    case token_kind::string:
    case token_kind::fstring_start:
    case token_kind::lpar:
    case token_kind::lsqb:
    case token_kind::lbrace:
    case token_kind::minus:
    case token_kind::plus:
    case token_kind::tilde:
    case token_kind::kw_not:
    case token_kind::kw_await:
    case token_kind::kw_lambda:
    case token_kind::kw_none:
    case token_kind::kw_true:
    case token_kind::kw_false:
    case token_kind::ellipsis: return true;
    default: return false;
  }
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef
COIL_DECL expr* parser_rules::parse_expression() {
  depth_guard guard(*this);
  // CPython skips its invalid_expression checks for a dict key after the first (a quirk of its
  // memoization), which the dict parser asks for with this flag.
  bool checks = invalid_pass_ && !skip_expression_checks_;
  skip_expression_checks_ = false;
  if (at(token_kind::kw_lambda)) return parse_lambda();
  std::size_t start = pos_;
  expr* body = parse_disjunction();
  if (checks) check_invalid_expression(body, start);
  if (at(token_kind::kw_if)) return parse_if_expression_rest(body, token_at(start), checks);
  return body;
}

// CPython's expression_without_invalid: the same rule with the specialised errors switched off.
COIL_DECL expr* parser_rules::parse_expression_without_invalid() {
  bool was_invalid_pass = invalid_pass_;
  invalid_pass_ = false;
  struct restore_flag {
    bool& flag;
    bool value;
    ~restore_flag() { flag = value; }
  } restore{invalid_pass_, was_invalid_pass};
  return parse_expression();
}

// After `body` at 'if': the rest of a conditional expression. Without 'else' the grammar falls
// back to `body` alone and leaves 'if' for the caller (which then fails there, as CPython does);
// the second pass reports it instead (CPython's invalid_expression, checked here so that the
// condition is parsed once).
COIL_DECL expr* parser_rules::parse_if_expression_rest(expr* body, const token& first, bool checks) {
  saved_state before_if = save();
  take();  // 'if'
  expr* test = nullptr;
  if (!attempt([&] { test = parse_disjunction(); })) {
    restore(before_if);
    return body;
  }
  if (!at(token_kind::kw_else)) {
    if (checks && !at(token_kind::colon))
      raise_at(span_between(body->where, test->where), "expected 'else' after 'if' expression");
    restore(before_if);
    return body;
  }
  take();  // 'else'
  expr* orelse = nullptr;
  if (!attempt([&] { orelse = parse_expression(); })) {
    restore(before_if);
    return body;
  }
  auto* node = make_node<if_exp_expr>(expr_kind::IfExp, span_from(first));
  node->test = test;
  node->body = body;
  node->orelse = orelse;
  return node;
}

// Pass 2, before the plain alternatives of `expression`: CPython's invalid_expression and
// invalid_legacy_expression, given the disjunction `a` already parsed from token `start`.
COIL_DECL void parser_rules::check_invalid_expression(expr* a, std::size_t start) {
  const token& first = token_at(start);
  saved_state after_a = save();
  // `a b` where a comma is probably missing: only inside brackets, and not for `print x`.
  bool excluded = first.kind == token_kind::name &&
                  (token_at(start + 1).kind == token_kind::string || parser_detail::is_soft_keyword_prefix(first.text));
  bool read_after_a = !excluded && can_start_expression(look().kind);
  if (read_after_a) {
    expr* b = nullptr;
    if (attempt([&] { b = parse_expression_without_invalid(); })) {
      bool legacy = a->kind == expr_kind::Name &&
                    (a->as<name_expr>().id == "print" || a->as<name_expr>().id == "exec");
      if (!legacy && level_after(pos_ - 1) > 0)
        raise_at(span_between(a->where, b->where), "invalid syntax. Perhaps you forgot a comma?");
      restore(after_a);
    }
  }
  // `print x`: Python 2's print statement. CPython parses what follows any name that way, which
  // can report errors inside it; only a lone name leaves such tokens unread by `a`. When the
  // check above already read them without the specialised errors, CPython's memo hands that
  // result back here, so they are read without them again.
  if (first.kind == token_kind::name && after_a.pos == start + 1 && token_at(start + 1).kind != token_kind::lpar) {
    pos_ = start + 1;
    if (pos_ > furthest_) furthest_ = pos_;
    expr* b = nullptr;
    const std::string_view name = identifier(first);
    bool was_invalid_pass = invalid_pass_;
    if (read_after_a) invalid_pass_ = false;
    bool parsed = false;
    try {
      parsed = (can_start_expression(look().kind) || at(token_kind::star)) && attempt([&] { b = parse_star_expressions(); });
    } catch (...) {
      invalid_pass_ = was_invalid_pass;
      throw;
    }
    invalid_pass_ = was_invalid_pass;
    if (parsed && (name == "print" || name == "exec")) {
      raise_at(span_between(span_of(first), b->where),
               "Missing parentheses in call to '" + std::string(name) + "'. Did you mean " + std::string(name) + "(...)?");
    }
    restore(after_a);
  }
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
COIL_DECL expr* parser_rules::parse_yield_expr() {
  const token& first = take();
  if (accept(token_kind::kw_from)) {
    expr* value = parse_expression();
    auto* node = make_node<yield_from_expr>(expr_kind::YieldFrom, span_from(first));
    node->value = value;
    return node;
  }
  expr* value = nullptr;
  if (can_start_expression(look().kind) || at(token_kind::star)) value = parse_star_expressions();
  auto* node = make_node<yield_expr>(expr_kind::Yield, span_from(first));
  node->value = value;
  return node;
}

// star_expressions: star_expression (',' star_expression)* [','] — a Tuple when a comma appears.
COIL_DECL expr* parser_rules::parse_star_expressions() {
  const token& first = look();
  expr* e = parse_star_expression();
  if (!at(token_kind::comma)) return e;
  std::size_t mark = list_mark();
  list_push(e);
  while (accept(token_kind::comma)) {
    if (!can_start_expression(look().kind) && !at(token_kind::star)) break;
    if (!attempt([&] { list_push(parse_star_expression()); })) break;
  }
  auto* tuple = make_node<tuple_expr>(expr_kind::Tuple, span_from(first));
  tuple->elts = finish_list<expr>(mark);
  return tuple;
}

// star_expression: '*' bitwise_or | expression
COIL_DECL expr* parser_rules::parse_star_expression() {
  if (!at(token_kind::star)) return parse_expression();
  const token& star = take();
  depth_guard guard(*this);
  expr* value = parse_bitwise_or();
  auto* node = make_node<starred_expr>(expr_kind::Starred, span_from(star));
  node->value = value;
  return node;
}

// star_named_expression: '*' bitwise_or | named_expression
COIL_DECL expr* parser_rules::parse_star_named_expression() {
  if (!at(token_kind::star)) return parse_named_expression();
  const token& star = take();
  depth_guard guard(*this);
  expr* value = parse_bitwise_or();
  auto* node = make_node<starred_expr>(expr_kind::Starred, span_from(star));
  node->value = value;
  return node;
}

// named_expression: NAME ':=' expression | expression !':='
COIL_DECL expr* parser_rules::parse_named_expression() {
  if (at(token_kind::name) && kind_at(1) == token_kind::colon_equal) return parse_assignment_expression();
  std::size_t start = pos_;
  expr* e = parse_expression();
  if (at(token_kind::colon_equal)) {
    if (invalid_pass_) {
      saved_state s = save();
      take();
      if (attempt([&] { parse_expression(); }))
        raise_at(e->where, "cannot use assignment expressions with " + expression_name(e));
      restore(s);
    }
    mismatch();
  }
  if (invalid_pass_ && at(token_kind::equal)) check_invalid_named_expression(e, start);
  return e;
}

COIL_DECL expr* parser_rules::parse_assignment_expression() {
  const token& name = take();
  take();  // ':='
  expr* value = parse_expression();
  auto* target = make_node<name_expr>(expr_kind::Name, span_of(name));
  target->id = identifier(name);
  target->ctx = expr_context::store;
  auto* node = make_node<named_expr>(expr_kind::NamedExpr, span_from(name));
  node->target = target;
  node->value = value;
  return node;
}

namespace parser_detail {

// The node a left-recursive chain starting at the same token begins with: `[1][0]` -> `[1]`.
inline const expr* leftmost_operand(const expr* e) {
  for (;;) {
    switch (e->kind) {
      case expr_kind::BinOp: e = e->as<bin_op_expr>().left; break;
      case expr_kind::Attribute: e = e->as<attribute_expr>().value; break;
      case expr_kind::Subscript: e = e->as<subscript_expr>().value; break;
      case expr_kind::Call: e = e->as<call_expr>().func; break;
      case expr_kind::Compare: e = e->as<compare_expr>().left; break;
      case expr_kind::BoolOp: e = e->as<bool_op_expr>().values[0]; break;
      case expr_kind::IfExp: e = e->as<if_exp_expr>().body; break;
      default: return e;
    }
  }
}

}  // namespace parser_detail

// Pass 2, `a` followed by '=' where a named expression was expected: CPython's
// invalid_named_expression (`if x = 1:`, `[f() = 1]`).
COIL_DECL void parser_rules::check_invalid_named_expression(expr* a, std::size_t start) {
  saved_state s = save();
  const token& first = token_at(start);
  if (first.kind == token_kind::name && pos_ == start + 1) {
    take();  // '='
    expr* b = nullptr;
    if (attempt([&] { b = parse_bitwise_or(); }) && !at(token_kind::equal) && !at(token_kind::colon_equal))
      raise_at(span_between(a->where, b->where), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    restore(s);
  }
  // Not when the expression starts with a list or tuple display, a generator expression or a
  // singleton; and only when `a` is a whole bitwise_or (nothing looser binds at its top).
  bool excluded = first.kind == token_kind::kw_true || first.kind == token_kind::kw_none ||
                  first.kind == token_kind::kw_false;
  if (first.kind == token_kind::lsqb || first.kind == token_kind::lpar) {
    const expr* left = parser_detail::leftmost_operand(a);
    bool starts_here = left->where.line == first.line && left->where.column == first.column;
    if (starts_here && (left->kind == expr_kind::List || left->kind == expr_kind::Tuple ||
                        left->kind == expr_kind::GeneratorExp))
      excluded = true;
  }
  bool loose = a->kind == expr_kind::BoolOp || a->kind == expr_kind::Compare || a->kind == expr_kind::IfExp ||
               a->kind == expr_kind::Lambda || a->kind == expr_kind::NamedExpr ||
               (a->kind == expr_kind::UnaryOp && a->as<unary_op_expr>().op == unary_operator::not_);
  if (loose && is_parenthesized(start, pos_)) loose = false;
  if (!excluded && !loose) {
    take();  // '='
    if (attempt([&] { parse_bitwise_or(); }) && !at(token_kind::equal) && !at(token_kind::colon_equal))
      raise_at(a->where, "cannot assign to " + expression_name(a) + " here. Maybe you meant '==' instead of '='?");
    restore(s);
  }
}

// disjunction: conjunction ('or' conjunction)*
COIL_DECL expr* parser_rules::parse_disjunction() {
  const token& first = look();
  expr* e = parse_conjunction();
  if (!at(token_kind::kw_or)) return e;
  std::size_t mark = list_mark();
  list_push(e);
  while (at(token_kind::kw_or)) {
    // As in the PEG grammar, an operand that does not parse ends the chain before its operator.
    saved_state before = save();
    take();
    if (!attempt([&] { list_push(parse_conjunction()); })) {
      restore(before);
      break;
    }
  }
  if (list_size(mark) == 1) {  // the operand after the only operator did not parse
    scratch_.resize(mark);
    return e;
  }
  auto* node = make_node<bool_op_expr>(expr_kind::BoolOp, span_from(first));
  node->op = bool_operator::or_;
  node->values = finish_list<expr>(mark);
  return node;
}

// conjunction: inversion ('and' inversion)*
COIL_DECL expr* parser_rules::parse_conjunction() {
  const token& first = look();
  expr* e = parse_inversion();
  if (!at(token_kind::kw_and)) return e;
  std::size_t mark = list_mark();
  list_push(e);
  while (at(token_kind::kw_and)) {
    saved_state before = save();
    take();
    if (!attempt([&] { list_push(parse_inversion()); })) {
      restore(before);
      break;
    }
  }
  if (list_size(mark) == 1) {  // the operand after the only operator did not parse
    scratch_.resize(mark);
    return e;
  }
  auto* node = make_node<bool_op_expr>(expr_kind::BoolOp, span_from(first));
  node->op = bool_operator::and_;
  node->values = finish_list<expr>(mark);
  return node;
}

// inversion: 'not' inversion | comparison — a loop, each 'not' one unit of depth.
COIL_DECL expr* parser_rules::parse_inversion() {
  if (!at(token_kind::kw_not)) return parse_comparison();
  depth_guard guard(*this, 0);
  std::size_t mark = list_mark();
  while (at(token_kind::kw_not)) {
    guard.add();
    list_push(const_cast<token*>(&take()));
  }
  expr* e = parse_comparison();
  for (std::size_t i = list_size(mark); i-- > 0;) {
    const token& op = *list_item<token>(mark, i);
    auto* node = make_node<unary_op_expr>(expr_kind::UnaryOp, span_from(op));
    node->op = unary_operator::not_;
    node->operand = e;
    e = node;
  }
  scratch_.resize(mark);
  return e;
}

// comparison: bitwise_or (compare_op bitwise_or)*
COIL_DECL expr* parser_rules::parse_comparison() {
  const token& first = look();
  expr* left = parse_bitwise_or();
  std::size_t ops_mark = operators_scratch_.size();
  std::size_t mark = list_mark();
  for (;;) {
    compare_operator op;
    std::size_t width = 1;
    switch (look().kind) {
      case token_kind::eq_equal: op = compare_operator::eq; break;
      case token_kind::not_equal: op = compare_operator::not_eq_; break;
      case token_kind::less: op = compare_operator::lt; break;
      case token_kind::less_equal: op = compare_operator::lt_e; break;
      case token_kind::greater: op = compare_operator::gt; break;
      case token_kind::greater_equal: op = compare_operator::gt_e; break;
      case token_kind::kw_in: op = compare_operator::in; break;
      case token_kind::kw_not:
        if (kind_at(1) != token_kind::kw_in) goto done;
        op = compare_operator::not_in;
        width = 2;
        break;
      case token_kind::kw_is:
        if (kind_at(1) == token_kind::kw_not) {
          op = compare_operator::is_not;
          width = 2;
        } else {
          op = compare_operator::is;
        }
        break;
      default: goto done;
    }
    saved_state before = save();
    for (std::size_t i = 0; i < width; ++i) take();
    if (!attempt([&] { list_push(parse_bitwise_or()); })) {
      restore(before);
      break;
    }
    operators_scratch_.push_back(op);
  }
done:
  std::size_t count = operators_scratch_.size() - ops_mark;
  if (count == 0) return left;
  auto* node = make_node<compare_expr>(expr_kind::Compare, span_from(first));
  node->left = left;
  auto* ops = static_cast<compare_operator*>(arena_.allocate(sizeof(compare_operator) * count, alignof(compare_operator)));
  for (std::size_t i = 0; i < count; ++i) ops[i] = operators_scratch_[ops_mark + i];
  operators_scratch_.resize(ops_mark);
  node->ops = std::span<const compare_operator>(ops, count);
  node->comparators = finish_list<expr>(mark);
  return node;
}

// bitwise_or ... term: operands (factors) and binary operators by operator precedence, with
// explicit stacks rather than one C++ frame per precedence level. As in the PEG grammar, an
// operand that does not parse ends the expression before its operator.
COIL_DECL expr* parser_rules::parse_bitwise_or() {
  struct pending {
    binary_operator op;
    int precedence;
  };
  // Operands go on the scratch list with their first and last tokens (a node's span runs over
  // its parentheses, which the operand's own span does not include); operators on a small local
  // stack, at most one per precedence level since lower ones are reduced first.
  pending operators[8];
  int operator_count = 0;
  std::size_t mark = list_mark();
  auto push_operand = [&](expr* e, const token* first, const token* last) {
    list_push(e);
    list_push(const_cast<token*>(first));
    list_push(const_cast<token*>(last));
  };
  depth_guard chain(*this, 0);
  auto reduce = [&] {
    pending top = operators[--operator_count];
    std::size_t n = list_size(mark);
    expr* right = list_item<expr>(mark, n - 3);
    const token* last = list_item<token>(mark, n - 1);
    expr* left = list_item<expr>(mark, n - 6);
    const token* first = list_item<token>(mark, n - 5);
    scratch_.resize(mark + n - 6);
    chain.add();
    auto* node = make_node<bin_op_expr>(expr_kind::BinOp, span_between(span_of(*first), span_of(*last)));
    node->left = left;
    node->op = top.op;
    node->right = right;
    push_operand(node, first, last);
  };
  const token* first = &look();
  expr* head = parse_factor();
  push_operand(head, first, &previous());
  for (;;) {
    binary_operator op{};
    int precedence = parser_detail::binary_precedence(look().kind, op);
    if (precedence == 0) break;
    saved_state before = save();
    take();
    const token* operand_first = &look();
    expr* operand = nullptr;
    if (!attempt([&] { operand = parse_factor(); })) {
      restore(before);
      break;
    }
    while (operator_count > 0 && operators[operator_count - 1].precedence >= precedence) reduce();
    operators[operator_count++] = {op, precedence};
    push_operand(operand, operand_first, &previous());
  }
  while (operator_count > 0) reduce();
  expr* result = list_item<expr>(mark, 0);
  scratch_.resize(mark);
  return result;
}

// factor: ('+' | '-' | '~') factor | power — a loop, each operator one unit of depth.
COIL_DECL expr* parser_rules::parse_factor() {
  token_kind kind = look().kind;
  if (kind != token_kind::plus && kind != token_kind::minus && kind != token_kind::tilde) return parse_power();
  depth_guard guard(*this, 0);
  std::size_t mark = list_mark();
  for (;;) {
    kind = look().kind;
    if (kind != token_kind::plus && kind != token_kind::minus && kind != token_kind::tilde) break;
    guard.add();
    list_push(const_cast<token*>(&take()));
  }
  expr* e = parse_power();
  for (std::size_t i = list_size(mark); i-- > 0;) {
    const token& op = *list_item<token>(mark, i);
    auto* node = make_node<unary_op_expr>(expr_kind::UnaryOp, span_from(op));
    node->op = op.kind == token_kind::plus    ? unary_operator::plus
               : op.kind == token_kind::minus ? unary_operator::minus
                                              : unary_operator::invert;
    node->operand = e;
    e = node;
  }
  scratch_.resize(mark);
  return e;
}

// power: await_primary ['**' factor]; await_primary: 'await' primary | primary
COIL_DECL expr* parser_rules::parse_power() {
  const token& first = look();
  expr* base;
  if (at(token_kind::kw_await)) {
    take();
    expr* value = parse_primary();
    auto* node = make_node<await_expr>(expr_kind::Await, span_from(first));
    node->value = value;
    base = node;
  } else {
    base = parse_primary();
  }
  if (!at(token_kind::double_star)) return base;
  saved_state before = save();
  take();
  depth_guard guard(*this);
  expr* exponent = nullptr;
  if (!attempt([&] { exponent = parse_factor(); })) {
    restore(before);
    return base;
  }
  auto* node = make_node<bin_op_expr>(expr_kind::BinOp, span_from(first));
  node->left = base;
  node->op = binary_operator::pow;
  node->right = exponent;
  return node;
}

// primary: atom ('.' NAME | '(' arguments ')' | genexp | '[' slices ']')*
COIL_DECL expr* parser_rules::parse_primary() {
  const token& first = look();
  expr* e = parse_atom();
  depth_guard chain(*this, 0);
  for (;;) {
    switch (look().kind) {
      case token_kind::dot: {
        if (kind_at(1) != token_kind::name) return e;
        take();
        const token& name = take();
        chain.add();
        auto* node = make_node<attribute_expr>(expr_kind::Attribute, span_from(first));
        node->value = e;
        node->attr = identifier(name);
        e = node;
        break;
      }
      case token_kind::lpar: {
        expr* call = nullptr;
        if (!attempt([&] { call = parse_call(e); })) return e;
        chain.add();
        call->where = span_from(first);
        e = call;
        break;
      }
      case token_kind::lsqb: {
        expr* slice = nullptr;
        if (!attempt([&] {
              take();
              slice = parse_slices();
              expect(token_kind::rsqb);
            }))
          return e;
        chain.add();
        auto* node = make_node<subscript_expr>(expr_kind::Subscript, span_from(first));
        node->value = e;
        node->slice = slice;
        e = node;
        break;
      }
      default: return e;
    }
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
COIL_DECL expr* parser_rules::parse_slices() {
  const token& first = look();
  auto starred = [&]() -> expr* {
    const token& star = take();
    expr* value = parse_expression();
    auto* node = make_node<starred_expr>(expr_kind::Starred, span_from(star));
    node->value = value;
    return node;
  };
  bool first_starred = at(token_kind::star);
  expr* item = first_starred ? starred() : parse_slice();
  if (!first_starred && !at(token_kind::comma)) return item;
  std::size_t mark = list_mark();
  list_push(item);
  while (accept(token_kind::comma)) {
    if (at(token_kind::rsqb)) break;
    list_push(at(token_kind::star) ? starred() : parse_slice());
  }
  auto* tuple = make_node<tuple_expr>(expr_kind::Tuple, span_from(first));
  tuple->elts = finish_list<expr>(mark);
  return tuple;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
COIL_DECL expr* parser_rules::parse_slice() {
  const token& first = look();
  expr* lower = nullptr;
  if (!at(token_kind::colon)) {
    if (at(token_kind::name) && kind_at(1) == token_kind::colon_equal) return parse_assignment_expression();
    std::size_t start = pos_;
    lower = parse_expression();
    if (!at(token_kind::colon)) {
      if (at(token_kind::colon_equal)) mismatch();
      if (invalid_pass_ && at(token_kind::equal)) check_invalid_named_expression(lower, start);
      return lower;
    }
  }
  take();  // ':'
  expr* upper = can_start_expression(look().kind) ? parse_expression() : nullptr;
  expr* step = nullptr;
  if (accept(token_kind::colon) && can_start_expression(look().kind)) step = parse_expression();
  auto* node = make_node<slice_expr>(expr_kind::Slice, span_from(first));
  node->lower = lower;
  node->upper = upper;
  node->step = step;
  return node;
}

// lambdef: 'lambda' [lambda_params] ':' expression
COIL_DECL expr* parser_rules::parse_lambda() {
  const token& first = take();
  arguments* args = parse_parameters(true);
  const token& colon = expect(token_kind::colon);
  if (invalid_pass_ && at(token_kind::fstring_middle))
    raise_at(span_between(span_of(first), span_of(colon)),
             "f-string: lambda expressions are not allowed without parentheses");
  expr* body = parse_expression();
  auto* node = make_node<lambda_expr>(expr_kind::Lambda, span_from(first));
  node->args = args;
  node->body = body;
  return node;
}

}  // namespace coil::syntax
