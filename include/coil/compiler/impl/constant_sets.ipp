// Constant set displays as CPython 3.12 compiles them, which decides the order such a set prints
// in. CPython turns a display of constants into a frozenset constant (a display of more than two
// items, the iterable of a for loop or comprehension, the right side of `in`), re-inserting its
// items in the frozenset's own order when it files the constant, and every later constant equal
// to it (same items of the same types) in the module reuses the first one filed. This file
// evaluates the items the way CPython's AST optimizer folds them and computes the key the constant
// is filed under and whether it is rebuilt once or twice; the code generator keeps the first
// display per key (compile_expressions.ipp) and the VM rebuilds the frozenset from that display's
// items (runtime set_update).
#pragma once

#include <coil/runtime/big_int.hpp>
#include <coil/syntax/ast.hpp>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace coil::compiler::detail {

struct folded_constant;
using folded_tuple = std::vector<folded_constant>;

// A constant as CPython's AST optimizer folds it. Only the kinds a set display can hold.
struct folded_constant {
  struct none_t {};
  struct ellipsis_t {};
  std::variant<none_t, ellipsis_t, bool, runtime::big_int, double, std::string, folded_tuple> v;
};

namespace constant_set_detail {

#include <coil/compiler/impl/cpython_interned_names.inc>

// CPython refuses to fold products beyond these sizes (its safe_multiply limits).
inline constexpr std::uint64_t max_int_bits = 128;
inline constexpr std::size_t max_str_length = 4096;
inline constexpr std::size_t max_tuple_length = 256;

inline bool truthy(const folded_constant& c) {
  return std::visit(
      [](const auto& x) -> bool {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, folded_constant::none_t>) return false;
        else if constexpr (std::is_same_v<T, folded_constant::ellipsis_t>) return true;
        else if constexpr (std::is_same_v<T, bool>) return x;
        else if constexpr (std::is_same_v<T, runtime::big_int>) return !x.is_zero();
        else if constexpr (std::is_same_v<T, double>) return x != 0.0;
        else return !x.empty();
      },
      c.v);
}

// An int or bool as an int, for arithmetic.
inline std::optional<runtime::big_int> as_int(const folded_constant& c) {
  if (const auto* b = std::get_if<bool>(&c.v)) return runtime::big_int(*b ? 1 : 0);
  if (const auto* i = std::get_if<runtime::big_int>(&c.v)) return *i;
  return std::nullopt;
}

inline std::optional<double> as_double(const folded_constant& c) {
  if (const auto* d = std::get_if<double>(&c.v)) return *d;
  auto i = as_int(c);
  if (!i) return std::nullopt;
  auto small = i->to_int64();
  if (!small) return std::nullopt;  // CPython would round or overflow: not worth folding here
  return static_cast<double>(*small);
}

