// The `range` type: construction, len() (CPython's OverflowError beyond sys.maxsize), indexing and
// slicing, membership, equality and hash (CPython's: the hash of (len, start, step) with None for
// the parts that do not matter), repr, index/count, the start/stop/step attributes, and iteration
// forwards and through reversed(). A range within +-2**62 computes with machine integers and
// iterates with range_iterator (which the dispatch loop runs without allocating); a longer or
// farther one keeps Python ints and iterates with longrange_iterator, as CPython does.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/impl/slice_type.ipp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/native_safe_points.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace coil::runtime {
namespace range_detail {

using numeric_detail::is_int_like;
using numeric_detail::to_big;

inline range_object* as_range(value v) { return static_cast<range_object*>(v.as_object()); }
inline std::string_view text_of(value s) { return static_cast<str_object*>(s.as_object())->view(); }

inline bool is_machine(const big_int& x) {
  auto v = x.to_int64();
  return v && *v > -range_object::machine_bound && *v < range_object::machine_bound;
}

// A range's numbers as big ints, however it is stored.
struct range_numbers {
  big_int start, stop, step, length;
  big_int item(const big_int& index) const { return start + index * step; }
};

inline range_numbers numbers_of(const range_object* r) {
  if (!r->is_long()) return {big_int(r->start), big_int(r->stop), big_int(r->step), big_int(r->length())};
  return {to_big(r->long_start), to_big(r->long_stop), to_big(r->long_step), to_big(r->long_length)};
}

// (stop - start - 1) // step + 1 items when the range goes the step's way, else none. nullopt:
// the time limit stopped a division of huge numbers (the run is over).
inline std::optional<big_int> length_of(interpreter& in, const big_int& start, const big_int& stop, const big_int& step) {
  const bool up = !step.is_negative();
  if (up ? !(start < stop) : !(stop < start)) return big_int(0);
  auto quotient = up ? big_int::floor_divide(stop - start - big_int(1), step, in.interrupt())
                     : big_int::floor_divide(start - stop - big_int(1), -step, in.interrupt());
  if (!quotient) {
    numeric_detail::raise_big_int_error(in, quotient.error());
    return std::nullopt;
  }
  return *quotient + big_int(1);
}

// A range of these numbers (step nonzero), stored the cheapest way.
inline value make_range(interpreter& in, const big_int& start, const big_int& stop, const big_int& step) {
  auto* r = in.heap().make<range_object>(&range_type);
  const value result = value::from_object(r);
  if (is_machine(start) && is_machine(stop) && is_machine(step)) {
    r->start = *start.to_int64();
    r->stop = *stop.to_int64();
    r->step = *step.to_int64();
    return result;
  }
  auto root = in.root(result);
  auto length = length_of(in, start, stop, step);
  if (!length) return value::raised();
  r->long_start = in.make_big_int(start);
  r->long_stop = in.make_big_int(stop);
  r->long_step = in.make_big_int(step);
  r->long_length = in.make_big_int(std::move(*length));
  return result;
}

// range(stop), range(start, stop[, step]) with ints (bools count as ints).
inline value construct_range(interpreter& in, type_object*, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("range() takes no keyword arguments");
  const auto n = args.positional.size();
  if (n == 0) return in.raise_type_error("range expected at least 1 argument, got 0");
  if (n > 3) return in.raise_type_error("range expected at most 3 arguments, got " + std::to_string(n));
  for (value v : args.positional)
    if (!is_int_like(v))
      return in.raise_type_error("'" + std::string(in.type_of(v)->name) + "' object cannot be interpreted as an integer");
  big_int parts[3] = {big_int(0), big_int(0), big_int(1)};
  if (n == 1) {
    parts[1] = to_big(args.positional[0]);
  } else {
    for (std::size_t i = 0; i < n; ++i) parts[i] = to_big(args.positional[i]);
  }
  if (parts[2].is_zero()) return in.raise_value_error("range() arg 3 must not be zero");
  return make_range(in, parts[0], parts[1], parts[2]);
}

inline value range_repr(interpreter& in, value self) {
  auto* r = as_range(self);
  if (!r->is_long()) {
    std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) out += ", " + std::to_string(r->step);
    return in.make_str(out + ")");
  }
  // Long bounds go through int's repr: beyond 4300 digits that is CPython's ValueError.
  std::string out = "range(";
  const value parts[3] = {r->long_start, r->long_stop, r->long_step};
  const bool with_step = !(parts[2].is_small_int() && parts[2].as_small_int() == 1);
  for (int i = 0; i < (with_step ? 3 : 2); ++i) {
    value text = in.repr(parts[i]);
    if (text.is_raised()) return text;
    if (i > 0) out += ", ";
    out += text_of(text);
  }
  return in.make_str(out + ")");
}

