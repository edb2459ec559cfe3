// The slots of tuple, list, range and their iterators: length, indexing, membership,
// concatenation, repetition, comparison, repr and iteration. Reprs of nested containers go
// through interpreter::repr, which bounds the nesting.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/impl/str_type.ipp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <algorithm>
#include <string>

namespace coil::runtime {
namespace sequence_detail {

inline std::span<const value> items_of(value v) {
  auto* o = v.as_object();
  if (o->type == &list_type || is_subtype(o->type, &list_type)) {
    auto& items = static_cast<list_object*>(o)->items;
    return {items.data(), items.size()};
  }
  return static_cast<tuple_object*>(o)->span();
}

inline bool is_list(value v) { return v.is_object() && is_subtype(v.as_object()->type, &list_type); }
inline bool is_tuple(value v) { return v.is_object() && is_subtype(v.as_object()->type, &tuple_type); }
inline list_object* as_list(value v) { return static_cast<list_object*>(v.as_object()); }

// "(1, 2)", "[1, 2]"; a one-element tuple gets its trailing comma.
inline value sequence_repr(interpreter& in, value self, char open, char close) {
  auto items = items_of(self);
  std::string out(1, open);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    value r = in.repr(items[i]);
    if (r.is_raised()) return r;
    out += static_cast<str_object*>(r.as_object())->view();
    items = items_of(self);  // a __repr__ may have resized a list
  }
  if (open == '(' && items.size() == 1) out += ',';
  out += close;
  return in.make_str(out);
}
inline value tuple_repr(interpreter& in, value self) { return sequence_repr(in, self, '(', ')'); }
inline value list_repr(interpreter& in, value self) { return sequence_repr(in, self, '[', ']'); }

inline value sequence_length(interpreter& in, value self) { return in.make_int(static_cast<std::int64_t>(items_of(self).size())); }

inline value sequence_contains(interpreter& in, value self, value item) {
  for (std::size_t i = 0; i < items_of(self).size(); ++i) {
    auto equal = in.equals(items_of(self)[i], item);
    if (!equal) return value::raised();
    if (*equal) return value::from_bool(true);
  }
  return value::from_bool(false);
}

// Python's normalisation of a sequence index: negative counts from the end.
inline std::optional<std::int64_t> index_of(value key) {
  if (key.is_small_int()) return key.as_small_int();
  if (key.is_bool()) return key.is_true() ? 1 : 0;
  return std::nullopt;
}

inline value sequence_get_item(interpreter& in, value self, value key, const char* what) {
  auto items = items_of(self);
  auto index = index_of(key);
  if (!index) {
    std::string message = std::string(what) + " indices must be integers or slices, not " + std::string(in.type_of(key)->name);
    return in.raise_type_error(message);
  }
  std::int64_t i = *index;
  if (i < 0) i += static_cast<std::int64_t>(items.size());
  if (i < 0 || i >= static_cast<std::int64_t>(items.size()))
    return in.raise_error(exception_type(exception_kind::index_error), std::string(what) + " index out of range");
  return items[static_cast<std::size_t>(i)];
}
inline value tuple_get_item(interpreter& in, value self, value key) { return sequence_get_item(in, self, key, "tuple"); }
inline value list_get_item(interpreter& in, value self, value key) { return sequence_get_item(in, self, key, "list"); }

inline value list_set_item(interpreter& in, value self, value key, value item) {
  auto& items = as_list(self)->items;
  auto index = index_of(key);
  if (!index) return in.raise_type_error("list indices must be integers or slices, not " + std::string(in.type_of(key)->name));
  std::int64_t i = *index;
  if (i < 0) i += static_cast<std::int64_t>(items.size());
  if (i < 0 || i >= static_cast<std::int64_t>(items.size()))
    return in.raise_error(exception_type(exception_kind::index_error), "list assignment index out of range");
  items[static_cast<std::size_t>(i)] = item;
  return value::none();
}

inline value list_delete_item(interpreter& in, value self, value key) {
  auto& items = as_list(self)->items;
  auto index = index_of(key);
  if (!index) return in.raise_type_error("list indices must be integers or slices, not " + std::string(in.type_of(key)->name));
  std::int64_t i = *index;
  if (i < 0) i += static_cast<std::int64_t>(items.size());
  if (i < 0 || i >= static_cast<std::int64_t>(items.size()))
    return in.raise_error(exception_type(exception_kind::index_error), "list assignment index out of range");
  items.erase(items.begin() + i);
  return value::none();
}

inline value sequence_truthy(interpreter&, value self) { return value::from_bool(!items_of(self).empty()); }

// Lexicographic comparison, as Python compares tuples and lists.
inline value sequence_compare(interpreter& in, value self, value other, compare_operator o) {
  if (in.type_of(self) != in.type_of(other)) return value::not_implemented();
  auto a = items_of(self);
  auto b = items_of(other);
  std::size_t i = 0;
  for (; i < a.size() && i < b.size(); ++i) {
    if (same(a[i], b[i])) continue;
    auto equal = in.equals(a[i], b[i]);
    if (!equal) return value::raised();
    if (!*equal) break;
    a = items_of(self);
    b = items_of(other);
  }
  if (i >= a.size() || i >= b.size()) {
    auto order = a.size() <=> b.size();
    switch (o) {
      case compare_operator::less: return value::from_bool(order < 0);
      case compare_operator::less_equal: return value::from_bool(order <= 0);
      case compare_operator::equal: return value::from_bool(order == 0);
      case compare_operator::not_equal: return value::from_bool(order != 0);
      case compare_operator::greater: return value::from_bool(order > 0);
      case compare_operator::greater_equal: return value::from_bool(order >= 0);
    }
  }
  if (o == compare_operator::equal) return value::from_bool(false);
  if (o == compare_operator::not_equal) return value::from_bool(true);
  return in.compare(o, a[i], b[i]);
}

inline value sequence_concat(interpreter& in, value self, value other) {
  if (in.type_of(self) != in.type_of(other)) {
    const bool list = is_list(self);
    std::string message = std::string("can only concatenate ") + (list ? "list" : "tuple") + " (not \"" +
                          std::string(in.type_of(other)->name) + "\") to " + (list ? "list" : "tuple");
    return in.raise_type_error(message);
  }
  auto a = items_of(self);
  auto b = items_of(other);
  if (!in.heap().could_allocate((a.size() + b.size()) * sizeof(value))) return in.raise_memory_error();
  if (is_list(self)) {
    auto* out = in.new_list();
    out->items.reserve(a.size() + b.size());
    out->items.insert(out->items.end(), a.begin(), a.end());
    out->items.insert(out->items.end(), b.begin(), b.end());
    return value::from_object(out);
  }
  auto* out = in.new_tuple(a.size() + b.size());
  std::copy(a.begin(), a.end(), out->items());
  std::copy(b.begin(), b.end(), out->items() + a.size());
  return value::from_object(out);
}

inline value sequence_repeat(interpreter& in, value self, value count) {
  auto n = index_of(count);
  if (!n) {
    if (count.is_object() && count.as_object()->type == &int_type) return in.raise_memory_error();
    return value::not_implemented();
  }
  auto items = items_of(self);
  std::size_t times = *n > 0 ? static_cast<std::size_t>(*n) : 0;
  if (!items.empty() && (times > (std::size_t{1} << 40) / items.size() || !in.heap().could_allocate(items.size() * times * sizeof(value))))
    return in.raise_memory_error();
  std::vector<value> copy(items.begin(), items.end());
  if (is_list(self)) {
    auto* out = in.new_list();
    out->items.reserve(copy.size() * times);
    for (std::size_t k = 0; k < times; ++k) out->items.insert(out->items.end(), copy.begin(), copy.end());
    return value::from_object(out);
  }
  auto* out = in.new_tuple(copy.size() * times);
  for (std::size_t k = 0; k < times; ++k) std::copy(copy.begin(), copy.end(), out->items() + k * copy.size());
  return value::from_object(out);
}

inline value list_in_place_add(interpreter& in, value self, value other) {
  auto iterator = in.get_iterator(other);
  if (iterator.is_raised()) return iterator;
  for (;;) {
    value item = in.next(iterator);
    if (item.is_raised()) return item;
    if (item.is_unbound()) break;
    as_list(self)->items.push_back(item);
  }
  return self;
}

inline value sequence_iter(interpreter& in, value self) {
  auto* it = in.heap().make<sequence_iterator_object>(&sequence_iterator_type);
  it->sequence = self;
  return value::from_object(it);
}

inline value sequence_iterator_next(interpreter& in, value self) {
  auto* it = static_cast<sequence_iterator_object*>(self.as_object());
  if (it->sequence.is_none()) return value::unbound();
  if (str_detail::is_str(it->sequence)) {
    auto* s = str_detail::as_str(it->sequence);
    if (it->index >= s->byte_length) {
      it->sequence = value::none();
      return value::unbound();
    }
    auto begin = static_cast<std::size_t>(it->index);
    std::size_t end = begin + 1;
    while (end < s->byte_length && (static_cast<unsigned char>(s->data()[end]) & 0xC0) == 0x80) ++end;
    it->index = static_cast<std::int64_t>(end);  // a byte offset for str iterators
    return in.make_str(s->view().substr(begin, end - begin));
  }
  auto items = items_of(it->sequence);
  if (it->index >= static_cast<std::int64_t>(items.size())) {
    it->sequence = value::none();
    return value::unbound();
  }
  return items[static_cast<std::size_t>(it->index++)];
}
inline value iterator_self(interpreter&, value self) { return self; }

inline value range_repr(interpreter& in, value self) {
  auto* r = static_cast<range_object*>(self.as_object());
  std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) out += ", " + std::to_string(r->step);
  out += ")";
  return in.make_str(out);
}
inline value range_length(interpreter& in, value self) { return in.make_int(static_cast<range_object*>(self.as_object())->length()); }
inline value range_iter(interpreter& in, value self) {
  auto* r = static_cast<range_object*>(self.as_object());
  auto* it = in.heap().make<range_iterator_object>(&range_iterator_type);
  it->next = r->start;
  it->step = r->step;
  it->remaining = r->length();
  return value::from_object(it);
}
inline value range_get_item(interpreter& in, value self, value key) {
  auto* r = static_cast<range_object*>(self.as_object());
  auto index = index_of(key);
  if (!index) return in.raise_type_error("range indices must be integers or slices, not " + std::string(in.type_of(key)->name));
  std::int64_t i = *index, n = r->length();
  if (i < 0) i += n;
  if (i < 0 || i >= n) return in.raise_error(exception_type(exception_kind::index_error), "range object index out of range");
  return in.make_int(r->start + i * r->step);
}
inline value range_contains(interpreter& in, value self, value item) {
  auto* r = static_cast<range_object*>(self.as_object());
  if (!item.is_small_int() && !item.is_bool()) return sequence_detail::sequence_contains(in, self, item);
  std::int64_t x = item.is_bool() ? (item.is_true() ? 1 : 0) : item.as_small_int();
  if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return value::from_bool(false);
  return value::from_bool((x - r->start) % r->step == 0);
}
inline value range_iterator_next(interpreter& in, value self) {
  auto* it = static_cast<range_iterator_object*>(self.as_object());
  if (it->remaining <= 0) return value::unbound();
  --it->remaining;
  std::int64_t current = it->next;
  it->next += it->step;
  return in.make_int(current);
}

}  // namespace sequence_detail

