// The slots of tuple, list and their iterators: length, indexing and slicing (slice assignment
// and deletion for list), membership, concatenation, repetition, comparison, repr and iteration
// (range is in range_type.ipp). Reprs of nested containers go through interpreter::repr, which
// bounds the nesting.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/impl/range_type.ipp>
#include <coil/runtime/impl/repr_recursion.ipp>
#include <coil/runtime/impl/slice_type.ipp>
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
  if (items.empty()) return in.make_str(open == '(' ? "()" : "[]");
  repr_recursion_detail::repr_recursion_guard guard(self.as_object());
  if (guard.reentered()) return in.make_str(open == '(' ? "(...)" : "[...]");
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

// Appends every item of `iterable` to `out`, which the caller keeps reachable; false when raised.
// The iterator is rooted: its next() may run Python code, and so a collection.
inline bool extend_from(interpreter& in, list_object* out, value iterable) {
  // A range knows its length: one too long for memory fails at once, as in CPython.
  if (in.type_of(iterable) == &range_type) {
    const std::uint64_t length = range_detail::item_count(static_cast<range_object*>(iterable.as_object()));
    if (length > COIL_MAX_OBJECT_BYTES / sizeof(value) || !in.heap().could_allocate((out->items.size() + length) * sizeof(value))) {
      in.raise_memory_error();
      return false;
    }
  }
  value iterator = in.get_iterator(iterable);
  if (iterator.is_raised()) return false;
  auto keep = in.root(iterator);
  for (std::size_t n = 1;; ++n) {
    value item = in.next(iterator);
    if (item.is_raised()) return false;
    if (item.is_unbound()) return true;
    // A native loop has no safe points of its own: an endless or huge iterable must still stop
    // at the time and memory limits (everything live is rooted, so a collection here is safe).
    if ((n & 0xFFF) == 0 && !in.check_limits()) return false;
    if (out->items.size() == out->items.capacity() && !in.heap().could_allocate(2 * out->items.size() * sizeof(value))) {
      in.raise_memory_error();
      return false;
    }
    out->items.push_back(item);
  }
}

// t[i:j:k] and l[i:j:k]: a new tuple or list (t[:] of an exact tuple is t itself, as in CPython).
inline value sequence_get_slice(interpreter& in, value self, value key) {
  const auto size = static_cast<std::int64_t>(items_of(self).size());
  auto b = slice_for_length(in, key, size);
  if (!b) return value::raised();
  const auto count = static_cast<std::size_t>(b->length);
  if (!in.heap().could_allocate(count * sizeof(value))) return in.raise_memory_error();
  if (is_list(self)) {
    auto* out = in.new_list();
    auto items = items_of(self);
    if (b->step == 1) {
      out->items.assign(items.begin() + b->start, items.begin() + b->start + b->length);
    } else {
      out->items.resize(count);
      for (std::size_t i = 0; i < count; ++i) out->items[i] = items[static_cast<std::size_t>(b->start + static_cast<std::int64_t>(i) * b->step)];
    }
    return value::from_object(out);
  }
  if (b->step == 1 && b->length == size && in.type_of(self) == &tuple_type) return self;
  auto* out = in.new_tuple(count);
  auto items = items_of(self);
  for (std::size_t i = 0; i < count; ++i) out->items()[i] = items[static_cast<std::size_t>(b->start + static_cast<std::int64_t>(i) * b->step)];
  return value::from_object(out);
}