// len(): CPython's OverflowError past sys.maxsize (bool() of such a range still works).
inline value range_length(interpreter& in, value self) {
  auto* r = as_range(self);
  if (!r->is_long()) return in.make_int(r->length());
  if (!to_big(r->long_length).fits_int64())
    return in.raise_error(exception_type(exception_kind::overflow_error), "Python int too large to convert to C ssize_t");
  return r->long_length;
}

inline value range_truthy(interpreter&, value self) {
  auto* r = as_range(self);
  if (!r->is_long()) return value::from_bool(r->length() != 0);
  return value::from_bool(!(r->long_length.is_small_int() && r->long_length.as_small_int() == 0));
}

inline value long_iterator(interpreter& in, const big_int& first, const big_int& step, value length) {
  auto* it = in.heap().make<long_range_iterator_object>(&long_range_iterator_type);
  const value result = value::from_object(it);
  it->remaining = length;
  it->next = in.make_big_int(first);
  it->step = in.make_big_int(step);
  return result;
}

inline value range_iter(interpreter& in, value self) {
  auto* r = as_range(self);
  if (r->is_long()) return long_iterator(in, to_big(r->long_start), to_big(r->long_step), r->long_length);
  auto* it = in.heap().make<range_iterator_object>(&range_iterator_type);
  it->next = r->start;
  it->step = r->step;
  it->remaining = r->length();
  return value::from_object(it);
}

// reversed(range): the same items from the last one back, without a list.
inline value range_reversed(interpreter& in, value self) {
  auto* r = as_range(self);
  if (r->is_long()) {
    const range_numbers n = numbers_of(r);
    const big_int last = n.length.is_zero() ? n.start : n.item(n.length - big_int(1));
    return long_iterator(in, last, -n.step, r->long_length);
  }
  const std::int64_t length = r->length();
  auto* it = in.heap().make<range_iterator_object>(&range_iterator_type);
  // Every item, and the item one step past either end, fits: the bounds are within 2**62.
  it->next = length == 0 ? r->start : r->start + (length - 1) * r->step;
  it->step = -r->step;
  it->remaining = length;
  return value::from_object(it);
}

inline value range_iterator_next(interpreter& in, value self) {
  auto* it = static_cast<range_iterator_object*>(self.as_object());
  if (it->remaining <= 0) return value::unbound();
  --it->remaining;
  std::int64_t current = it->next;
  it->next += it->step;
  return in.make_int(current);
}

inline value long_range_iterator_next(interpreter& in, value self) {
  auto* it = static_cast<long_range_iterator_object*>(self.as_object());
  if (it->remaining.is_small_int() && it->remaining.as_small_int() == 0) return value::unbound();
  const value current = it->next;
  it->remaining = in.make_big_int(to_big(it->remaining) - big_int(1));
  it->next = in.make_big_int(to_big(current) + to_big(it->step));
  return current;
}

// slice.indices() of a long range's length: clipped start, stop and step as big ints.
inline std::optional<std::array<big_int, 3>> long_slice_indices(interpreter& in, value key, const big_int& length) {
  auto* s = slice_detail::as_slice(key);
  auto index_error = [&] {
    slice_detail::index_type_error(in);
    return std::nullopt;
  };
  big_int step(1);
  if (!s->step.is_none()) {
    if (!is_int_like(s->step)) return index_error();
    step = to_big(s->step);
    if (step.is_zero()) {
      in.raise_value_error("slice step cannot be zero");
      return std::nullopt;
    }
  }
  const bool backwards = step.is_negative();
  const big_int lower = backwards ? big_int(-1) : big_int(0);
  const big_int upper = backwards ? length - big_int(1) : length;
  big_int bounds[2];
  const value given[2] = {s->start, s->stop};
  for (int i = 0; i < 2; ++i) {
    if (given[i].is_none()) {
      bounds[i] = (i == 0) == backwards ? upper : lower;
      continue;
    }
    if (!is_int_like(given[i])) return index_error();
    bounds[i] = to_big(given[i]);
    if (bounds[i].is_negative()) {
      bounds[i] = bounds[i] + length;
      if (bounds[i] < lower) bounds[i] = lower;
    } else if (bounds[i] > upper) {
      bounds[i] = upper;
    }
  }
  return std::array<big_int, 3>{std::move(bounds[0]), std::move(bounds[1]), std::move(step)};
}