inline type_object make_tuple_type() {
  using namespace sequence_detail;
  using op = syntax::binary_operator;
  type_object t;
  t.name = "tuple";
  t.layout = &vm::layout_of<tuple_object>;
  t.base = &object_type;
  t.repr = tuple_repr;
  t.compare = sequence_compare;
  t.length = sequence_length;
  t.truthy = sequence_truthy;
  t.contains = sequence_contains;
  t.get_item = tuple_get_item;
  t.iter = sequence_iter;
  t.binary[static_cast<std::size_t>(op::add)] = sequence_concat;
  t.binary[static_cast<std::size_t>(op::mult)] = sequence_repeat;
  t.reflected[static_cast<std::size_t>(op::mult)] = sequence_repeat;
  return t;
}

inline type_object make_list_type() {
  using namespace sequence_detail;
  using op = syntax::binary_operator;
  type_object t;
  t.name = "list";
  t.layout = &vm::layout_of<list_object>;
  t.base = &object_type;
  t.repr = list_repr;
  t.compare = sequence_compare;
  t.length = sequence_length;
  t.truthy = sequence_truthy;
  t.contains = sequence_contains;
  t.get_item = list_get_item;
  t.set_item = list_set_item;
  t.delete_item = list_delete_item;
  t.iter = sequence_iter;
  t.binary[static_cast<std::size_t>(op::add)] = sequence_concat;
  t.binary[static_cast<std::size_t>(op::mult)] = sequence_repeat;
  t.reflected[static_cast<std::size_t>(op::mult)] = sequence_repeat;
  t.in_place[static_cast<std::size_t>(op::add)] = list_in_place_add;
  return t;
}

inline type_object make_range_type() {
  using namespace sequence_detail;
  type_object t;
  t.name = "range";
  t.layout = &vm::layout_of<range_object>;
  t.base = &object_type;
  t.repr = range_repr;
  t.length = range_length;
  t.iter = range_iter;
  t.get_item = range_get_item;
  t.contains = range_contains;
  return t;
}

inline type_object make_iterator_type(std::string_view name, const vm::object_layout* layout, value (*next)(interpreter&, value)) {
  type_object t;
  t.name = name;
  t.layout = layout;
  t.base = &object_type;
  t.iter = sequence_detail::iterator_self;
  t.next = next;
  return t;
}

}  // namespace coil::runtime