inline std::size_t code_points(std::string_view utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

inline std::optional<folded_constant> fold(const syntax::expr* e, int depth);

inline std::optional<folded_constant> fold_binary(const syntax::bin_op_expr& b, int depth) {
  using op = syntax::binary_operator;
  auto left = fold(b.left, depth + 1);
  auto right = fold(b.right, depth + 1);
  if (!left || !right) return std::nullopt;
  // Sequences: + and * (CPython refuses results past its size limits).
  const auto* ls = std::get_if<std::string>(&left->v);
  const auto* rs = std::get_if<std::string>(&right->v);
  const auto* lt = std::get_if<folded_tuple>(&left->v);
  const auto* rt = std::get_if<folded_tuple>(&right->v);
  if (ls != nullptr || rs != nullptr || lt != nullptr || rt != nullptr) {
    if (b.op == op::add && ls != nullptr && rs != nullptr) return folded_constant{*ls + *rs};
    if (b.op == op::add && lt != nullptr && rt != nullptr) {
      folded_tuple joined = *lt;
      joined.insert(joined.end(), rt->begin(), rt->end());
      return folded_constant{std::move(joined)};
    }
    if (b.op != op::mult) return std::nullopt;
    const bool sequence_left = ls != nullptr || lt != nullptr;
    auto count = as_int(sequence_left ? *right : *left);
    if (!count) return std::nullopt;
    auto n = count->to_int64();
    const folded_constant& sequence = sequence_left ? *left : *right;
    const auto* text = std::get_if<std::string>(&sequence.v);
    const std::size_t length = text != nullptr ? code_points(*text) : std::get<folded_tuple>(sequence.v).size();
    const std::size_t limit = text != nullptr ? max_str_length : max_tuple_length;
    if (!n || *n < 0 || (length != 0 && static_cast<std::uint64_t>(*n) > limit / length)) return std::nullopt;
    if (text != nullptr) {
      std::string out;
      for (std::int64_t i = 0; i < *n; ++i) out += *text;
      return folded_constant{std::move(out)};
    }
    folded_tuple out;
    for (std::int64_t i = 0; i < *n; ++i) out.insert(out.end(), std::get<folded_tuple>(sequence.v).begin(), std::get<folded_tuple>(sequence.v).end());
    return folded_constant{std::move(out)};
  }
  auto li = as_int(*left);
  auto ri = as_int(*right);
  if (li && ri) {
    switch (b.op) {
      case op::add: return folded_constant{*li + *ri};
      case op::sub: return folded_constant{*li - *ri};
      case op::mult:
        if (!li->is_zero() && !ri->is_zero() && li->bit_length() + ri->bit_length() > max_int_bits) return std::nullopt;
        return folded_constant{*li * *ri};
      case op::bit_and: return folded_constant{*li & *ri};
      case op::bit_or: return folded_constant{*li | *ri};
      case op::bit_xor: return folded_constant{*li ^ *ri};
      case op::floor_div:
      case op::mod: {
        auto r = b.op == op::floor_div ? runtime::big_int::floor_divide(*li, *ri) : runtime::big_int::modulo(*li, *ri);
        if (!r) return std::nullopt;  // by zero: CPython leaves the error to run time
        return folded_constant{std::move(*r)};
      }
      case op::div: {
        auto r = runtime::big_int::true_divide(*li, *ri);
        if (!r) return std::nullopt;
        return folded_constant{*r};
      }
      case op::pow: {
        if (ri->is_negative()) return std::nullopt;  // a float result: not worth folding here
        auto exponent = ri->to_int64();
        if (!li->is_zero() && !ri->is_zero() && (!exponent || li->bit_length() > max_int_bits / static_cast<std::uint64_t>(*exponent)))
          return std::nullopt;
        auto r = runtime::big_int::pow(*li, *ri);
        if (!r) return std::nullopt;
        return folded_constant{std::move(*r)};
      }
      case op::lshift: {
        auto count = ri->to_int64();
        if (!count || *count < 0) return std::nullopt;
        if (!li->is_zero() && *count != 0 &&
            (static_cast<std::uint64_t>(*count) > max_int_bits || li->bit_length() > max_int_bits - static_cast<std::uint64_t>(*count)))
          return std::nullopt;
        auto r = runtime::big_int::shift_left(*li, *count);
        if (!r) return std::nullopt;
        return folded_constant{std::move(*r)};
      }
      case op::rshift: {
        auto count = ri->to_int64();
        if (!count || *count < 0) return std::nullopt;
        auto r = runtime::big_int::shift_right(*li, *count);
        if (!r) return std::nullopt;
        return folded_constant{std::move(*r)};
      }
      default: return std::nullopt;
    }
  }
  if (b.op != op::add && b.op != op::sub && b.op != op::mult && b.op != op::div) return std::nullopt;
  auto ld = as_double(*left);
  auto rd = as_double(*right);
  if (!ld || !rd) return std::nullopt;
  if (b.op == op::div) {
    if (*rd == 0.0) return std::nullopt;
    return folded_constant{*ld / *rd};
  }
  return folded_constant{b.op == op::add ? *ld + *rd : b.op == op::sub ? *ld - *rd : *ld * *rd};
}

// The constant `e` folds to, or nullopt when CPython would leave it an expression (or coil does
// not know how it folds: then the display is built as a non-constant one).
inline std::optional<folded_constant> fold(const syntax::expr* e, int depth) {
  using syntax::constant_kind;
  if (e == nullptr || depth > 64) return std::nullopt;
  switch (e->kind) {
    case syntax::expr_kind::Constant: {
      const auto& c = e->as<syntax::constant_expr>();
      switch (c.what) {
        case constant_kind::none: return folded_constant{folded_constant::none_t{}};
        case constant_kind::ellipsis: return folded_constant{folded_constant::ellipsis_t{}};
        case constant_kind::true_: return folded_constant{true};
        case constant_kind::false_: return folded_constant{false};
        case constant_kind::floating: return folded_constant{c.number};
        case constant_kind::string: return folded_constant{std::string(c.text)};
        case constant_kind::integer: {
          auto i = runtime::big_int::from_digits(c.text, c.base);
          if (!i) return std::nullopt;
          return folded_constant{std::move(*i)};
        }
        default: return std::nullopt;  // complex and bytes: not supported by the VM anyway
      }
    }
    case syntax::expr_kind::UnaryOp: {
      const auto& u = e->as<syntax::unary_op_expr>();
      auto operand = fold(u.operand, depth + 1);
      if (!operand) return std::nullopt;
      if (u.op == syntax::unary_operator::not_) return folded_constant{!truthy(*operand)};
      if (auto i = as_int(*operand)) {
        switch (u.op) {
          case syntax::unary_operator::minus: return folded_constant{-*i};
          case syntax::unary_operator::invert: return folded_constant{~*i};
          default: return folded_constant{std::move(*i)};
        }
      }
      if (const auto* d = std::get_if<double>(&operand->v)) {
        if (u.op == syntax::unary_operator::minus) return folded_constant{-*d};
        if (u.op == syntax::unary_operator::plus) return folded_constant{*d};
      }
      return std::nullopt;
    }
    case syntax::expr_kind::BinOp: return fold_binary(e->as<syntax::bin_op_expr>(), depth);
    case syntax::expr_kind::Tuple: {
      const auto& t = e->as<syntax::tuple_expr>();
      folded_tuple items;
      for (const syntax::expr* item : t.elts) {
        auto f = fold(item, depth + 1);
        if (!f) return std::nullopt;
        items.push_back(std::move(*f));
      }
      return folded_constant{std::move(items)};
    }
    default: return std::nullopt;
  }
}

// Python's == between two constants.
inline bool equal(const folded_constant& a, const folded_constant& b) {
  const auto ai = as_int(a), bi = as_int(b);
  if (ai && bi) return *ai == *bi;
  const auto* ad = std::get_if<double>(&a.v);
  const auto* bd = std::get_if<double>(&b.v);
  if (ad && bd) return *ad == *bd;
  if (ad && bi) return runtime::big_int::equals(*bi, *ad);
  if (bd && ai) return runtime::big_int::equals(*ai, *bd);
  if (a.v.index() != b.v.index()) return false;
  if (const auto* as = std::get_if<std::string>(&a.v)) return *as == std::get<std::string>(b.v);
  if (const auto* at = std::get_if<folded_tuple>(&a.v)) {
    const auto& bt = std::get<folded_tuple>(b.v);
    if (at->size() != bt.size()) return false;
    for (std::size_t i = 0; i < at->size(); ++i)
      if (!equal((*at)[i], bt[i])) return false;
    return true;
  }
  return true;  // None, Ellipsis
}

// CPython's constant key, as text: equal only for constants of the same types and values (1,
// 1.0 and True differ; so do 0.0 and -0.0).
inline std::string key_of(const folded_constant& c) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, folded_constant::none_t>) return "N";
        else if constexpr (std::is_same_v<T, folded_constant::ellipsis_t>) return "E";
        else if constexpr (std::is_same_v<T, bool>) return x ? "T" : "F";
        else if constexpr (std::is_same_v<T, runtime::big_int>) {
          auto text = x.to_string(16);
          return "i" + (text ? *text : std::string("?")) + ";";
        } else if constexpr (std::is_same_v<T, double>) {
          char buffer[24];
          std::snprintf(buffer, sizeof buffer, "f%016llx", static_cast<unsigned long long>(std::bit_cast<std::uint64_t>(x)));
          return buffer;
        } else if constexpr (std::is_same_v<T, std::string>) {
          return "s" + std::to_string(x.size()) + ":" + x;
        } else {
          std::string out = "(";
          for (const auto& item : x) out += key_of(item);
          return out + ")";
        }
      },
      c.v);
}

}  // namespace constant_set_detail

