// Expressions: each compiles into a register, the caller's target where that is safe, and leaves
// the temporaries it used free again.
#pragma once

#include <coil/compiler/impl/code_generator.ipp>
#include <coil/compiler/impl/constant_sets.ipp>
#include <coil/syntax/lexer.hpp>
#include <coil/syntax/literals.hpp>

#include <string>
#include <string_view>
#include <unordered_set>

namespace coil::compiler::detail {

using syntax::expr_kind;

inline reg generator::expr(const syntax::expr* e, std::optional<reg> target) {
  const syntax::source_span saved_span = f_->span_;
  f_->span_ = e->where;
  const reg mark = f_->next_free_;
  // A plain local read needs no instruction when the caller does not care where the value is.
  if (e->kind == expr_kind::Name && !target) {
    const auto& name = e->as<syntax::name_expr>();
    const symbol* sym = f_->scope_.find(name.id);
    if (f_->scope_.is_function_like() && sym != nullptr && sym->scope == name_scope::local) {
      reg r = *local_register(sym->name);
      if (!f_->assigned_[r]) f_->emit(vm::opcode::check_bound, r, str_constant(sym->name));
      f_->span_ = saved_span;
      return r;
    }
  }
  // Expressions that write their target before reading all their operands need a fresh
  // register when the target is a named local (`x = y and x`).
  const bool writes_early = e->kind == expr_kind::BoolOp || e->kind == expr_kind::IfExp || e->kind == expr_kind::NamedExpr ||
                            e->kind == expr_kind::Compare;
  reg t;
  if (!target || (writes_early && f_->is_named(*target))) {
    t = f_->allocate();
  } else {
    t = *target;
  }
  switch (e->kind) {
    case expr_kind::Constant: expr_constant(e->as<syntax::constant_expr>(), t); break;
    case expr_kind::Name: load_name(e->as<syntax::name_expr>().id, t, e->where); break;
    case expr_kind::BinOp: expr_binary(e->as<syntax::bin_op_expr>(), t); break;
    case expr_kind::UnaryOp: {
      const auto& u = e->as<syntax::unary_op_expr>();
      // Negative literals fold, so -1 is one load.
      if (u.op == syntax::unary_operator::minus && u.operand->kind == expr_kind::Constant &&
          u.operand->as<syntax::constant_expr>().what == syntax::constant_kind::integer) {
        const auto& c = u.operand->as<syntax::constant_expr>();
        auto digits = runtime::big_int::from_digits(c.text, c.base);
        if (digits) {
          runtime::big_int negated = -*digits;
          auto small = negated.to_int64();
          if (small && *small >= INT16_MIN) {
            f_->emit(vm::opcode::load_small_int, t, static_cast<std::uint16_t>(static_cast<std::int16_t>(*small)));
          } else if (small && vm::value::fits_small_int(*small)) {
            f_->emit(vm::opcode::load_const, t, f_->constant(vm::value::from_small_int(*small)));
          } else {
            f_->emit(vm::opcode::load_const, t, f_->constant(program_.big_int_constant(std::move(negated))));
          }
          break;
        }
      }
      const reg operand = expr(u.operand);
      vm::opcode op = vm::opcode::negate;
      switch (u.op) {
        case syntax::unary_operator::minus: op = vm::opcode::negate; break;
        case syntax::unary_operator::plus: op = vm::opcode::positive; break;
        case syntax::unary_operator::invert: op = vm::opcode::invert; break;
        case syntax::unary_operator::not_: op = vm::opcode::logical_not; break;
      }
      f_->span_ = e->where;
      f_->emit(op, t, operand);
      break;
    }
    case expr_kind::BoolOp: expr_bool_op(e->as<syntax::bool_op_expr>(), t); break;
    case expr_kind::Compare: expr_compare(e->as<syntax::compare_expr>(), t); break;
    case expr_kind::IfExp: {
      const auto& c = e->as<syntax::if_exp_expr>();
      std::vector<std::uint32_t> to_else;
      condition_jump(c.test, false, to_else);
      ++f_->conditional_depth_;
      expr(c.body, t);
      const std::uint32_t to_end = emit_jump(vm::opcode::jump);
      for (auto j : to_else) patch_jump(j, f_->here());
      expr(c.orelse, t);
      --f_->conditional_depth_;
      patch_jump(to_end, f_->here());
      break;
    }
    case expr_kind::Call: expr_call(e->as<syntax::call_expr>(), t); break;
    case expr_kind::Attribute: {
      const auto& a = e->as<syntax::attribute_expr>();
      const reg object = expr(a.value);
      f_->span_ = e->where;
      f_->emit(vm::opcode::get_attr, t, object, str_constant(a.attr));
      break;
    }
    case expr_kind::Subscript: {
      const auto& s = e->as<syntax::subscript_expr>();
      const reg object = expr(s.value);
      const reg key = expr(s.slice);  // a[i:j] builds a slice; a[i:j, k] a tuple holding one
      f_->span_ = e->where;
      f_->emit(vm::opcode::get_item, t, object, key);
      break;
    }
    case expr_kind::List: expr_sequence(e->as<syntax::list_expr>(), t, false); break;
    case expr_kind::Tuple: expr_sequence(e->as<syntax::list_expr>(), t, true); break;
    case expr_kind::JoinedStr: expr_joined_str(e->as<syntax::joined_str_expr>(), t); break;
    case expr_kind::FormattedValue: {
      // Only inside a JoinedStr; handled there.
      fail(e->where, "SystemError", "coil: a formatted value outside an f-string");
    }
    case expr_kind::NamedExpr: expr_named(e->as<syntax::named_expr>(), t); break;
    case expr_kind::Lambda: {
      const auto& l = e->as<syntax::lambda_expr>();
      note_signature_constants(l.args, nullptr);
      const scope* s = symbols_.scope_of(e);
      vm::code_object* code = compile_function_code(*s, l.args, nullptr, l.body, nullptr);
      emit_make_function(*s, code, l.args, t);
      break;
    }
    case expr_kind::ListComp: expr_comprehension(e, t); break;
    case expr_kind::Dict: expr_dict(e->as<syntax::dict_expr>(), t); break;
    case expr_kind::Set: expr_set(e->as<syntax::set_expr>(), t, false); break;
    case expr_kind::SetComp: expr_comprehension(e, t); break;
    case expr_kind::DictComp: expr_comprehension(e, t); break;
    case expr_kind::GeneratorExp: expr_comprehension(e, t); break;
    case expr_kind::Await: {
      const reg awaited = expr(e->as<syntax::await_expr>().value);
      f_->span_ = e->where;
      emit_await(awaited, t);
      break;
    }
    case expr_kind::Yield: {
      const auto& y = e->as<syntax::yield_expr>();
      reg v;
      if (y.value != nullptr) {
        v = expr(y.value);
      } else {
        v = f_->allocate();
        f_->emit(vm::opcode::load_none, v);
      }
      f_->span_ = e->where;
      f_->emit(vm::opcode::yield_value, t, v);
      break;
    }
    case expr_kind::YieldFrom: {
      const reg iterable = expr(e->as<syntax::yield_from_expr>().value);
      const reg iterator = f_->allocate();
      f_->span_ = e->where;
      f_->emit(vm::opcode::get_iter, iterator, iterable);
      f_->emit(vm::opcode::load_none, t);
      f_->emit(vm::opcode::yield_from, t, iterator);
      break;
    }
    case expr_kind::Starred: fail(e->where, "SyntaxError", "can't use starred expression here");
    case expr_kind::Slice: {
      // Only inside a subscript (the parser sees to that): slice(lower, upper[, step]).
      const auto& sl = e->as<syntax::slice_expr>();
      const std::size_t parts = sl.step != nullptr ? 3 : 2;
      const reg first = f_->allocate(parts);
      const syntax::expr* bounds[] = {sl.lower, sl.upper, sl.step};
      for (std::size_t i = 0; i < parts; ++i) {
        if (bounds[i] != nullptr) expr(bounds[i], static_cast<reg>(first + i));
        else f_->emit(vm::opcode::load_none, first + i);
      }
      f_->span_ = e->where;
      f_->emit(vm::opcode::build_slice, t, first, parts);
      break;
    }
  }
  f_->span_ = saved_span;
  if (target) {
    if (t != *target) f_->emit(vm::opcode::move, *target, t);
    f_->next_free_ = mark;
    return *target;
  }
  f_->next_free_ = static_cast<reg>(t + 1);
  return t;
}

inline void generator::expr_constant(const syntax::constant_expr& c, reg target) {
  using syntax::constant_kind;
  switch (c.what) {
    case constant_kind::none: f_->emit(vm::opcode::load_none, target); return;
    case constant_kind::true_: f_->emit(vm::opcode::load_bool, target, 1); return;
    case constant_kind::false_: f_->emit(vm::opcode::load_bool, target, 0); return;
    case constant_kind::ellipsis: f_->emit(vm::opcode::load_const, target, f_->constant(vm::value::ellipsis())); return;
    case constant_kind::floating: f_->emit(vm::opcode::load_const, target, f_->constant(vm::value::from_double(c.number))); return;
    case constant_kind::imaginary: unsupported(f_->span_, "complex numbers");
    case constant_kind::bytes: unsupported(f_->span_, "bytes literals");
    case constant_kind::string:
      note_cached_string(c.text, false);
      f_->emit(vm::opcode::load_const, target, str_constant(c.text));
      return;
    case constant_kind::integer: {
      if (c.base == 10 && c.text.size() > runtime::big_int::max_str_digits)
        fail(f_->span_, "SyntaxError",
             "Exceeds the limit (4300 digits) for integer string conversion: value has " + std::to_string(c.text.size()) +
                 " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                 "literals to avoid decimal conversion limits.");
      auto value = runtime::big_int::from_digits(c.text, c.base);
      if (!value) fail(f_->span_, "SyntaxError", "invalid integer literal");
      auto small = value->to_int64();
      if (small && *small <= INT16_MAX) {
        f_->emit(vm::opcode::load_small_int, target, static_cast<std::uint16_t>(static_cast<std::int16_t>(*small)));
      } else if (small && vm::value::fits_small_int(*small)) {
        f_->emit(vm::opcode::load_const, target, f_->constant(vm::value::from_small_int(*small)));
      } else {
        f_->emit(vm::opcode::load_const, target, f_->constant(program_.big_int_constant(std::move(*value))));
      }
      return;
    }
  }
}

inline void generator::expr_binary(const syntax::bin_op_expr& e, reg target) {
  const reg left = expr(e.left);
  const reg right = expr(e.right);
  f_->span_ = e.where;
  vm::opcode op = vm::opcode::add;
  switch (e.op) {
#define COIL_AST_BINARY_OPERATOR(python_name, cpp_name, text) \
  case syntax::binary_operator::cpp_name: op = vm::opcode::cpp_name##_instruction; break;
#define add_instruction add
#define sub_instruction subtract
#define mult_instruction multiply
#define mat_mult_instruction matrix_multiply
#define div_instruction true_divide
#define mod_instruction modulo
#define pow_instruction power
#define lshift_instruction left_shift
#define rshift_instruction right_shift
#define bit_or_instruction bit_or
#define bit_xor_instruction bit_xor
#define bit_and_instruction bit_and
#define floor_div_instruction floor_divide
#include <coil/syntax/ast_operators.def>
#undef add_instruction
#undef sub_instruction
#undef mult_instruction
#undef mat_mult_instruction
#undef div_instruction
#undef mod_instruction
#undef pow_instruction
#undef lshift_instruction
#undef rshift_instruction
#undef bit_or_instruction
#undef bit_xor_instruction
#undef bit_and_instruction
#undef floor_div_instruction
  }
  f_->emit(op, target, left, right);
}

inline void generator::expr_bool_op(const syntax::bool_op_expr& e, reg target) {
  // `a and b` is a if a is falsy else b: each operand lands in target, and a falsy (for `and`)
  // or truthy (for `or`) one jumps to the end with itself as the result.
  const vm::opcode exit = e.op == syntax::bool_operator::and_ ? vm::opcode::jump_if_false : vm::opcode::jump_if_true;
  std::vector<std::uint32_t> to_end;
  for (std::size_t i = 0; i < e.values.size(); ++i) {
    if (i > 0) ++f_->conditional_depth_;
    expr(e.values[i], target);
    if (i + 1 < e.values.size()) to_end.push_back(emit_jump(exit, target));
  }
  if (e.values.size() > 1) --f_->conditional_depth_;
  for (auto j : to_end) patch_jump(j, f_->here());
}

inline void generator::emit_compare(syntax::compare_operator op, reg target, reg left, reg right) {
  using syntax::compare_operator;
  vm::opcode code = vm::opcode::equal;
  switch (op) {
    case compare_operator::eq: code = vm::opcode::equal; break;
    case compare_operator::not_eq_: code = vm::opcode::not_equal; break;
    case compare_operator::lt: code = vm::opcode::less; break;
    case compare_operator::lt_e: code = vm::opcode::less_equal; break;
    case compare_operator::gt: code = vm::opcode::greater; break;
    case compare_operator::gt_e: code = vm::opcode::greater_equal; break;
    case compare_operator::is: code = vm::opcode::is; break;
    case compare_operator::is_not: code = vm::opcode::is_not; break;
    case compare_operator::in: code = vm::opcode::contains; break;
    case compare_operator::not_in: code = vm::opcode::not_contains; break;
  }
  f_->emit(code, target, left, right);
}

inline void generator::expr_compare(const syntax::compare_expr& e, reg target) {
  // a < b < c: each middle operand is evaluated once; a false link ends with False in target.
  reg left = expr(e.left);
  std::vector<std::uint32_t> to_end;
  for (std::size_t i = 0; i < e.ops.size(); ++i) {
    const bool membership = e.ops[i] == syntax::compare_operator::in || e.ops[i] == syntax::compare_operator::not_in;
    const reg right = i + 1 < e.ops.size() ? expr_into_new(e.comparators[i])
                      : membership         ? expr_iterable(e.comparators[i])
                                           : expr(e.comparators[i]);
    f_->span_ = e.where;
    emit_compare(e.ops[i], target, left, right);
    if (i + 1 < e.ops.size()) to_end.push_back(emit_jump(vm::opcode::jump_if_false, target));
    left = right;
  }
  for (auto j : to_end) patch_jump(j, f_->here());
}

// Emits jumps taken when `test` is `jump_if`; short-circuits `and`/`or`/`not` without
// materialising booleans.
inline void generator::condition_jump(const syntax::expr* test, bool jump_if, std::vector<std::uint32_t>& jumps) {
  if (test->kind == expr_kind::UnaryOp && test->as<syntax::unary_op_expr>().op == syntax::unary_operator::not_) {
    condition_jump(test->as<syntax::unary_op_expr>().operand, !jump_if, jumps);
    return;
  }
  if (test->kind == expr_kind::BoolOp) {
    const auto& b = test->as<syntax::bool_op_expr>();
    const bool is_and = b.op == syntax::bool_operator::and_;
    if (is_and != jump_if) {
      // and with jump-if-false / or with jump-if-true: any operand decides.
      for (std::size_t i = 0; i < b.values.size(); ++i) {
        if (i > 0) ++f_->conditional_depth_;
        condition_jump(b.values[i], jump_if, jumps);
        if (i > 0) --f_->conditional_depth_;
      }
    } else {
      // and with jump-if-true: all must hold; a failing one skips past the jump.
      std::vector<std::uint32_t> skip;
      for (std::size_t i = 0; i < b.values.size(); ++i) {
        if (i > 0) ++f_->conditional_depth_;
        condition_jump(b.values[i], i + 1 < b.values.size() ? !jump_if : jump_if, i + 1 < b.values.size() ? skip : jumps);
        if (i > 0) --f_->conditional_depth_;
      }
      for (auto j : skip) patch_jump(j, f_->here());
    }
    return;
  }
  const reg mark = f_->next_free_;
  const reg r = expr(test);
  f_->span_ = test->where;
  jumps.push_back(emit_jump(jump_if ? vm::opcode::jump_if_true : vm::opcode::jump_if_false, r));
  f_->next_free_ = mark;
}

inline void generator::expr_call(const syntax::call_expr& e, reg target) {
  // CPython's compiler refuses a keyword given twice before it compiles anything of the call.
  if (e.keywords.size() > 1) {
    std::unordered_set<std::string_view> seen;
    for (const auto* k : e.keywords)
      if (!k->is_double_star && !seen.insert(k->name).second)
        fail(k->where, "SyntaxError", "keyword argument repeated: " + std::string(k->name));
  }
  bool simple = true;
  for (const auto* a : e.args)
    if (a->kind == expr_kind::Starred) simple = false;
  for (const auto* k : e.keywords)
    if (k->is_double_star) simple = false;
  if (!simple) {
    expr_call_unpacked(e, target);
    return;
  }
  if (e.func->kind == expr_kind::Attribute && e.keywords.empty()) {
    // obj.m(args): look the method up without allocating a bound method, self in base + 1.
    const auto& attribute = e.func->as<syntax::attribute_expr>();
    const reg base = f_->allocate(2 + e.args.size());
    expr(attribute.value, static_cast<reg>(base + 1));
    f_->span_ = e.func->where;
    f_->emit(vm::opcode::get_method, base, base + 1, str_constant(attribute.attr));
    for (std::size_t i = 0; i < e.args.size(); ++i) expr(e.args[i], static_cast<reg>(base + 2 + i));
    f_->span_ = e.where;
    f_->emit(vm::opcode::call_method, base, 0, e.args.size());
    if (base != target) f_->emit(vm::opcode::move, target, base);
    return;
  }
  const reg base = f_->allocate(1 + e.args.size() + e.keywords.size());
  expr(e.func, base);
  for (std::size_t i = 0; i < e.args.size(); ++i) expr(e.args[i], static_cast<reg>(base + 1 + i));
  for (std::size_t i = 0; i < e.keywords.size(); ++i) expr(e.keywords[i]->value, static_cast<reg>(base + 1 + e.args.size() + i));
  f_->span_ = e.where;
  if (e.keywords.empty()) {
    f_->emit(vm::opcode::call, base, 0, e.args.size());
  } else {
    std::vector<vm::value> names;
    for (const auto* k : e.keywords) {
      note_cached_string(k->name, true);
      names.push_back(program_.str_constant(k->name));
    }
    f_->emit(vm::opcode::call_keywords, base, f_->constant(program_.tuple_constant(names)), e.args.size());
  }
  if (base != target) f_->emit(vm::opcode::move, target, base);
}

// f(a, *b, k=v, **m): the positional arguments gathered in a tuple, the keywords in a dict.
// A lone f(*x) is iterated only after the keywords, as CPython does (it passes x to the call as
// it is), and a non-iterable x is an error naming the callee; among other positional arguments x
// is unpacked in place and the error is the display's "Value after *".
inline void generator::expr_call_unpacked(const syntax::call_expr& e, reg target) {
  const reg function = f_->allocate(4);  // the callee, the tuple, the dict (or None), a lone *x
  expr(e.func, function);
  const reg parts = static_cast<reg>(function + 1);
  const reg lone_star = static_cast<reg>(function + 3);
  const bool is_lone_star = e.args.size() == 1 && e.args[0]->kind == expr_kind::Starred;
  f_->emit(vm::opcode::build_list, parts, 0, 0);
  for (const auto* a : e.args) {
    if (is_lone_star) {
      expr(a->as<syntax::starred_expr>().value, lone_star);
    } else if (a->kind == expr_kind::Starred) {
      const reg v = expr(a->as<syntax::starred_expr>().value);
      f_->span_ = a->where;
      f_->emit(vm::opcode::list_extend, parts, v, 1);
    } else {
      const reg v = expr(a);
      f_->emit(vm::opcode::list_append, parts, v);
    }
    f_->next_free_ = static_cast<reg>(parts + 3);
  }
  if (e.keywords.empty()) {
    f_->emit(vm::opcode::load_none, parts + 1);
  } else {
    f_->emit(vm::opcode::build_dict, parts + 1, 0, 0);
    for (const auto* k : e.keywords) {
      if (k->is_double_star) {
        const reg m = expr(k->value);
        f_->span_ = k->value->where;
        f_->emit(vm::opcode::dict_merge, parts + 1, m, function);
      } else {
        const reg name = f_->allocate();
        note_cached_string(k->name, true);
        f_->emit(vm::opcode::load_const, name, str_constant(k->name));
        const reg v = expr(k->value);
        f_->emit(vm::opcode::dict_set, parts + 1, name, v);
      }
      f_->next_free_ = static_cast<reg>(parts + 3);
    }
  }
  f_->span_ = e.where;
  if (is_lone_star) f_->emit(vm::opcode::list_extend, parts, lone_star, 2);
  f_->emit(vm::opcode::list_to_tuple, parts, parts);
  f_->emit(vm::opcode::call_unpacked, target, function, parts);
}

inline void generator::expr_dict(const syntax::dict_expr& e, reg target) {
  bool has_unpacking = false;
  for (const auto* k : e.keys) has_unpacking = has_unpacking || k == nullptr;
  if (!has_unpacking) {
    const reg first = f_->allocate(2 * e.keys.size());
    for (std::size_t i = 0; i < e.keys.size(); ++i) {
      expr(e.keys[i], static_cast<reg>(first + 2 * i));
      expr(e.values[i], static_cast<reg>(first + 2 * i + 1));
    }
    f_->span_ = e.where;
    f_->emit(vm::opcode::build_dict, target, first, e.keys.size());
    return;
  }
  const reg d = f_->allocate();
  f_->emit(vm::opcode::build_dict, d, 0, 0);
  for (std::size_t i = 0; i < e.keys.size(); ++i) {
    const reg mark = f_->next_free_;
    if (e.keys[i] == nullptr) {
      const reg m = expr(e.values[i]);
      f_->span_ = e.values[i]->where;
      f_->emit(vm::opcode::dict_update, d, m);
    } else {
      const reg k = expr_into_new(e.keys[i]);
      const reg v = expr(e.values[i]);
      f_->emit(vm::opcode::dict_set, d, k, v);
    }
    f_->next_free_ = mark;
  }
  f_->emit(vm::opcode::move, target, d);
}

inline void generator::expr_sequence(const syntax::list_expr& e, reg target, bool is_tuple) {
  bool has_starred = false;
  for (const auto* item : e.elts) has_starred = has_starred || item->kind == expr_kind::Starred;
  if (has_starred) {
    // [a, *b, c] and (*a, b): built as a list item by item, then made a tuple if need be.
    const reg list = f_->allocate();
    f_->emit(vm::opcode::build_list, list, 0, 0);
    for (const auto* item : e.elts) {
      const reg mark = f_->next_free_;
      if (item->kind == expr_kind::Starred) {
        const reg v = expr(item->as<syntax::starred_expr>().value);
        f_->span_ = item->where;
        f_->emit(vm::opcode::list_extend, list, v, 1);
      } else {
        const reg v = expr(item);
        f_->emit(vm::opcode::list_append, list, v);
      }
      f_->next_free_ = mark;
    }
    f_->span_ = e.where;
    f_->emit(is_tuple ? vm::opcode::list_to_tuple : vm::opcode::move, target, list);
    return;
  }
  const reg first = f_->allocate(e.elts.size());
  for (std::size_t i = 0; i < e.elts.size(); ++i) expr(e.elts[i], static_cast<reg>(first + i));
  f_->span_ = e.where;
  f_->emit(is_tuple ? vm::opcode::build_tuple : vm::opcode::build_list, target, first, e.elts.size());
}

// The display CPython's frozenset constant for `e` comes from: the first display compiled with
// the same key, or `e` itself; null when `e` is not all constants. `rebuilt_twice` receives
// whether that frozenset is rebuilt a second time (constant_sets.ipp).
inline const syntax::set_expr* generator::shared_constant_set(const syntax::set_expr& e, bool* rebuilt_twice) {
  auto info = analyze_constant_set(e);
  if (!info) return nullptr;
  auto found = constant_sets_.find(info->key);
  if (found == constant_sets_.end()) {
    // A string whose cached constant is an identifier is interned already; a literal one is
    // replaced when it is made a code object's constant if an equal string was interned before.
    bool twice = false;
    for (const std::string& s : info->interned_items) {
      auto cached = cached_strings_.try_emplace(s, false).first;
      twice = twice || (!cached->second && (interned_at_startup(s) || is_identifier_of_script(s)));
    }
    found = constant_sets_.emplace(std::move(info->key), std::make_pair(&e, twice)).first;
  }
  for (const syntax::expr* item : e.elts) note_cached_strings_in(item);
  if (rebuilt_twice != nullptr) *rebuilt_twice = found->second.second;
  return found->second.first;
}

inline void generator::note_cached_string(std::string_view text, bool identifier) {
  if (text.empty() || text.size() > 64) return;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_')) return;
  cached_strings_.try_emplace(std::string(text), identifier);
}

// The string literals CPython files when it compiles `e`, as far as they matter here: constants
// and the items of constant tuples.
inline void generator::note_cached_strings_in(const syntax::expr* e, int depth) {
  if (e == nullptr || depth > 32) return;
  if (e->kind == expr_kind::Constant) {
    const auto& c = e->as<syntax::constant_expr>();
    if (c.what == syntax::constant_kind::string) note_cached_string(c.text, false);
  } else if (e->kind == expr_kind::Tuple) {
    for (const syntax::expr* item : e->as<syntax::tuple_expr>().elts) note_cached_strings_in(item, depth + 1);
  }
}

// CPython compiles a def's defaults, keyword-only parameter names and annotations (with the
// parameters' names as constants) before its body; coil compiles the body first, so they are
// noted here in CPython's order.
inline void generator::note_signature_constants(const syntax::arguments* args, const syntax::expr* returns) {
  if (args != nullptr) {
    for (const syntax::expr* d : args->defaults) note_cached_strings_in(d);
    for (std::size_t i = 0; i < args->kwonlyargs.size(); ++i)
      if (i < args->kw_defaults.size() && args->kw_defaults[i] != nullptr) note_cached_strings_in(args->kw_defaults[i]);
    for (std::size_t i = 0; i < args->kwonlyargs.size(); ++i)
      if (i < args->kw_defaults.size() && args->kw_defaults[i] != nullptr) note_cached_string(args->kwonlyargs[i]->name, true);
    auto annotated = [&](const syntax::arg* a) {
      if (a == nullptr || a->annotation == nullptr) return;
      note_cached_string(a->name, true);
      note_cached_strings_in(a->annotation);
    };
    for (const syntax::arg* a : args->args) annotated(a);
    for (const syntax::arg* a : args->posonlyargs) annotated(a);
    annotated(args->vararg);
    for (const syntax::arg* a : args->kwonlyargs) annotated(a);
    annotated(args->kwarg);
  }
  if (returns != nullptr) {
    note_cached_string("return", true);
    note_cached_strings_in(returns);
  }
}

// Whether `name` is an identifier somewhere in the script (CPython's parser interns them all).
inline bool generator::is_identifier_of_script(std::string_view name) {
  if (!identifiers_) {
    identifiers_.emplace();
    const syntax::token_stream tokens = syntax::tokenize(source_);
    for (const syntax::token& t : tokens.tokens)
      if (t.kind == syntax::token_kind::name) identifiers_->insert(t.text);
  }
  return identifiers_->count(name) != 0;
}

// {a, b, *c}. Without a star the items are evaluated, then added in order, except where CPython
// makes a frozenset constant of the display (see constant_sets.ipp): with more than two items,
// merged into the new set (set_update mode 2), and as the iterable of a loop or the right side of
// `in` (`in_order`: that frozenset itself, mode 3). The VM rebuilds that frozenset from the first
// equal display's items.
inline void generator::expr_set(const syntax::set_expr& e, reg target, bool in_order) {
  std::size_t leading = 0;  // the items before the first star
  while (leading < e.elts.size() && e.elts[leading]->kind != expr_kind::Starred) ++leading;
  if (leading == e.elts.size()) {
    bool twice = false;
    const syntax::set_expr* constant = in_order || e.elts.size() > 2 ? shared_constant_set(e, &twice) : nullptr;
    const syntax::set_expr& source = constant != nullptr ? *constant : e;
    const reg first = f_->allocate(source.elts.size());
    for (std::size_t i = 0; i < source.elts.size(); ++i) expr(source.elts[i], static_cast<reg>(first + i));
    f_->span_ = e.where;
    if (constant == nullptr) {
      f_->emit(vm::opcode::build_set, target, first, e.elts.size());
      return;
    }
    const reg items = f_->allocate();
    f_->emit(vm::opcode::build_tuple, items, first, source.elts.size());
    f_->emit(vm::opcode::build_set, target, 0, 0);
    f_->emit(vm::opcode::set_update, target, items, (in_order ? 3 : 2) | (twice ? 4 : 0));
    return;
  }
  const reg s = f_->allocate();
  const reg first = f_->allocate(leading);
  for (std::size_t i = 0; i < leading; ++i) expr(e.elts[i], static_cast<reg>(first + i));
  f_->span_ = e.where;
  f_->emit(vm::opcode::build_set, s, first, leading);
  for (std::size_t i = leading; i < e.elts.size(); ++i) {
    const syntax::expr* item = e.elts[i];
    const reg mark = f_->next_free_;
    if (item->kind == expr_kind::Starred) {
      const reg v = expr(item->as<syntax::starred_expr>().value);
      f_->span_ = item->where;
      f_->emit(vm::opcode::set_update, s, v, 0);
    } else {
      const reg v = expr(item);
      f_->span_ = e.where;
      f_->emit(vm::opcode::set_add, s, v);
    }
    f_->next_free_ = mark;
  }
  f_->emit(vm::opcode::move, target, s);
}

// The iterable of a for loop or comprehension, or the right side of `in`: a set display there is
// CPython's frozenset constant (above).
inline reg generator::expr_iterable(const syntax::expr* e) {
  if (e->kind != expr_kind::Set) return expr(e);
  const reg target = f_->allocate();
  expr_set(e->as<syntax::set_expr>(), target, true);
  return target;
}

inline void generator::expr_joined_str(const syntax::joined_str_expr& e, reg target) {
  const reg first = f_->allocate(e.values.size());
  for (std::size_t i = 0; i < e.values.size(); ++i) {
    const syntax::expr* part = e.values[i];
    const reg r = static_cast<reg>(first + i);
    if (part->kind == expr_kind::FormattedValue) {
      const auto& v = part->as<syntax::formatted_value_expr>();
      const reg pair = f_->allocate(2);
      expr(v.value, pair);
      std::uint32_t mode = v.conversion == 'r' ? 2 : v.conversion == 'a' ? 3 : v.conversion == 's' ? 1 : 0;
      if (v.format_spec != nullptr) {
        expr(v.format_spec, static_cast<reg>(pair + 1));
        mode |= 4;
      }
      f_->span_ = part->where;
      f_->emit(vm::opcode::format_value, r, pair, mode);
      f_->next_free_ = static_cast<reg>(first + e.values.size());
    } else {
      expr(part, r);
    }
  }
  f_->emit(vm::opcode::build_string, target, first, e.values.size());
}

inline void generator::expr_named(const syntax::named_expr& e, reg target) {
  expr(e.value, target);
  store_name(e.target->as<syntax::name_expr>().id, target);
}

// A list comprehension runs as a nested function called with the first iterable's iterator,
// as in CPython before 3.12 (the observable scoping is the same as 3.12's inlining).
inline void generator::expr_comprehension(const syntax::expr* e, reg target) {
  const scope* s = symbols_.scope_of(e);
  if (f_->code_ != nullptr && &f_->scope_ == s) {
    // Inside the comprehension's own code: build the list from `.0` (register 0).
    const bool is_dict = e->kind == expr_kind::DictComp;
    const bool is_generator = e->kind == expr_kind::GeneratorExp;
    const bool is_set = e->kind == expr_kind::SetComp;
    const auto& generators = is_dict ? e->as<syntax::dict_comp_expr>().generators : e->as<syntax::list_comp_expr>().generators;
    if (!is_generator)
      f_->emit(is_dict ? vm::opcode::build_dict : is_set ? vm::opcode::build_set : vm::opcode::build_list, target, 0, 0);
    struct loop {
      std::uint32_t start;
      bool is_async;
      std::uint32_t await_end;  // async: the end of the instructions StopAsyncIteration may come from
      reg caught;               // async: where that exception lands
    };
    std::vector<loop> loops;
    std::vector<std::vector<std::uint32_t>> exits;
    for (std::size_t g = 0; g < generators.size(); ++g) {
      const syntax::comprehension* gen = generators[g];
      reg iterator;
      if (g == 0) {
        iterator = 0;
      } else {
        iterator = f_->allocate();
        const reg iterable = gen->is_async ? expr(gen->iter) : expr_iterable(gen->iter);
        f_->emit(gen->is_async ? vm::opcode::get_aiter : vm::opcode::get_iter, iterator, iterable);
      }
      const reg item = f_->allocate();
      const std::uint32_t start = f_->here();
      if (gen->is_async) {
        const reg caught = f_->allocate();
        loops.push_back(loop{start, true, emit_async_next(iterator, item), caught});
        exits.emplace_back();
      } else {
        const std::uint32_t exit = f_->emit(vm::opcode::for_iter, item, iterator, 0);
        loops.push_back(loop{start, false, 0, 0});
        exits.push_back({exit});
      }
      store_target(gen->target, item);
      for (const auto* condition : gen->ifs) {
        std::vector<std::uint32_t> skip;
        condition_jump(condition, false, skip);
        for (auto j : skip) exits.back().push_back(j | 0x80000000u);  // marked: jump to this loop's continue
      }
    }
    if (is_dict) {
      const auto& d = e->as<syntax::dict_comp_expr>();
      const reg key = expr_into_new(d.key);
      const reg item = expr(d.value);
      f_->span_ = e->where;
      f_->emit(vm::opcode::dict_set, target, key, item);
    } else if (is_generator) {
      const reg element = expr(e->as<syntax::list_comp_expr>().elt);
      const reg sent = f_->allocate();
      f_->span_ = e->where;
      f_->emit(vm::opcode::yield_value, sent, element);
    } else if (is_set) {
      const reg element = expr(e->as<syntax::list_comp_expr>().elt);
      f_->span_ = e->where;
      f_->emit(vm::opcode::set_add, target, element);
    } else {
      const reg element = expr(e->as<syntax::list_comp_expr>().elt);
      f_->emit(vm::opcode::list_append, target, element);
    }
    for (std::size_t g = generators.size(); g-- > 0;) {
      const std::uint32_t continue_at = f_->here();
      emit_jump_to(vm::opcode::jump, loops[g].start);
      if (loops[g].is_async) {
        f_->code_->exception_ranges.push_back({loops[g].start, loops[g].await_end, f_->here(), loops[g].caught});
        f_->span_ = e->where;
        f_->emit(vm::opcode::end_async_for, loops[g].caught);
      }
      for (auto j : exits[g]) {
        if ((j & 0x80000000u) != 0) patch_jump(j & 0x7FFFFFFFu, continue_at);
        else patch_jump(j, f_->here());
      }
    }
    if (is_generator) f_->emit(vm::opcode::load_none, target);
    f_->emit(vm::opcode::return_value, target);
    f_->reachable_ = false;
    return;
  }
  const auto& generators = e->kind == expr_kind::DictComp ? e->as<syntax::dict_comp_expr>().generators
                                                          : e->as<syntax::list_comp_expr>().generators;
  // CPython 3.12 compiles an inlined comprehension's first iterable before its body (a generator
  // expression's after): a constant set there is filed first.
  if (e->kind != expr_kind::GeneratorExp && generators[0]->iter->kind == expr_kind::Set)
    shared_constant_set(generators[0]->iter->as<syntax::set_expr>());
  vm::code_object* code = compile_function_code(*s, nullptr, nullptr, nullptr, e);
  const reg base = f_->allocate(2);
  emit_make_function(*s, code, nullptr, base);
  const bool first_is_async = generators[0]->is_async;
  const reg iterable = first_is_async ? expr(generators[0]->iter) : expr_iterable(generators[0]->iter);
  f_->span_ = e->where;
  f_->emit(first_is_async ? vm::opcode::get_aiter : vm::opcode::get_iter, base + 1, iterable);
  f_->emit(vm::opcode::call, base, 0, 1);
  if (s->is_coroutine && e->kind != expr_kind::GeneratorExp) {
    // An asynchronous list/set/dict comprehension is a coroutine: awaiting it gives the result.
    emit_await(base, target);
  } else if (base != target) {
    f_->emit(vm::opcode::move, target, base);
  }
}

}  // namespace coil::compiler::detail
