// The set-like side of dict views: `d.keys()` and `d.items()` combine with any iterable through
// | & - ^ into a new set, compare with sets and other such views as sets do (subset relations),
// and have isdisjoint(); `d.values()` has none of this. Each operation follows CPython 3.12's
// steps (which operand becomes the set, which one is iterated), since those decide the table
// layout and so the order the resulting set prints in. The views' type objects are built here.
#pragma once

#include <coil/runtime/impl/dict_type.ipp>
#include <coil/runtime/impl/set_type.ipp>

namespace coil::runtime {
namespace dict_view_detail {

inline bool is_view(value v) {
  if (!v.is_object()) return false;
  const type_object* type = v.as_object()->type;
  return type == &dict_view_types[0] || type == &dict_view_types[1] || type == &dict_view_types[2];
}
inline dict_view_object* as_view(value v) { return static_cast<dict_view_object*>(v.as_object()); }
// A keys or items view: the views that behave as sets.
inline bool is_set_like_view(value v) { return is_view(v) && as_view(v)->kind != dict_view_kind::values; }
inline std::size_t view_size(value v) { return dict_detail::as_dict(as_view(v)->dict)->table.size(); }

// The set an operation starts from: a keys view contributes its dict (set() has a presizing path
// for dicts, which decides the layout), anything else is iterated.
inline value to_set(interpreter& in, value operand) {
  if (is_view(operand) && as_view(operand)->kind == dict_view_kind::keys)
    return set_detail::make_new_set(in, &set_type, as_view(operand)->dict);
  return set_detail::make_new_set(in, &set_type, operand);
}

inline value sub(interpreter& in, value left, value right) {
  value result = to_set(in, left);
  if (result.is_raised()) return result;
  auto root = in.root(result);
  return set_detail::difference_update(in, result, right) ? result : value::raised();
}

inline value union_of(interpreter& in, value left, value right) {
  value result = to_set(in, left);
  if (result.is_raised()) return result;
  auto root = in.root(result);
  return set_detail::update_from(in, set_detail::as_set(result), right) ? result : value::raised();
}

// items ^ items: pairs of the right view missing from (or different in) the left dict, then the
// left dict's remaining pairs, taken from a copy of it with the matched keys removed.
inline value items_xor(interpreter& in, value left, value right) {
  auto* remaining = dict_detail::new_dict(in);
  value remaining_value = value::from_object(remaining);
  auto remaining_root = in.root(remaining_value);
  remaining->table = dict_detail::as_dict(as_view(left)->dict)->table.copy();
  set_object* out = set_detail::new_set(in, &set_type);
  value result = value::from_object(out);
  auto result_root = in.root(result);
  value right_dict = as_view(right)->dict;
  auto right_root = in.root(right_dict);
  auto add_pair = [&](value key, value item) {
    value pair[2] = {key, item};
    value tuple = in.make_tuple(pair);
    return !tuple.is_raised() && set_detail::add_key(in, out, tuple);
  };
  // Re-read on every step: a comparison may change either dict.
  for (std::size_t i = 0; i < dict_detail::as_dict(right_dict)->table.end_index(); ++i) {
    const ordered_table& theirs = dict_detail::as_dict(right_dict)->table;
    if (!theirs.is_live(i)) continue;
    const table_entry e = theirs.entry(i);
    auto key_root = in.root(e.key);
    auto item_root = in.root(e.value);
    const table_result found = remaining->table.find(e.hash, e.key, dict_detail::python_equality{in});
    if (found.failed()) return value::raised();
    bool matched = false;
    if (found.found()) {
      auto equal = in.equals(remaining->table.entry(found.index).value, e.value);
      if (!equal) return value::raised();
      matched = *equal;
    }
    if (matched) {
      if (remaining->table.erase(e.hash, e.key, dict_detail::python_equality{in}).status == table_status::failed) return value::raised();
    } else if (!add_pair(e.key, e.value)) {
      return value::raised();
    }
  }
  for (std::size_t i = 0; i < remaining->table.end_index(); ++i) {
    if (!remaining->table.is_live(i)) continue;
    const table_entry e = remaining->table.entry(i);
    if (!add_pair(e.key, e.value)) return value::raised();
  }
  return result;
}

inline value symmetric_difference(interpreter& in, value left, value right) {
  if (is_view(left) && as_view(left)->kind == dict_view_kind::items && is_view(right) && as_view(right)->kind == dict_view_kind::items)
    return items_xor(in, left, right);
  value result = to_set(in, left);
  if (result.is_raised()) return result;
  auto root = in.root(result);
  return set_detail::symmetric_difference_update(in, result, right) ? result : value::raised();
}

// Membership as the view itself answers it (a key lookup, or a key lookup and a value compare).
inline value view_has(interpreter& in, value view, value item) { return dict_detail::view_contains(in, view, item); }

inline value intersection(interpreter& in, value self, value other) {
  if (!is_set_like_view(self)) std::swap(self, other);
  const std::size_t self_size = view_size(self);
  // A larger exact set does the work itself: set.intersection(view).
  if (other.is_object() && other.as_object()->type == &set_type && self_size <= set_detail::table_of(other).size())
    return set_detail::intersection(in, other, self);
  if (is_set_like_view(other) && view_size(other) > self_size) std::swap(self, other);
  set_object* out = set_detail::new_set(in, &set_type);
  value result = value::from_object(out);
  auto result_root = in.root(result);
  value iterator = in.get_iterator(other);
  if (iterator.is_raised()) return iterator;
  auto iterator_root = in.root(iterator);
  for (std::size_t items = 0;;) {
    if (!set_detail::within_limits(in, items)) return value::raised();
    value key = in.next(iterator);
    if (key.is_raised()) return key;
    if (key.is_unbound()) return result;
    auto key_root = in.root(key);
    value found = view_has(in, self, key);
    if (found.is_raised()) return found;
    if (found.is_true() && !set_detail::add_key(in, out, key)) return value::raised();
  }
}

template <value (*operation)(interpreter&, value, value)>
inline value binary_slot(interpreter& in, value self, value other) {
  return operation(in, self, other);
}
template <value (*operation)(interpreter&, value, value)>
inline value reflected_slot(interpreter& in, value self, value other) {
  return operation(in, other, self);
}

// Whether every item of `items` is in `container` (a set or a set-like view).
inline value all_contained_in(interpreter& in, value items, value container) {
  auto* contains = in.type_of(container)->contains;
  value iterator = in.get_iterator(items);
  if (iterator.is_raised()) return iterator;
  auto root = in.root(iterator);
  for (std::size_t count = 0;;) {
    if (!set_detail::within_limits(in, count)) return value::raised();
    value item = in.next(iterator);
    if (item.is_raised()) return item;
    if (item.is_unbound()) return value::from_bool(true);
    auto item_root = in.root(item);
    value found = contains(in, container, item);
    if (found.is_raised() || !found.is_true()) return found;
  }
}

inline value view_compare(interpreter& in, value self, value other, compare_operator op) {
  if (!set_detail::is_any_set(other) && !is_set_like_view(other)) return value::not_implemented();
  const std::size_t a = view_size(self);
  const std::size_t b = is_view(other) ? view_size(other) : set_detail::table_of(other).size();
  switch (op) {
    case compare_operator::equal: return a == b ? all_contained_in(in, self, other) : value::from_bool(false);
    case compare_operator::not_equal: {
      if (a != b) return value::from_bool(true);
      value r = all_contained_in(in, self, other);
      return r.is_raised() ? r : value::from_bool(!r.is_true());
    }
    case compare_operator::less: return a < b ? all_contained_in(in, self, other) : value::from_bool(false);
    case compare_operator::less_equal: return a <= b ? all_contained_in(in, self, other) : value::from_bool(false);
    case compare_operator::greater: return a > b ? all_contained_in(in, other, self) : value::from_bool(false);
    case compare_operator::greater_equal: return a >= b ? all_contained_in(in, other, self) : value::from_bool(false);
  }
  return value::not_implemented();
}

inline value isdisjoint(interpreter& in, const call_arguments& args) {
  value self = args.positional[0];
  const std::string name = std::string(in.type_of(self)->name) + ".isdisjoint()";
  if (!args.keyword_values.empty()) return in.raise_type_error(name + " takes no keyword arguments");
  if (args.positional.size() != 2)
    return in.raise_type_error(name + " takes exactly one argument (" + std::to_string(args.positional.size() - 1) + " given)");
  value other = args.positional[1];
  if (same(self, other)) return value::from_bool(view_size(self) == 0);
  // Only a set or a view is cheap enough to search: then the smaller operand is iterated.
  if (set_detail::is_any_set(other) || is_set_like_view(other)) {
    const std::size_t other_size = is_view(other) ? view_size(other) : set_detail::table_of(other).size();
    if (other_size > view_size(self)) std::swap(self, other);
  }
  auto* contains = in.type_of(self)->contains;
  value iterator = in.get_iterator(other);
  if (iterator.is_raised()) return iterator;
  auto root = in.root(iterator);
  for (std::size_t count = 0;;) {
    if (!set_detail::within_limits(in, count)) return value::raised();
    value item = in.next(iterator);
    if (item.is_raised()) return item;
    if (item.is_unbound()) return value::from_bool(true);
    auto item_root = in.root(item);
    value found = contains(in, self, item);
    if (found.is_raised()) return found;
    if (found.is_true()) return value::from_bool(false);
  }
}

}  // namespace dict_view_detail

inline type_object make_dict_view_type(std::string_view name) {
  using namespace dict_detail;
  using op = syntax::binary_operator;
  type_object t;
  t.name = name;
  t.layout = &vm::layout_of<dict_view_object>;
  t.base = &object_type;
  t.repr = view_repr;
  t.length = view_length;
  t.iter = view_iter;
  t.contains = view_contains;
  if (name == "dict_values") {
    t.hash = callable_detail::identity_hash;  // no == of its own, so hashable by identity as in CPython
    return t;
  }
  namespace views = dict_view_detail;
  t.compare = views::view_compare;
  t.binary[static_cast<std::size_t>(op::sub)] = views::binary_slot<views::sub>;
  t.reflected[static_cast<std::size_t>(op::sub)] = views::reflected_slot<views::sub>;
  t.binary[static_cast<std::size_t>(op::bit_or)] = views::binary_slot<views::union_of>;
  t.reflected[static_cast<std::size_t>(op::bit_or)] = views::reflected_slot<views::union_of>;
  t.binary[static_cast<std::size_t>(op::bit_xor)] = views::binary_slot<views::symmetric_difference>;
  t.reflected[static_cast<std::size_t>(op::bit_xor)] = views::reflected_slot<views::symmetric_difference>;
  t.binary[static_cast<std::size_t>(op::bit_and)] = views::binary_slot<views::intersection>;
  t.reflected[static_cast<std::size_t>(op::bit_and)] = views::reflected_slot<views::intersection>;
  t.methods = make_methods(name, {{"isdisjoint", views::isdisjoint}});
  return t;
}

}  // namespace coil::runtime