// range(a, b, c)[i:j:k] is range(a + i*c, a + j*c, c*k) for the clipped i and j.
// The slice is read as slice.indices() reads it, with big ints (range(10)[::2**70] keeps its step).
inline value range_get_slice(interpreter& in, value self, value key) {
  const range_numbers n = numbers_of(as_range(self));
  auto indices = long_slice_indices(in, key, n.length);
  if (!indices) return value::raised();
  const auto& [start, stop, step] = *indices;
  return make_range(in, n.item(start), n.item(stop), n.step * step);
}

inline value range_get_item(interpreter& in, value self, value key) {
  if (slice_detail::is_slice(key)) return range_get_slice(in, self, key);
  if (!is_int_like(key)) return in.raise_type_error("range indices must be integers or slices, not " + std::string(in.type_of(key)->name));
  auto* r = as_range(self);
  if (!r->is_long()) {
    // A machine range is shorter than 2**63: an index beyond 64 bits is out of range.
    auto index = numeric_detail::to_int64(key);
    const std::int64_t n = r->length();
    if (index && *index < 0) *index += n;
    if (!index || *index < 0 || *index >= n) return in.raise_error(exception_type(exception_kind::index_error), "range object index out of range");
    return in.make_int(r->start + *index * r->step);
  }
  const range_numbers n = numbers_of(r);
  big_int index = to_big(key);
  if (index.is_negative()) index = index + n.length;
  if (index.is_negative() || !(index < n.length))
    return in.raise_error(exception_type(exception_kind::index_error), "range object index out of range");
  return in.make_big_int(n.item(index));
}

// Ranges are equal when they produce the same items: range(0) == range(5, 5), range(1, 2) ==
// range(1, 3, 5). No ordering.
inline value range_compare(interpreter&, value self, value other, compare_operator o) {
  if (o != compare_operator::equal && o != compare_operator::not_equal) return value::not_implemented();
  if (!other.is_object() || other.as_object()->type != &range_type) return value::not_implemented();
  auto* a = as_range(self);
  auto* b = as_range(other);
  bool equal = false;
  if (!a->is_long() && !b->is_long()) {
    const std::int64_t n = a->length();
    equal = n == b->length() && (n == 0 || (a->start == b->start && (n == 1 || a->step == b->step)));
  } else {
    const range_numbers x = numbers_of(a), y = numbers_of(b);
    const bool one = x.length == big_int(1);
    equal = x.length == y.length && (x.length.is_zero() || (x.start == y.start && (one || x.step == y.step)));
  }
  return value::from_bool(equal == (o == compare_operator::equal));
}

// CPython's: hash((len, start, step)), with start None for an empty range and step None unless
// there are two items or more, so that equal ranges hash alike.
inline value range_hash(interpreter& in, value self) {
  auto* r = as_range(self);
  const range_numbers n = numbers_of(r);
  value parts[3] = {in.make_big_int(n.length), value::none(), value::none()};
  auto length_root = in.root(parts[0]);
  if (!n.length.is_zero()) parts[1] = in.make_big_int(n.start);
  auto start_root = in.root(parts[1]);
  if (n.length > big_int(1)) parts[2] = in.make_big_int(n.step);
  auto step_root = in.root(parts[2]);
  auto h = in.hash(in.make_tuple(parts));
  if (!h) return value::raised();
  return in.make_int(*h);
}

// The index of the int x among the range's items, if it is one.
inline std::optional<big_int> position_of(const range_object* r, value x) {
  if (!r->is_long()) {
    if (auto small = numeric_detail::to_int64(x)) {
      if (r->step > 0 ? (*small < r->start || *small >= r->stop) : (*small > r->start || *small <= r->stop)) return std::nullopt;
      const std::int64_t offset = *small - r->start;  // fits: both lie within the bounds
      if (offset % r->step != 0) return std::nullopt;
      return big_int(offset / r->step);
    }
    return std::nullopt;  // beyond 64 bits: outside every machine range
  }
  const range_numbers n = numbers_of(r);
  const big_int wanted = to_big(x);
  const bool up = !n.step.is_negative();
  if (up ? (wanted < n.start || !(wanted < n.stop)) : (n.start < wanted || !(n.stop < wanted))) return std::nullopt;
  auto qr = big_int::divmod(wanted - n.start, n.step);
  if (!qr || !qr->second.is_zero()) return std::nullopt;
  return std::move(qr->first);
}

