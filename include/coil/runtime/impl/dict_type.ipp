// The `dict` type: lookups through Python hashing and equality, the slots (len, in, [], repr,
// ==, |), the methods (get, keys, values, items, pop, popitem, setdefault, update, clear, copy,
// fromkeys), the key/value/item views and their iterators, and dict(...) construction.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/dict_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/repr_recursion.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/native_safe_points.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <string>

namespace coil::runtime {
namespace dict_detail {

inline dict_object* as_dict(value v) { return static_cast<dict_object*>(v.as_object()); }
inline bool is_dict(value v) { return v.is_object() && is_subtype(v.as_object()->type, &dict_type); }

// The equality callback the table uses: Python's == with `is` first (the table checks identity).
struct python_equality {
  interpreter& in;
  eq_result operator()(value stored, value searched) const {
    auto equal = in.equals(stored, searched);
    if (!equal) return eq_result::error;
    return *equal ? eq_result::equal : eq_result::not_equal;
  }
};

inline value raise_key_error(interpreter& in, value key) {
  value exception = in.call(value::from_object(exception_type(exception_kind::key_error)), std::span<const value>(&key, 1));
  if (exception.is_raised()) return exception;
  return in.raise_exception(exception);
}

// d[key] without raising for a missing key: unbound when absent, raised on error.
inline value lookup(interpreter& in, dict_object* d, value key) {
  auto hash = in.hash(key);
  if (!hash) return value::raised();
  auto r = d->table.find(*hash, key, python_equality{in});
  if (r.failed()) return value::raised();
  if (r.missing()) return value::unbound();
  return d->table.entry(r.index).value;
}

inline bool store(interpreter& in, dict_object* d, value key, value item) {
  auto hash = in.hash(key);
  if (!hash) return false;
  if (!in.heap().could_allocate(d->table.growth_bytes())) {
    in.raise_memory_error();
    return false;
  }
  return !d->table.insert_or_assign(*hash, key, item, python_equality{in}).failed();
}

inline value dict_get_item(interpreter& in, value self, value key) {
  value v = lookup(in, as_dict(self), key);
  if (v.is_unbound()) return raise_key_error(in, key);
  return v;
}

inline value dict_set_item(interpreter& in, value self, value key, value item) {
  return store(in, as_dict(self), key, item) ? value::none() : value::raised();
}

inline value dict_delete_item(interpreter& in, value self, value key) {
  auto hash = in.hash(key);
  if (!hash) return value::raised();
  auto r = as_dict(self)->table.erase(*hash, key, python_equality{in});
  if (r.status == table_status::failed) return value::raised();
  if (r.status == table_status::missing) return raise_key_error(in, key);
  return value::none();
}

inline value dict_contains(interpreter& in, value self, value key) {
  value v = lookup(in, as_dict(self), key);
  if (v.is_raised()) return v;
  return value::from_bool(!v.is_unbound());
}

inline value dict_length(interpreter& in, value self) { return in.make_int(static_cast<std::int64_t>(as_dict(self)->table.size())); }

inline value dict_repr(interpreter& in, value self) {
  auto* d = as_dict(self);
  if (d->table.size() == 0) return in.make_str("{}");
  repr_recursion_detail::repr_recursion_guard guard(d);
  if (guard.reentered()) return in.make_str("{...}");
  std::string out = "{";
  bool first = true;
  for (std::size_t i = 0; i < d->table.end_index(); ++i) {
    if (!d->table.is_live(i)) continue;
    const table_entry entry = d->table.entry(i);
    if (!first) out += ", ";
    first = false;
    value k = in.repr(entry.key);
    if (k.is_raised()) return k;
    out += static_cast<str_object*>(k.as_object())->view();
    out += ": ";
    value v = in.repr(entry.value);
    if (v.is_raised()) return v;
    out += static_cast<str_object*>(v.as_object())->view();
  }
  out += "}";
  return in.make_str(out);
}

inline value dict_compare(interpreter& in, value self, value other, compare_operator op) {
  if (!is_dict(other) || (op != compare_operator::equal && op != compare_operator::not_equal)) return value::not_implemented();
  auto* a = as_dict(self);
  auto* b = as_dict(other);
  bool equal = a->table.size() == b->table.size();
  for (std::size_t i = 0; equal && i < a->table.end_index(); ++i) {
    if (!a->table.is_live(i)) continue;
    const table_entry entry = a->table.entry(i);
    value theirs = lookup(in, b, entry.key);
    if (theirs.is_raised()) return theirs;
    if (theirs.is_unbound()) {
      equal = false;
      break;
    }
    auto same_value = in.equals(entry.value, theirs);
    if (!same_value) return value::raised();
    equal = *same_value;
  }
  return value::from_bool(op == compare_operator::equal ? equal : !equal);
}

inline dict_object* new_dict(interpreter& in) { return in.heap().make<dict_object>(&dict_type, &in.heap()); }

// Adds every key/value of `source` (a dict, or an iterable of pairs) into `target`.
inline bool update_from(interpreter& in, dict_object* target, value source) {
  if (is_dict(source)) {
    auto* s = as_dict(source);
    for (std::size_t i = 0; i < s->table.end_index(); ++i) {
      if (!s->table.is_live(i)) continue;
      const table_entry entry = s->table.entry(i);
      if (!store(in, target, entry.key, entry.value)) return false;
    }
    return true;
  }
  value iterator = in.get_iterator(source);
  if (iterator.is_raised()) return false;
  auto iterator_root = in.root(iterator);
  vm::safe_point_counter safe_points;
  for (std::size_t position = 0;; ++position) {
    if (!safe_points.tick(in)) return false;
    value item = in.next(iterator);
    if (item.is_raised()) return false;
    if (item.is_unbound()) return true;
    auto item_root = in.root(item);
    auto* type = in.type_of(item);
    if (type != &tuple_type && type != &list_type) {
      // Any other iterable element ("ab", a generator) is read into a list first, as CPython does.
      if (type->iter == nullptr) {
        in.raise_type_error("cannot convert dictionary update sequence element #" + std::to_string(position) + " to a sequence");
        return false;
      }
      const value element = item;
      auto* items = in.new_list();
      item = value::from_object(items);
      auto list_root = in.root(item);
      if (!sequence_detail::extend_from(in, items, element)) return false;
    }
    const std::span<const value> pair = sequence_detail::items_of(item);
    if (pair.size() != 2) {
      in.raise_value_error("dictionary update sequence element #" + std::to_string(position) + " has length " +
                           std::to_string(pair.size()) + "; 2 is required");
      return false;
    }
    if (!store(in, target, pair[0], pair[1])) return false;
  }
}

inline value dict_or(interpreter& in, value self, value other) {
  if (!is_dict(other)) return value::not_implemented();
  auto* out = new_dict(in);
  value result = value::from_object(out);
  auto root = in.root(result);
  if (!update_from(in, out, self) || !update_from(in, out, other)) return value::raised();
  return result;
}

inline value dict_in_place_or(interpreter& in, value self, value other) {
  return update_from(in, as_dict(self), other) ? self : value::raised();
}

inline value make_iterator(interpreter& in, value dict, dict_view_kind kind) {
  auto* it = in.heap().make<dict_iterator_object>(&dict_iterator_types[static_cast<std::size_t>(kind)]);
  it->dict = dict;
  it->kind = kind;
  it->size_at_start = as_dict(dict)->table.size();
  it->remaining = it->size_at_start;
  return value::from_object(it);
}

inline value dict_iter(interpreter& in, value self) { return make_iterator(in, self, dict_view_kind::keys); }

inline value dict_iterator_next(interpreter& in, value self) {
  auto* it = static_cast<dict_iterator_object*>(self.as_object());
  if (it->dict.is_none()) return value::unbound();
  auto& table = as_dict(it->dict)->table;
  if (table.size() != it->size_at_start) {
    it->remaining = 0;
    return in.raise_error(exception_type(exception_kind::runtime_error), "dictionary changed size during iteration");
  }
  while (it->index < table.end_index() && !table.is_live(it->index)) ++it->index;
  if (it->index >= table.end_index() || it->remaining == 0) {
    if (it->remaining != 0 && it->index >= table.end_index()) {
      it->remaining = 0;
      return in.raise_error(exception_type(exception_kind::runtime_error), "dictionary keys changed during iteration");
    }
    it->dict = value::none();
    return value::unbound();
  }
  const table_entry entry = table.entry(it->index++);
  --it->remaining;
  switch (it->kind) {
    case dict_view_kind::keys: return entry.key;
    case dict_view_kind::values: return entry.value;
    case dict_view_kind::items: {
      value pair[2] = {entry.key, entry.value};
      return in.make_tuple(pair);
    }
  }
  return value::unbound();
}

inline value view_iter(interpreter& in, value self) {
  auto* view = static_cast<dict_view_object*>(self.as_object());
  return make_iterator(in, view->dict, view->kind);
}
inline value view_length(interpreter& in, value self) {
  return dict_length(in, static_cast<dict_view_object*>(self.as_object())->dict);
}
inline value view_repr(interpreter& in, value self) {
  auto* view = static_cast<dict_view_object*>(self.as_object());
  const char* names[] = {"dict_keys", "dict_values", "dict_items"};
  std::string out = std::string(names[static_cast<int>(view->kind)]) + "([";
  value iterator = make_iterator(in, view->dict, view->kind);
  auto root = in.root(iterator);
  for (bool first = true;; first = false) {
    value item = dict_iterator_next(in, iterator);
    if (item.is_raised()) return item;
    if (item.is_unbound()) break;
    if (!first) out += ", ";
    value r = in.repr(item);
    if (r.is_raised()) return r;
    out += static_cast<str_object*>(r.as_object())->view();
  }
  out += "])";
  return in.make_str(out);
}
inline value view_contains(interpreter& in, value self, value item) {
  auto* view = static_cast<dict_view_object*>(self.as_object());
  if (view->kind == dict_view_kind::keys) return dict_contains(in, view->dict, item);
  if (view->kind == dict_view_kind::items) {
    // A (key, value) pair: the key is looked up, then the stored value compared.
    if (in.type_of(item) != &tuple_type || sequence_detail::items_of(item).size() != 2) return value::from_bool(false);
    const std::span<const value> pair = sequence_detail::items_of(item);
    value stored = lookup(in, as_dict(view->dict), pair[0]);
    if (stored.is_raised() || stored.is_unbound()) return stored.is_raised() ? stored : value::from_bool(false);
    auto equal = in.equals(stored, pair[1]);
    if (!equal) return value::raised();
    return value::from_bool(*equal);
  }
  value iterator = make_iterator(in, view->dict, view->kind);
  auto root = in.root(iterator);
  for (;;) {
    value candidate = dict_iterator_next(in, iterator);
    if (candidate.is_raised() || candidate.is_unbound()) return candidate.is_raised() ? candidate : value::from_bool(false);
    auto equal = in.equals(candidate, item);
    if (!equal) return value::raised();
    if (*equal) return value::from_bool(true);
  }
}

// --- methods ---

inline dict_object* self_dict(const call_arguments& args) { return as_dict(args.positional[0]); }

inline bool positional_only(interpreter& in, const call_arguments& args, std::string_view name, std::size_t least, std::size_t most) {
  const std::size_t given = args.positional.size() - 1;
  if (!args.keyword_values.empty()) {
    in.raise_type_error("dict." + std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (given >= least && given <= most) return true;
  if (least == 0 && most == 0)
    in.raise_type_error("dict." + std::string(name) + "() takes no arguments (" + std::to_string(given) + " given)");
  else if (given < least)
    in.raise_type_error(std::string(name) + " expected at least " + std::to_string(least) + " argument" + (least == 1 ? "" : "s") +
                        ", got " + std::to_string(given));
  else
    in.raise_type_error(std::string(name) + " expected at most " + std::to_string(most) + " argument" + (most == 1 ? "" : "s") +
                        ", got " + std::to_string(given));
  return false;
}

inline value get(interpreter& in, const call_arguments& args) {
  if (!positional_only(in, args, "get", 1, 2)) return value::raised();
  value v = lookup(in, self_dict(args), args.positional[1]);
  if (v.is_unbound()) return args.positional.size() == 3 ? args.positional[2] : value::none();
  return v;
}

inline value make_view(interpreter& in, const call_arguments& args, std::string_view name, dict_view_kind kind) {
  if (!positional_only(in, args, name, 0, 0)) return value::raised();
  auto* view = in.heap().make<dict_view_object>(&dict_view_types[static_cast<std::size_t>(kind)]);
  view->dict = args.positional[0];
  view->kind = kind;
  return value::from_object(view);
}
inline value keys(interpreter& in, const call_arguments& args) { return make_view(in, args, "keys", dict_view_kind::keys); }
inline value values(interpreter& in, const call_arguments& args) { return make_view(in, args, "values", dict_view_kind::values); }
inline value items(interpreter& in, const call_arguments& args) { return make_view(in, args, "items", dict_view_kind::items); }

inline value pop(interpreter& in, const call_arguments& args) {
  if (!positional_only(in, args, "pop", 1, 2)) return value::raised();
  value key = args.positional[1];
  auto hash = in.hash(key);
  if (!hash) return value::raised();
  auto r = self_dict(args)->table.erase(*hash, key, python_equality{in});
  if (r.status == table_status::failed) return value::raised();
  if (r.status == table_status::missing) {
    if (args.positional.size() == 3) return args.positional[2];
    return raise_key_error(in, key);
  }
  return r.value;
}

inline value popitem(interpreter& in, const call_arguments& args) {
  if (!positional_only(in, args, "popitem", 0, 0)) return value::raised();
  auto entry = self_dict(args)->table.pop_last();
  if (!entry) {
    value message = in.make_str("popitem(): dictionary is empty");
    return raise_key_error(in, message);
  }
  value pair[2] = {entry->key, entry->value};
  return in.make_tuple(pair);
}

inline value setdefault(interpreter& in, const call_arguments& args) {
  if (!positional_only(in, args, "setdefault", 1, 2)) return value::raised();
  value key = args.positional[1];
  value fallback = args.positional.size() == 3 ? args.positional[2] : value::none();
  auto hash = in.hash(key);
  if (!hash) return value::raised();
  auto* d = self_dict(args);
  auto r = d->table.get_or_insert(*hash, key, fallback, python_equality{in});
  if (r.failed()) return value::raised();
  return d->table.entry(r.index).value;
}

inline value update(interpreter& in, const call_arguments& args) {
  if (args.positional.size() > 2)
    return in.raise_type_error("update expected at most 1 argument, got " + std::to_string(args.positional.size() - 1));
  auto* d = self_dict(args);
  if (args.positional.size() == 2 && !update_from(in, d, args.positional[1])) return value::raised();
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i)
    if (!store(in, d, args.keyword_names[i], args.keyword_values[i])) return value::raised();
  return value::none();
}

inline value clear(interpreter& in, const call_arguments& args) {
  if (!positional_only(in, args, "clear", 0, 0)) return value::raised();
  self_dict(args)->table.clear();
  return value::none();
}

inline value copy(interpreter& in, const call_arguments& args) {
  if (!positional_only(in, args, "copy", 0, 0)) return value::raised();
  auto* out = in.heap().make<dict_object>(&dict_type, &in.heap());
  out->table = self_dict(args)->table.copy();
  return value::from_object(out);
}

// dict.fromkeys(iterable, value=None): static, as dict has no subclasses to build.
inline value fromkeys(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("dict.fromkeys() takes no keyword arguments");
  const std::size_t given = args.positional.size();
  if (given < 1) return in.raise_type_error("fromkeys expected at least 1 argument, got 0");
  if (given > 2) return in.raise_type_error("fromkeys expected at most 2 arguments, got " + std::to_string(given));
  const value fill = given == 2 ? args.positional[1] : value::none();
  auto* d = new_dict(in);
  value result = value::from_object(d);
  auto root = in.root(result);
  value iterator = in.get_iterator(args.positional[0]);
  if (iterator.is_raised()) return iterator;
  auto iterator_root = in.root(iterator);
  for (std::size_t items = 0;; ++items) {
    if ((items & 0xFFF) == 0xFFF && !in.check_limits()) return value::raised();
    value key = in.next(iterator);
    if (key.is_raised()) return key;
    if (key.is_unbound()) return result;
    if (!store(in, d, key, fill)) return value::raised();
  }
}

}  // namespace dict_detail

inline value construct_dict(interpreter& in, type_object*, const call_arguments& args) {
  if (args.positional.size() > 1)
    return in.raise_type_error("dict expected at most 1 argument, got " + std::to_string(args.positional.size()));
  auto* d = dict_detail::new_dict(in);
  value result = value::from_object(d);
  auto root = in.root(result);
  if (args.positional.size() == 1 && !dict_detail::update_from(in, d, args.positional[0])) return value::raised();
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i)
    if (!dict_detail::store(in, d, args.keyword_names[i], args.keyword_values[i])) return value::raised();
  return result;
}

inline type_object make_dict_type() {
  using namespace dict_detail;
  using op = syntax::binary_operator;
  type_object t;
  t.name = "dict";
  t.layout = &vm::layout_of<dict_object>;
  t.base = &object_type;
  t.repr = dict_repr;
  t.compare = dict_compare;
  t.length = dict_length;
  t.contains = dict_contains;
  t.get_item = dict_get_item;
  t.set_item = dict_set_item;
  t.delete_item = dict_delete_item;
  t.iter = dict_iter;
  t.binary[static_cast<std::size_t>(op::bit_or)] = dict_or;
  t.in_place[static_cast<std::size_t>(op::bit_or)] = dict_in_place_or;
  t.construct = construct_dict;
  t.methods = make_methods("dict", {
                                       {"get", get},
                                       {"keys", keys},
                                       {"values", values},
                                       {"items", items},
                                       {"pop", pop},
                                       {"popitem", popitem},
                                       {"setdefault", setdefault},
                                       {"update", update},
                                       {"clear", clear},
                                       {"copy", copy},
                                       {"fromkeys", fromkeys, true},
                                   },
                           &dict_type);
  return t;
}

inline type_object make_dict_iterator_type(std::string_view name) {
  type_object t;
  t.name = name;
  t.layout = &vm::layout_of<dict_iterator_object>;
  t.base = &object_type;
  t.iter = sequence_detail::iterator_self;
  t.next = dict_detail::dict_iterator_next;
  return t;
}

}  // namespace coil::runtime