inline value sequence_get_item(interpreter& in, value self, value key, const char* what) {
  if (slice_detail::is_slice(key)) return sequence_get_slice(in, self, key);
  auto items = items_of(self);
  auto index = index_of(key);
  if (!index) {
    if (value e = oversized_index_error(in, key, std::string(what) + " index out of range"); e.is_raised()) return e;
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

// l[i:j:k] = iterable. The replacement is copied out first, so l[:] = l and an iterator that
// reads l both see l as it was; the bounds are clipped to the length after that.
inline value list_assign_slice(interpreter& in, value self, value key, value replacement) {
  auto b = unpack_slice(in, key);
  if (!b) return value::raised();
  std::vector<value> incoming;
  if (is_list(replacement) || is_tuple(replacement)) {
    auto source = items_of(replacement);
    incoming.assign(source.begin(), source.end());
  } else {
    if (in.type_of(replacement)->iter == nullptr)
      return in.raise_type_error(b->step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    auto* collected = in.new_list();
    auto keep = in.root(value::from_object(collected));
    if (!extend_from(in, collected, replacement)) return value::raised();
    incoming.assign(collected->items.begin(), collected->items.end());
  }
  auto& items = as_list(self)->items;
  adjust_slice(*b, static_cast<std::int64_t>(items.size()));
  if (b->step == 1) {
    // A stop before the start (l[3:1] = x) inserts at the start.
    const auto start = static_cast<std::size_t>(b->start);
    const auto stop = static_cast<std::size_t>(std::max(b->stop, b->start));
    const std::size_t removed = stop - start;
    if (incoming.size() > removed && !in.heap().could_allocate((items.size() + incoming.size() - removed) * sizeof(value)))
      return in.raise_memory_error();
    const std::size_t common = std::min(removed, incoming.size());
    std::copy(incoming.begin(), incoming.begin() + static_cast<std::ptrdiff_t>(common), items.begin() + static_cast<std::ptrdiff_t>(start));
    if (removed > common) {
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(start + common), items.begin() + static_cast<std::ptrdiff_t>(stop));
    } else if (incoming.size() > common) {
      items.insert(items.begin() + static_cast<std::ptrdiff_t>(stop), incoming.begin() + static_cast<std::ptrdiff_t>(common), incoming.end());
    }
    return value::none();
  }
  if (static_cast<std::int64_t>(incoming.size()) != b->length)
    return in.raise_value_error("attempt to assign sequence of size " + std::to_string(incoming.size()) + " to extended slice of size " +
                                std::to_string(b->length));
  for (std::size_t i = 0; i < incoming.size(); ++i) items[static_cast<std::size_t>(b->start + static_cast<std::int64_t>(i) * b->step)] = incoming[i];
  return value::none();
}

// del l[i:j:k]: the kept items slide down in one pass.
inline value list_delete_slice(interpreter& in, value self, value key) {
  auto& items = as_list(self)->items;
  auto b = slice_for_length(in, key, static_cast<std::int64_t>(items.size()));
  if (!b) return value::raised();
  if (b->length == 0) return value::none();
  std::int64_t start = b->start, step = b->step;
  if (step < 0) {  // the same items, walked upwards
    start += step * (b->length - 1);
    step = -step;
  }
  if (step == 1) {
    items.erase(items.begin() + start, items.begin() + start + b->length);
    return value::none();
  }
  auto write = static_cast<std::size_t>(start);
  std::int64_t next_deleted = start, deleted = 0;
  for (auto read = static_cast<std::size_t>(start); read < items.size(); ++read) {
    if (deleted < b->length && static_cast<std::int64_t>(read) == next_deleted) {
      ++deleted;
      next_deleted += step;
      continue;
    }
    items[write++] = items[read];
  }
  items.resize(write);
  return value::none();
}

inline value list_set_item(interpreter& in, value self, value key, value item) {
  if (slice_detail::is_slice(key)) return list_assign_slice(in, self, key, item);
  auto& items = as_list(self)->items;
  auto index = index_of(key);
  if (!index) {
    if (value e = oversized_index_error(in, key, "list assignment index out of range"); e.is_raised()) return e;
    return in.raise_type_error("list indices must be integers or slices, not " + std::string(in.type_of(key)->name));
  }
  std::int64_t i = *index;
  if (i < 0) i += static_cast<std::int64_t>(items.size());
  if (i < 0 || i >= static_cast<std::int64_t>(items.size()))
    return in.raise_error(exception_type(exception_kind::index_error), "list assignment index out of range");
  items[static_cast<std::size_t>(i)] = item;
  return value::none();
}

inline value list_delete_item(interpreter& in, value self, value key) {
  if (slice_detail::is_slice(key)) return list_delete_slice(in, self, key);
  auto& items = as_list(self)->items;
  auto index = index_of(key);
  if (!index) {
    if (value e = oversized_index_error(in, key, "list assignment index out of range"); e.is_raised()) return e;
    return in.raise_type_error("list indices must be integers or slices, not " + std::string(in.type_of(key)->name));
  }
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
    if (!count.is_object() || count.as_object()->type != &int_type) return value::not_implemented();
    n = static_cast<int_object*>(count.as_object())->value.to_int64();
    if (!n) return in.raise_error(exception_type(exception_kind::overflow_error), "cannot fit 'int' into an index-sized integer");
  }
  auto items = items_of(self);
  std::size_t times = *n > 0 ? static_cast<std::size_t>(*n) : 0;
  if (items.empty() || times == 0) {
    if (is_list(self)) return value::from_object(in.new_list());
    return in.make_tuple({});
  }
  if (times == 1 && in.type_of(self) == &tuple_type) return self;  // an exact tuple is immutable: CPython returns it
  if ((times > (std::size_t{1} << 40) / items.size() || !in.heap().could_allocate(items.size() * times * sizeof(value))))
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

// l += x, l.extend(x), [*x] and f(*x). A list or tuple is copied in one step, which also makes
// l += l double l once instead of chasing its own growing end.
inline value list_in_place_add(interpreter& in, value self, value other) {
  if (is_list(other) || is_tuple(other)) {
    auto& items = as_list(self)->items;
    const std::size_t added = items_of(other).size();
    if (!in.heap().could_allocate((items.size() + added) * sizeof(value))) return in.raise_memory_error();
    items.reserve(items.size() + added);
    auto source = items_of(other);  // after the reserve: other may be self
    for (std::size_t i = 0; i < added; ++i) items.push_back(source[i]);
    return self;
  }
  if (!extend_from(in, as_list(self), other)) return value::raised();
  return self;
}

inline value sequence_iter(interpreter& in, value self) {
  auto* it = in.heap().make<sequence_iterator_object>(is_list(self) ? &list_iterator_type : &tuple_iterator_type);
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

// CPython 3.12's tuple hash (an xxHash64-style accumulation of the items' hashes, with the
// length mixed in last), so equal tuples hash as in CPython and sets of tuples iterate in its order.
inline value tuple_hash(interpreter& in, value self) {
  constexpr std::uint64_t prime_1 = 11400714785074694791ull;
  constexpr std::uint64_t prime_2 = 14029467366897019727ull;
  constexpr std::uint64_t prime_5 = 2870177450012600261ull;
  auto* t = static_cast<tuple_object*>(self.as_object());
  std::uint64_t acc = prime_5;
  for (std::uint32_t i = 0; i < t->size; ++i) {
    auto lane = in.hash(t->items()[i]);
    if (!lane) return value::raised();
    acc += static_cast<std::uint64_t>(*lane) * prime_2;
    acc = (acc << 31) | (acc >> 33);
    acc *= prime_1;
  }
  acc += static_cast<std::uint64_t>(t->size) ^ (prime_5 ^ 3527539ull);
  if (acc == ~std::uint64_t{0}) return in.make_int(1546275796);
  return in.make_int(static_cast<std::int64_t>(acc));
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
  t.hash = tuple_hash;
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