// index() and count() take exactly one argument, as tuple's do.
inline bool exactly_one(interpreter& in, const call_arguments& args, std::string_view qualified_name) {
  if (!args.keyword_values.empty()) {
    in.raise_type_error(std::string(qualified_name) + "() takes no keyword arguments");
    return false;
  }
  if (args.positional.size() == 2) return true;
  in.raise_type_error(std::string(qualified_name) + "() takes exactly one argument (" + std::to_string(args.positional.size() - 1) +
                      " given)");
  return false;
}

// Compares every item with x (item == x), as CPython's iteration search does for what is not an
// int (2.0, an object equal to an int): the first position, how many matched, or nullopt when
// raised (a time limit stops a search of a huge range).
struct search_result {
  std::optional<big_int> first;
  std::int64_t count = 0;
};
inline std::optional<search_result> search(interpreter& in, value self, value x, bool first_only) {
  auto self_root = in.root(self);
  auto x_root = in.root(x);
  const range_numbers n = numbers_of(as_range(self));
  search_result found;
  vm::safe_point_counter safe_points;
  big_int item = n.start;
  for (big_int i(0); i < n.length; i = i + big_int(1), item = item + n.step) {
    if (!safe_points.tick(in)) return std::nullopt;
    auto equal = in.equals(in.make_big_int(item), x);
    if (!equal) return std::nullopt;
    if (!*equal) continue;
    ++found.count;
    if (!found.first) found.first = i;
    if (first_only) break;
  }
  return found;
}

inline value range_contains(interpreter& in, value self, value item) {
  if (is_int_like(item)) return value::from_bool(position_of(as_range(self), item).has_value());
  auto found = search(in, self, item, true);
  if (!found) return value::raised();
  return value::from_bool(found->count != 0);
}

inline value range_index(interpreter& in, const call_arguments& args) {
  if (!exactly_one(in, args, "range.index")) return value::raised();
  const value self = args.positional[0], item = args.positional[1];
  if (is_int_like(item)) {
    if (auto at = position_of(as_range(self), item)) return in.make_big_int(std::move(*at));
    value text = in.repr(item);
    if (text.is_raised()) return text;
    return in.raise_value_error(std::string(text_of(text)) + " is not in range");
  }
  auto found = search(in, self, item, true);
  if (!found) return value::raised();
  if (!found->first) return in.raise_value_error("sequence.index(x): x not in sequence");
  return in.make_big_int(std::move(*found->first));
}

inline value range_count(interpreter& in, const call_arguments& args) {
  if (!exactly_one(in, args, "range.count")) return value::raised();
  const value self = args.positional[0], item = args.positional[1];
  if (is_int_like(item)) return value::from_small_int(position_of(as_range(self), item) ? 1 : 0);
  auto found = search(in, self, item, false);
  if (!found) return value::raised();
  return in.make_int(found->count);
}

inline value range_get_attribute(interpreter& in, value self, value name) {
  const auto wanted = text_of(name);
  const range_object* r = as_range(self);
  if (wanted == "start") return r->is_long() ? r->long_start : in.make_int(r->start);
  if (wanted == "stop") return r->is_long() ? r->long_stop : in.make_int(r->stop);
  if (wanted == "step") return r->is_long() ? r->long_step : in.make_int(r->step);
  return value::unbound();
}

// Items a list of the range would hold, saturated: list(), sorted() and tuple() check it
// against memory before they start.
inline std::uint64_t item_count(const range_object* r) {
  if (!r->is_long()) return static_cast<std::uint64_t>(r->length());
  if (auto n = numeric_detail::to_int64(r->long_length)) return static_cast<std::uint64_t>(*n);
  return UINT64_MAX;
}

}  // namespace range_detail

inline std::span<native_function_object* const> range_methods() {
  using namespace range_detail;
  static const auto methods = make_methods("range", {{"index", range_index}, {"count", range_count}}, &range_type);
  return methods;
}

inline type_object make_range_type() {
  using namespace range_detail;
  type_object t;
  t.name = "range";
  t.layout = &vm::layout_of<range_object>;
  t.base = &object_type;
  t.repr = range_repr;
  t.length = range_length;
  t.truthy = range_truthy;
  t.iter = range_iter;
  t.get_item = range_get_item;
  t.contains = range_contains;
  t.compare = range_compare;
  t.hash = range_hash;
  return t;
}

}  // namespace coil::runtime
