// The methods of `set` and `frozenset` (add, remove, discard, pop, clear, copy, update, union,
// intersection, difference, symmetric_difference and their _update forms, issubset, issuperset,
// isdisjoint), with CPython's argument checking; the operations they share with the operators
// are in set_type.ipp.
#pragma once

#include <coil/runtime/impl/set_type.ipp>

#include <string>
#include <string_view>

namespace coil::runtime {
namespace set_detail {

// Checks a method's arguments: self plus `least`..`most` positional ones (most = SIZE_MAX for
// *others), no keywords; messages name the method as set.add() or frozenset.union().
inline bool arity(interpreter& in, const call_arguments& args, std::string_view name, std::size_t least, std::size_t most) {
  const std::size_t given = args.positional.size() - 1;
  const std::string method = std::string(in.type_of(args.positional[0])->name) + "." + std::string(name) + "()";
  if (!args.keyword_values.empty()) {
    in.raise_type_error(method + " takes no keyword arguments");
    return false;
  }
  if (given >= least && given <= most) return true;
  if (most == 0)
    in.raise_type_error(method + " takes no arguments (" + std::to_string(given) + " given)");
  else
    in.raise_type_error(method + " takes exactly one argument (" + std::to_string(given) + " given)");
  return false;
}

inline value raise_key_error(interpreter& in, value key) {
  value exception = in.call(value::from_object(exception_type(exception_kind::key_error)), std::span<const value>(&key, 1));
  if (exception.is_raised()) return exception;
  return in.raise_exception(exception);
}

inline std::span<const value> others(const call_arguments& args) { return args.positional.subspan(1); }

inline value add(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "add", 1, 1)) return value::raised();
  return add_key(in, as_set(args.positional[0]), args.positional[1]) ? value::none() : value::raised();
}

// remove and discard: a set argument is looked for as the equal frozenset.
inline value remove_key(interpreter& in, const call_arguments& args, std::string_view name, bool must_exist) {
  if (!arity(in, args, name, 1, 1)) return value::raised();
  value key = args.positional[1];
  auto hash = hash_for_lookup(in, key);
  if (!hash) return value::raised();
  auto root = in.root(key);
  const table_status r = table_of(args.positional[0]).erase(*hash, key, python_equality{in});
  if (r == table_status::failed) return value::raised();
  if (r == table_status::missing && must_exist) return raise_key_error(in, args.positional[1]);
  return value::none();
}
inline value remove(interpreter& in, const call_arguments& args) { return remove_key(in, args, "remove", true); }
inline value discard(interpreter& in, const call_arguments& args) { return remove_key(in, args, "discard", false); }

inline value pop(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "pop", 0, 0)) return value::raised();
  auto removed = table_of(args.positional[0]).pop();
  if (!removed) return raise_key_error(in, in.make_str("pop from an empty set"));
  return removed->key;
}

inline value clear(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "clear", 0, 0)) return value::raised();
  table_of(args.positional[0]).clear();
  return value::none();
}

inline value copy(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "copy", 0, 0)) return value::raised();
  value self = args.positional[0];
  if (self.as_object()->type == &frozenset_type) return self;  // immutable: the copy is itself
  return copy_of(in, self);
}

inline value update(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "update", 0, SIZE_MAX)) return value::raised();
  for (value other : others(args))
    if (!update_from(in, as_set(args.positional[0]), other)) return value::raised();
  return value::none();
}

inline value union_(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "union", 0, SIZE_MAX)) return value::raised();
  value self = args.positional[0];
  value result = copy_of(in, self);
  if (result.is_raised()) return result;
  auto root = in.root(result);
  for (value other : others(args)) {
    if (same(other, self)) continue;
    if (!update_from(in, as_set(result), other)) return value::raised();
  }
  return result;
}

// s.intersection(a, b, ...): ((s & a) & b) ..., each step searching the previous result.
inline value intersection_of_all(interpreter& in, value self, std::span<const value> sources) {
  if (sources.empty()) return copy_of(in, self);
  list_object* holder = in.new_list();  // keeps the latest intermediate result reachable
  value holder_value = value::from_object(holder);
  auto root = in.root(holder_value);
  holder->items.push_back(self);
  for (value other : sources) {
    value next = intersection(in, holder->items[0], other);
    if (next.is_raised()) return next;
    holder->items[0] = next;
  }
  return holder->items[0];
}

inline value intersection_method(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "intersection", 0, SIZE_MAX)) return value::raised();
  return intersection_of_all(in, args.positional[0], others(args));
}

inline value intersection_update_method(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "intersection_update", 0, SIZE_MAX)) return value::raised();
  value tmp = intersection_of_all(in, args.positional[0], others(args));
  if (tmp.is_raised()) return tmp;
  table_of(args.positional[0]).swap_contents(table_of(tmp));
  return value::none();
}

