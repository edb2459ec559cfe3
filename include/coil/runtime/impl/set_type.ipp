// The `set` and `frozenset` types: keys through Python hashing and equality, the algorithms
// CPython 3.12 uses for every set operation (which set is iterated, which is searched, what is
// copied and merged: they decide the resulting table layout, and so the order a set prints in),
// the slots (len, in, iter, repr, comparisons as subset relations, | & - ^ and their in-place forms,
// a frozenset's hash), set(...)/frozenset(...) construction and the set iterator. The methods are
// in set_methods.ipp; the table itself in set_table.hpp.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/dict_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/sequence_types.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/set_object.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <string>
#include <utility>

namespace coil::runtime {
namespace set_detail {

inline bool is_any_set(value v) {
  if (!v.is_object()) return false;
  const type_object* type = v.as_object()->type;
  return is_subtype(type, &set_type) || is_subtype(type, &frozenset_type);
}
inline bool is_mutable_set(value v) { return v.is_object() && is_subtype(v.as_object()->type, &set_type); }
inline set_object* as_set(value v) { return static_cast<set_object*>(v.as_object()); }
inline set_table& table_of(value v) { return as_set(v)->table; }
// The type of the sets an operation on `v` makes: set for sets, frozenset for frozensets.
inline type_object* base_type_of(value v) { return is_mutable_set(v) ? &set_type : &frozenset_type; }

// The equality callback the table uses: Python's == (the table checks identity first), with both
// words rooted while it runs.
struct python_equality {
  interpreter& in;
  eq_result operator()(value stored, value searched) const {
    auto stored_root = in.root(stored);
    auto searched_root = in.root(searched);
    auto equal = in.equals(stored, searched);
    if (!equal) return eq_result::error;
    return *equal ? eq_result::equal : eq_result::not_equal;
  }
};

// The allocation guard: a table that would outgrow the memory limit is a MemoryError.
struct memory_guard {
  interpreter& in;
  bool operator()(std::size_t bytes) const {
    if (in.heap().could_allocate(bytes)) return true;
    in.raise_memory_error();
    return false;
  }
};

inline set_object* new_set(interpreter& in, type_object* type) { return in.heap().make<set_object>(type, &in.heap()); }

// A native loop over an iterable has no safe points of its own: every 4096 items it checks the
// time and memory limits (a collection may run then: callers keep everything live rooted), so a
// huge or endless iterable still stops.
inline bool within_limits(interpreter& in, std::size_t& items) { return (++items & 0xFFF) != 0 || in.check_limits(); }

inline bool add_entry(interpreter& in, set_object* s, std::int64_t hash, value key) {
  return !s->table.insert(hash, key, python_equality{in}, memory_guard{in}).failed();
}

inline bool add_key(interpreter& in, set_object* s, value key) {
  auto hash = in.hash(key);
  return hash && add_entry(in, s, *hash, key);
}

// Whether `table` holds an entry equal to {hash, key}: nullopt when a comparison raised.
inline std::optional<bool> contains_entry(interpreter& in, const set_table& table, std::int64_t hash, value key) {
  const table_result r = table.find(hash, key, python_equality{in});
  if (r.failed()) return std::nullopt;
  return r.found();
}

inline std::optional<bool> contains_key(interpreter& in, const set_table& table, value key) {
  auto hash = in.hash(key);
  if (!hash) return std::nullopt;
  return contains_entry(in, table, *hash, key);
}

// Adds everything `other` holds: a set or frozenset is merged (slot order, hashes reused), a dict
// contributes its keys after one presize, anything else is iterated.
inline bool update_from(interpreter& in, set_object* s, value other) {
  if (is_any_set(other)) return s->table.merge(table_of(other), python_equality{in}, memory_guard{in});
  if (other.is_object() && other.as_object()->type == &dict_type) {
    const ordered_table& dict = static_cast<dict_object*>(other.as_object())->table;
    if (!s->table.reserve(dict.size(), memory_guard{in})) return false;
    // Re-read on every step: a comparison may change the dict.
    for (std::size_t i = 0; i < dict.end_index(); ++i) {
      if (!dict.is_live(i)) continue;
      const table_entry e = dict.entry(i);
      if (!add_entry(in, s, e.hash, e.key)) return false;
    }
    return true;
  }
  value iterator = in.get_iterator(other);
  if (iterator.is_raised()) return false;
  auto root = in.root(iterator);
  for (std::size_t items = 0;;) {
    if (!within_limits(in, items)) return false;
    value item = in.next(iterator);
    if (item.is_raised()) return false;
    if (item.is_unbound()) return true;
    if (!add_key(in, s, item)) return false;
  }
}

// set(iterable) / frozenset(iterable); `iterable` unbound for an empty one.
inline value make_new_set(interpreter& in, type_object* type, value iterable) {
  set_object* s = new_set(in, type);
  value result = value::from_object(s);
  if (iterable.is_unbound()) return result;
  auto root = in.root(result);
  if (!update_from(in, s, iterable)) return value::raised();
  return result;
}

inline value copy_of(interpreter& in, value self) { return make_new_set(in, base_type_of(self), self); }

// The hash a lookup by set.remove/discard/__contains__ uses: a set key, unhashable, is replaced by
// the frozenset equal to it (which the caller must root), as CPython does.
inline std::optional<std::int64_t> hash_for_lookup(interpreter& in, value& key) {
  auto h = in.hash(key);
  if (h || !is_mutable_set(key) || !is_subtype(in.type_of(in.pending_exception()), exception_type(exception_kind::type_error)))
    return h;
  in.take_pending_exception();
  key = make_new_set(in, &frozenset_type, key);
  if (key.is_raised()) return std::nullopt;
  return in.hash(key);
}

// --- the operations behind operators and methods (CPython's algorithms, step for step) ---

// s & other: the smaller set is iterated and its keys are kept.
inline value intersection(interpreter& in, value self, value other) {
  if (same(self, other)) return copy_of(in, self);
  set_object* out = new_set(in, base_type_of(self));
  value result = value::from_object(out);
  auto root = in.root(result);
  if (is_any_set(other)) {
    value searched = self;
    value iterated = other;
    if (table_of(iterated).size() > table_of(searched).size()) std::swap(searched, iterated);
    for (std::size_t i = 0; i < table_of(iterated).slot_count(); ++i) {
      if (!table_of(iterated).is_live(i)) continue;
      const set_entry e = table_of(iterated).slot(i);
      auto found = contains_entry(in, table_of(searched), e.hash, e.key);
      if (!found) return value::raised();
      if (*found && !add_entry(in, out, e.hash, e.key)) return value::raised();
    }
    return result;
  }
  value iterator = in.get_iterator(other);
  if (iterator.is_raised()) return iterator;
  auto iterator_root = in.root(iterator);
  for (std::size_t items = 0;;) {
    if (!within_limits(in, items)) return value::raised();
    value key = in.next(iterator);
    if (key.is_raised()) return key;
    if (key.is_unbound()) return result;
    auto hash = in.hash(key);
    if (!hash) return value::raised();
    auto found = contains_entry(in, table_of(self), *hash, key);
    if (!found) return value::raised();
    if (*found && !add_entry(in, out, *hash, key)) return value::raised();
  }
}

// s -= other, and the second step of a difference.
inline bool difference_update(interpreter& in, value self, value other) {
  set_table& table = table_of(self);
  if (same(self, other)) {
    table.clear();
    return true;
  }
  if (is_any_set(other)) {
    for (std::size_t i = 0; i < table_of(other).slot_count(); ++i) {
      if (!table_of(other).is_live(i)) continue;
      const set_entry e = table_of(other).slot(i);
      if (table.erase(e.hash, e.key, python_equality{in}) == table_status::failed) return false;
    }
  } else {
    value iterator = in.get_iterator(other);
    if (iterator.is_raised()) return false;
    auto root = in.root(iterator);
    for (std::size_t items = 0;;) {
      if (!within_limits(in, items)) return false;
      value key = in.next(iterator);
      if (key.is_raised()) return false;
      if (key.is_unbound()) break;
      auto hash = in.hash(key);
      if (!hash || table.erase(*hash, key, python_equality{in}) == table_status::failed) return false;
    }
  }
  return table.compact_if_sparse(memory_guard{in});
}

inline value copy_and_difference(interpreter& in, value self, value other) {
  value result = copy_of(in, self);
  if (result.is_raised()) return result;
  auto root = in.root(result);
  return difference_update(in, result, other) ? result : value::raised();
}

// s - other: the keys of s not in other, found by searching other unless s is much larger.
inline value difference(interpreter& in, value self, value other) {
  const bool other_is_dict = other.is_object() && other.as_object()->type == &dict_type;
  std::size_t other_size = 0;
  if (is_any_set(other)) {
    other_size = table_of(other).size();
  } else if (other_is_dict) {
    other_size = static_cast<dict_object*>(other.as_object())->table.size();
  } else {
    return copy_and_difference(in, self, other);
  }
  if ((table_of(self).size() >> 2) > other_size) return copy_and_difference(in, self, other);
  set_object* out = new_set(in, base_type_of(self));
  value result = value::from_object(out);
  auto root = in.root(result);
  for (std::size_t i = 0; i < table_of(self).slot_count(); ++i) {
    if (!table_of(self).is_live(i)) continue;
    const set_entry e = table_of(self).slot(i);
    std::optional<bool> found;
    if (other_is_dict) {
      const table_result r = static_cast<dict_object*>(other.as_object())->table.find(e.hash, e.key, python_equality{in});
      if (!r.failed()) found = r.found();
    } else {
      found = contains_entry(in, table_of(other), e.hash, e.key);
    }
    if (!found) return value::raised();
    if (!*found && !add_entry(in, out, e.hash, e.key)) return value::raised();
  }
  return result;
}

// s ^= other: each key of other is removed from s if there, added otherwise.
inline bool symmetric_difference_update(interpreter& in, value self, value other) {
  set_object* s = as_set(self);
  if (same(self, other)) {
    s->table.clear();
    return true;
  }
  auto toggle = [&](std::int64_t hash, value key) {
    const table_status r = s->table.erase(hash, key, python_equality{in});
    if (r == table_status::failed) return false;
    return r == table_status::found || add_entry(in, s, hash, key);
  };
  if (other.is_object() && other.as_object()->type == &dict_type) {
    const ordered_table& dict = static_cast<dict_object*>(other.as_object())->table;
    for (std::size_t i = 0; i < dict.end_index(); ++i) {
      if (!dict.is_live(i)) continue;
      const table_entry e = dict.entry(i);
      if (!toggle(e.hash, e.key)) return false;
    }
    return true;
  }
  value keys = other;
  if (!is_any_set(other)) {
    keys = make_new_set(in, base_type_of(self), other);
    if (keys.is_raised()) return false;
  }
  auto root = in.root(keys);
  for (std::size_t i = 0; i < table_of(keys).slot_count(); ++i) {
    if (!table_of(keys).is_live(i)) continue;
    const set_entry e = table_of(keys).slot(i);
    if (!toggle(e.hash, e.key)) return false;
  }
  return true;
}

// s ^ other: a copy of other (as s's kind of set) toggled by the keys of s.
inline value symmetric_difference(interpreter& in, value self, value other) {
  value result = make_new_set(in, base_type_of(self), other);
  if (result.is_raised()) return result;
  auto root = in.root(result);
  return symmetric_difference_update(in, result, self) ? result : value::raised();
}

// s | other: a copy of s updated with other.
inline value set_union(interpreter& in, value self, value other) {
  value result = copy_of(in, self);
  if (result.is_raised() || same(self, other)) return result;
  auto root = in.root(result);
  return update_from(in, as_set(result), other) ? result : value::raised();
}

// s &= other: the intersection's table takes the place of s's.
inline bool intersection_update(interpreter& in, value self, value other) {
  value tmp = intersection(in, self, other);
  if (tmp.is_raised()) return false;
  table_of(self).swap_contents(table_of(tmp));
  return true;
}

// s <= other (True/False), or raised.
inline value is_subset(interpreter& in, value self, value other) {
  if (!is_any_set(other)) {
    value tmp = make_new_set(in, &set_type, other);
    if (tmp.is_raised()) return tmp;
    auto root = in.root(tmp);
    return is_subset(in, self, tmp);
  }
  if (table_of(self).size() > table_of(other).size()) return value::from_bool(false);
  for (std::size_t i = 0; i < table_of(self).slot_count(); ++i) {
    if (!table_of(self).is_live(i)) continue;
    const set_entry e = table_of(self).slot(i);
    auto found = contains_entry(in, table_of(other), e.hash, e.key);
    if (!found) return value::raised();
    if (!*found) return value::from_bool(false);
  }
  return value::from_bool(true);
}

inline value is_superset(interpreter& in, value self, value other) {
  if (is_any_set(other)) return is_subset(in, other, self);
  value iterator = in.get_iterator(other);
  if (iterator.is_raised()) return iterator;
  auto root = in.root(iterator);
  for (std::size_t items = 0;;) {
    if (!within_limits(in, items)) return value::raised();
    value key = in.next(iterator);
    if (key.is_raised()) return key;
    if (key.is_unbound()) return value::from_bool(true);
    auto found = contains_key(in, table_of(self), key);
    if (!found) return value::raised();
    if (!*found) return value::from_bool(false);
  }
}

inline value is_disjoint(interpreter& in, value self, value other) {
  if (same(self, other)) return value::from_bool(table_of(self).empty());
  if (is_any_set(other)) {
    value searched = self;
    value iterated = other;
    if (table_of(iterated).size() > table_of(searched).size()) std::swap(searched, iterated);
    for (std::size_t i = 0; i < table_of(iterated).slot_count(); ++i) {
      if (!table_of(iterated).is_live(i)) continue;
      const set_entry e = table_of(iterated).slot(i);
      auto found = contains_entry(in, table_of(searched), e.hash, e.key);
      if (!found) return value::raised();
      if (*found) return value::from_bool(false);
    }
    return value::from_bool(true);
  }
  value iterator = in.get_iterator(other);
  if (iterator.is_raised()) return iterator;
  auto root = in.root(iterator);
  for (std::size_t items = 0;;) {
    if (!within_limits(in, items)) return value::raised();
    value key = in.next(iterator);
    if (key.is_raised()) return key;
    if (key.is_unbound()) return value::from_bool(true);
    auto found = contains_key(in, table_of(self), key);
    if (!found) return value::raised();
    if (*found) return value::from_bool(false);
  }
}

// --- slots ---

inline value set_length(interpreter& in, value self) { return in.make_int(static_cast<std::int64_t>(table_of(self).size())); }

inline value set_contains(interpreter& in, value self, value key) {
  auto hash = hash_for_lookup(in, key);
  if (!hash) return value::raised();
  auto root = in.root(key);
  auto found = contains_entry(in, table_of(self), *hash, key);
  if (!found) return value::raised();
  return value::from_bool(*found);
}

inline value set_repr(interpreter& in, value self) {
  const bool frozen = !is_mutable_set(self);
  if (table_of(self).empty()) return in.make_str(frozen ? "frozenset()" : "set()");
  // The keys are taken first, as CPython does: a key's repr cannot disturb the walk.
  list_object* keys = in.new_list();
  value keys_value = value::from_object(keys);
  auto root = in.root(keys_value);
  const set_table& table = table_of(self);
  for (std::size_t i = table.next_live(0); i < table.slot_count(); i = table.next_live(i + 1)) keys->items.push_back(table.slot(i).key);
  std::string out = frozen ? "frozenset({" : "{";
  for (std::size_t i = 0; i < keys->items.size(); ++i) {
    if (i != 0) out += ", ";
    value r = in.repr(keys->items[i]);
    if (r.is_raised()) return r;
    out += static_cast<str_object*>(r.as_object())->view();
  }
  out += frozen ? "})" : "}";
  return in.make_str(out);
}

// Comparisons are subset relations; == compares sizes (and known frozenset hashes) first.
inline value set_compare(interpreter& in, value self, value other, compare_operator op) {
  if (!is_any_set(other)) return value::not_implemented();
  const std::size_t a = table_of(self).size();
  const std::size_t b = table_of(other).size();
  switch (op) {
    case compare_operator::equal:
    case compare_operator::not_equal: {
      const bool want_equal = op == compare_operator::equal;
      if (a != b) return value::from_bool(!want_equal);
      const std::int64_t ha = as_set(self)->hash;
      const std::int64_t hb = as_set(other)->hash;
      if (ha != -1 && hb != -1 && ha != hb) return value::from_bool(!want_equal);
      value r = is_subset(in, self, other);
      if (r.is_raised() || want_equal) return r;
      return value::from_bool(!r.is_true());
    }
    case compare_operator::less_equal: return is_subset(in, self, other);
    case compare_operator::greater_equal: return is_superset(in, self, other);
    case compare_operator::less: return a >= b ? value::from_bool(false) : is_subset(in, self, other);
    case compare_operator::greater: return a <= b ? value::from_bool(false) : is_superset(in, self, other);
  }
  return value::not_implemented();
}

inline value set_or(interpreter& in, value self, value other) {
  return is_any_set(other) ? set_union(in, self, other) : value::not_implemented();
}
inline value set_and(interpreter& in, value self, value other) {
  return is_any_set(other) ? intersection(in, self, other) : value::not_implemented();
}
inline value set_sub(interpreter& in, value self, value other) {
  return is_any_set(other) ? difference(in, self, other) : value::not_implemented();
}
inline value set_xor(interpreter& in, value self, value other) {
  return is_any_set(other) ? symmetric_difference(in, self, other) : value::not_implemented();
}
inline value set_in_place_or(interpreter& in, value self, value other) {
  if (!is_any_set(other)) return value::not_implemented();
  return update_from(in, as_set(self), other) ? self : value::raised();
}
inline value set_in_place_and(interpreter& in, value self, value other) {
  if (!is_any_set(other)) return value::not_implemented();
  return intersection_update(in, self, other) ? self : value::raised();
}
inline value set_in_place_sub(interpreter& in, value self, value other) {
  if (!is_any_set(other)) return value::not_implemented();
  return difference_update(in, self, other) ? self : value::raised();
}
inline value set_in_place_xor(interpreter& in, value self, value other) {
  if (!is_any_set(other)) return value::not_implemented();
  return symmetric_difference_update(in, self, other) ? self : value::raised();
}

// CPython's frozenset hash: every key's hash, bit-shuffled, xored together (so the order does not
// matter), then the size mixed in and the result dispersed; cached in the object.
inline value frozenset_hash(interpreter& in, value self) {
  set_object* s = as_set(self);
  if (s->hash == -1) {
    std::uint64_t h = 0;
    for (std::size_t i = s->table.next_live(0); i < s->table.slot_count(); i = s->table.next_live(i + 1)) {
      const auto key_hash = static_cast<std::uint64_t>(s->table.slot(i).hash);
      h ^= ((key_hash ^ 89869747ull) ^ (key_hash << 16)) * 3644798167ull;
    }
    h ^= (static_cast<std::uint64_t>(s->table.size()) + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == ~std::uint64_t{0}) h = 590923713ull;
    s->hash = static_cast<std::int64_t>(h);
  }
  return in.make_int(s->hash);
}

inline value set_iter(interpreter& in, value self) {
  auto* it = in.heap().make<set_iterator_object>(&set_iterator_type);
  it->set = self;
  it->size_at_start = table_of(self).size();
  return value::from_object(it);
}

inline value set_iterator_next(interpreter& in, value self) {
  auto* it = static_cast<set_iterator_object*>(self.as_object());
  if (it->set.is_none()) return value::unbound();
  const set_table& table = table_of(it->set);
  if (it->broken || table.size() != it->size_at_start) {
    it->broken = true;
    return in.raise_error(exception_type(exception_kind::runtime_error), "Set changed size during iteration");
  }
  const std::size_t i = table.next_live(it->position);
  if (i >= table.slot_count()) {
    it->set = value::none();
    return value::unbound();
  }
  it->position = i + 1;
  return table.slot(i).key;
}

// --- construction and the VM's set displays ---

inline value construct(interpreter& in, type_object* type, const call_arguments& args) {
  const bool frozen = type == &frozenset_type;
  if (!args.keyword_values.empty()) return in.raise_type_error(std::string(type->name) + "() takes no keyword arguments");
  if (args.positional.size() > 1)
    return in.raise_type_error(std::string(type->name) + " expected at most 1 argument, got " + std::to_string(args.positional.size()));
  if (args.positional.empty()) return make_new_set(in, type, value::unbound());
  value iterable = args.positional[0];
  if (frozen && iterable.is_object() && iterable.as_object()->type == &frozenset_type) return iterable;
  return make_new_set(in, type, iterable);
}

}  // namespace set_detail

// {a, b, c}: the items added in order.
inline value build_set(interpreter& in, std::span<const value> items) {
  set_object* s = set_detail::new_set(in, &set_type);
  value result = value::from_object(s);
  auto root = in.root(result);
  for (value item : items)
    if (!set_detail::add_key(in, s, item)) return value::raised();
  return result;
}

// {…, *iterable} (mode 0: set.update), or a display of constants whose items come as a tuple
// (mode 2, 3, 6 or 7). CPython makes a frozenset constant of those: built from the items in order,
// then rebuilt from its own iteration order, once or (mode & 4) twice, as its compiler files it.
// Mode 2 (a display of more than two items) merges that frozenset into the new set, which lays
// large sets out differently from adding the items one by one; mode 3 (a loop's iterable, the
// right side of `in`) makes the new set that frozenset itself.
inline value set_update(interpreter& in, value set, value source, int mode) {
  set_object* s = set_detail::as_set(set);
  if ((mode & 2) == 0) return set_detail::update_from(in, s, source) ? value::none() : value::raised();
  value built = build_set(in, sequence_detail::items_of(source));
  if (built.is_raised()) return built;
  const int rebuilds = (mode & 4) != 0 ? 2 : 1;
  for (int r = 0; r < rebuilds; ++r) {
    auto root = in.root(built);
    const bool last = r + 1 == rebuilds;
    value next = last && (mode & 1) != 0 ? set : value::from_object(set_detail::new_set(in, &frozenset_type));
    auto next_root = in.root(next);
    const set_table& order = set_detail::table_of(built);
    for (std::size_t i = order.next_live(0); i < order.slot_count(); i = order.next_live(i + 1))
      if (!set_detail::add_entry(in, set_detail::as_set(next), order.slot(i).hash, order.slot(i).key)) return value::raised();
    built = next;
  }
  if ((mode & 1) != 0) return value::none();
  auto root = in.root(built);
  return set_detail::update_from(in, s, built) ? value::none() : value::raised();
}

inline value set_add(interpreter& in, value set, value item) {
  return set_detail::add_key(in, set_detail::as_set(set), item) ? value::none() : value::raised();
}

}  // namespace coil::runtime

#include <coil/runtime/impl/set_methods.ipp>