// What the code generator needs to know about a display of constants.
struct constant_set {
  std::string key;  // CPython's constant key: the keys of the items kept (the first of equal ones), sorted
  // The kept str items that CPython interns when it makes the code object (non-empty, ASCII
  // letters, digits and underscores): when one of them was interned before (an identifier of the
  // script, or a string CPython interns at start-up), the frozenset is rebuilt a second time.
  std::vector<std::string> interned_items;
};

inline bool interned_at_startup(std::string_view name) {
  return std::binary_search(std::begin(constant_set_detail::cpython_interned_names), std::end(constant_set_detail::cpython_interned_names), name);
}

// The frozenset CPython makes from a display of constants, or nullopt when an item is not a
// constant.
inline std::optional<constant_set> analyze_constant_set(const syntax::set_expr& e) {
  std::vector<folded_constant> kept;
  for (const syntax::expr* item : e.elts) {
    auto f = constant_set_detail::fold(item, 0);
    if (!f) return std::nullopt;
    bool duplicate = false;
    for (const auto& k : kept) duplicate = duplicate || constant_set_detail::equal(k, *f);
    if (!duplicate) kept.push_back(std::move(*f));
  }
  constant_set out;
  std::vector<std::string> keys;
  for (const auto& k : kept) {
    keys.push_back(constant_set_detail::key_of(k));
    const auto* text = std::get_if<std::string>(&k.v);
    if (text != nullptr && !text->empty() &&
        std::all_of(text->begin(), text->end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }))
      out.interned_items.push_back(*text);
  }
  std::sort(keys.begin(), keys.end());
  out.key = "{";
  for (const auto& k : keys) out.key += k + ",";
  out.key += "}";
  return out;
}

}  // namespace coil::compiler::detail