inline value difference_method(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "difference", 0, SIZE_MAX)) return value::raised();
  value self = args.positional[0];
  if (args.positional.size() == 1) return copy_of(in, self);
  value result = difference(in, self, args.positional[1]);
  if (result.is_raised()) return result;
  auto root = in.root(result);
  for (value other : others(args).subspan(1))
    if (!difference_update(in, result, other)) return value::raised();
  return result;
}

inline value difference_update_method(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "difference_update", 0, SIZE_MAX)) return value::raised();
  for (value other : others(args))
    if (!difference_update(in, args.positional[0], other)) return value::raised();
  return value::none();
}

inline value symmetric_difference_method(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "symmetric_difference", 1, 1)) return value::raised();
  return symmetric_difference(in, args.positional[0], args.positional[1]);
}

inline value symmetric_difference_update_method(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "symmetric_difference_update", 1, 1)) return value::raised();
  return symmetric_difference_update(in, args.positional[0], args.positional[1]) ? value::none() : value::raised();
}

inline value issubset(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "issubset", 1, 1)) return value::raised();
  return is_subset(in, args.positional[0], args.positional[1]);
}
inline value issuperset(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "issuperset", 1, 1)) return value::raised();
  return is_superset(in, args.positional[0], args.positional[1]);
}
inline value isdisjoint(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "isdisjoint", 1, 1)) return value::raised();
  return is_disjoint(in, args.positional[0], args.positional[1]);
}

}  // namespace set_detail

inline type_object make_set_type() {
  using namespace set_detail;
  using op = syntax::binary_operator;
  type_object t;
  t.name = "set";
  t.layout = &vm::layout_of<set_object>;
  t.base = &object_type;
  t.repr = set_repr;
  t.compare = set_compare;
  t.length = set_length;
  t.contains = set_contains;
  t.iter = set_iter;
  t.binary[static_cast<std::size_t>(op::bit_or)] = set_or;
  t.binary[static_cast<std::size_t>(op::bit_and)] = set_and;
  t.binary[static_cast<std::size_t>(op::sub)] = set_sub;
  t.binary[static_cast<std::size_t>(op::bit_xor)] = set_xor;
  t.in_place[static_cast<std::size_t>(op::bit_or)] = set_in_place_or;
  t.in_place[static_cast<std::size_t>(op::bit_and)] = set_in_place_and;
  t.in_place[static_cast<std::size_t>(op::sub)] = set_in_place_sub;
  t.in_place[static_cast<std::size_t>(op::bit_xor)] = set_in_place_xor;
  t.construct = construct;
  t.methods = make_methods("set",
                           {
                               {"add", add},
                               {"clear", clear},
                               {"copy", copy},
                               {"difference", difference_method},
                               {"difference_update", difference_update_method},
                               {"discard", discard},
                               {"intersection", intersection_method},
                               {"intersection_update", intersection_update_method},
                               {"isdisjoint", isdisjoint},
                               {"issubset", issubset},
                               {"issuperset", issuperset},
                               {"pop", pop},
                               {"remove", remove},
                               {"symmetric_difference", symmetric_difference_method},
                               {"symmetric_difference_update", symmetric_difference_update_method},
                               {"union", union_},
                               {"update", update},
                           },
                           &set_type);
  return t;
}

inline type_object make_frozenset_type() {
  using namespace set_detail;
  using op = syntax::binary_operator;
  type_object t;
  t.name = "frozenset";
  t.layout = &vm::layout_of<set_object>;
  t.base = &object_type;
  t.repr = set_repr;
  t.hash = frozenset_hash;
  t.compare = set_compare;
  t.length = set_length;
  t.contains = set_contains;
  t.iter = set_iter;
  t.binary[static_cast<std::size_t>(op::bit_or)] = set_or;
  t.binary[static_cast<std::size_t>(op::bit_and)] = set_and;
  t.binary[static_cast<std::size_t>(op::sub)] = set_sub;
  t.binary[static_cast<std::size_t>(op::bit_xor)] = set_xor;
  t.construct = construct;
  t.methods = make_methods("frozenset",
                           {
                               {"copy", copy},
                               {"difference", difference_method},
                               {"intersection", intersection_method},
                               {"isdisjoint", isdisjoint},
                               {"issubset", issubset},
                               {"issuperset", issuperset},
                               {"symmetric_difference", symmetric_difference_method},
                               {"union", union_},
                           },
                           &frozenset_type);
  return t;
}

inline type_object make_set_iterator_type() {
  type_object t;
  t.name = "set_iterator";
  t.layout = &vm::layout_of<set_iterator_object>;
  t.base = &object_type;
  t.iter = sequence_detail::iterator_self;
  t.next = set_detail::set_iterator_next;
  return t;
}

}  // namespace coil::runtime
