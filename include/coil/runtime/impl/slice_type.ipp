// The `slice` type: construction, repr, equality and ordering (as the tuple (start, stop, step)),
// hashing (3.12 made slices hashable), the start/stop/step attributes and indices(); and the two
// steps every sequence uses to turn a slice into bounds: unpack_slice (CPython's PySlice_Unpack:
// machine integers, huge bounds clamped, a zero step rejected) and adjust_slice (clipping against
// the sequence's length, which gives the number of items). indices() works on exact integers
// instead, since it returns the bounds to Python: slice(-10**30, None).indices(10**40) is exact.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/slice_object.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <array>
#include <limits>
#include <optional>
#include <string>

namespace coil::runtime {
namespace slice_detail {

inline bool is_slice(value v) { return v.is_object() && v.as_object()->type == &slice_type; }
inline slice_object* as_slice(value v) { return static_cast<slice_object*>(v.as_object()); }

inline bool is_int(value v) {
  return v.is_small_int() || v.is_bool() || (v.is_object() && v.as_object()->type == &int_type);
}

inline big_int to_big(value v) {
  if (v.is_small_int()) return big_int(v.as_small_int());
  if (v.is_bool()) return big_int(v.is_true() ? 1 : 0);
  return static_cast<int_object*>(v.as_object())->value;
}

inline value index_type_error(interpreter& in) {
  return in.raise_type_error("slice indices must be integers or None or have an __index__ method");
}

// One bound as a machine integer; ints beyond 64 bits clamp to the extremes (CPython's
// _PyEval_SliceIndex), which no sequence length comes near.
inline bool clamped_index(interpreter& in, value v, std::int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true() ? 1 : 0;
    return true;
  }
  if (v.is_object() && v.as_object()->type == &int_type) {
    const big_int& big = static_cast<int_object*>(v.as_object())->value;
    auto small = big.to_int64();
    out = small ? *small : (big.is_negative() ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max());
    return true;
  }
  index_type_error(in);
  return false;
}

}  // namespace slice_detail

// For an int index beyond the small ints, which no list, tuple or str is long enough for: the
// out-of-range IndexError, or beyond 64 bits CPython's "cannot fit" one. Returns unbound when
// `key` is not such an int.
inline value oversized_index_error(interpreter& in, value key, std::string_view out_of_range) {
  if (!key.is_object() || key.as_object()->type != &int_type) return value::unbound();
  const bool fits = static_cast<int_object*>(key.as_object())->value.fits_int64();
  return in.raise_error(exception_type(exception_kind::index_error), fits ? out_of_range : "cannot fit 'int' into an index-sized integer");
}

// The bounds of `slice` (a slice object) before clipping: None becomes the far end in the step's
// direction. Checks the step first, as CPython does (a[1.0::0] complains about the step).
// nullopt: raised.
inline std::optional<slice_bounds> unpack_slice(interpreter& in, value slice) {
  using namespace slice_detail;
  constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
  auto* s = as_slice(slice);
  slice_bounds b;
  if (!s->step.is_none()) {
    if (!clamped_index(in, s->step, b.step)) return std::nullopt;
    if (b.step == 0) {
      in.raise_value_error("slice step cannot be zero");
      return std::nullopt;
    }
    if (b.step < -max) b.step = -max;  // so that -step is representable
  }
  if (s->start.is_none()) {
    b.start = b.step < 0 ? max : 0;
  } else if (!clamped_index(in, s->start, b.start)) {
    return std::nullopt;
  }
  if (s->stop.is_none()) {
    b.stop = b.step < 0 ? std::numeric_limits<std::int64_t>::min() : max;
  } else if (!clamped_index(in, s->stop, b.stop)) {
    return std::nullopt;
  }
  return b;
}

// Clips unpacked bounds to a sequence of `length` items and counts the items selected. Afterwards
// every selected index start + i * step (i < b.length) is inside [0, length).
inline void adjust_slice(slice_bounds& b, std::int64_t length) {
  auto clip = [&](std::int64_t& bound) {
    if (bound < 0) {
      bound += length;
      if (bound < 0) bound = b.step < 0 ? -1 : 0;
    } else if (bound >= length) {
      bound = b.step < 0 ? length - 1 : length;
    }
  };
  clip(b.start);
  clip(b.stop);
  b.length = 0;
  if (b.step < 0) {
    if (b.stop < b.start) b.length = (b.start - b.stop - 1) / (-b.step) + 1;
  } else if (b.start < b.stop) {
    b.length = (b.stop - b.start - 1) / b.step + 1;
  }
}

// unpack_slice then adjust_slice; nullopt: raised.
inline std::optional<slice_bounds> slice_for_length(interpreter& in, value slice, std::int64_t length) {
  auto b = unpack_slice(in, slice);
  if (b) adjust_slice(*b, length);
  return b;
}

namespace slice_detail {

inline value make_slice(interpreter& in, value start, value stop, value step) {
  auto* s = in.heap().make<slice_object>(&slice_type);
  s->start = start;
  s->stop = stop;
  s->step = step;
  return value::from_object(s);
}

inline value slice_repr(interpreter& in, value self) {
  auto* s = as_slice(self);
  std::string out = "slice(";
  const std::array<value, 3> parts{s->start, s->stop, s->step};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += ", ";
    value r = in.repr(parts[i]);
    if (r.is_raised()) return r;
    out += static_cast<str_object*>(r.as_object())->view();
  }
  out += ')';
  return in.make_str(out);
}

// Slices compare as the tuples (start, stop, step) would.
inline value slice_compare(interpreter& in, value self, value other, compare_operator o) {
  if (!is_slice(other)) return value::not_implemented();
  auto* a = as_slice(self);
  auto* b = as_slice(other);
  const std::array<value, 3> left{a->start, a->stop, a->step};
  const std::array<value, 3> right{b->start, b->stop, b->step};
  for (std::size_t i = 0; i < 3; ++i) {
    if (same(left[i], right[i])) continue;
    auto equal = in.equals(left[i], right[i]);
    if (!equal) return value::raised();
    if (*equal) continue;
    if (o == compare_operator::equal) return value::from_bool(false);
    if (o == compare_operator::not_equal) return value::from_bool(true);
    return in.compare(o, left[i], right[i]);
  }
  const bool equal_ok = o == compare_operator::equal || o == compare_operator::less_equal || o == compare_operator::greater_equal;
  return value::from_bool(equal_ok);
}

// Combines the three hashes the way a tuple of them would be hashed (an xxHash-style round per
// item); any function would do, CPython's values are not reproducible anyway (hash(None) varies).
inline value slice_hash(interpreter& in, value self) {
  auto* s = as_slice(self);
  std::uint64_t acc = 0x27D4EB2F165667C5ull;
  for (value part : {s->start, s->stop, s->step}) {
    auto h = in.hash(part);
    if (!h) return value::raised();
    acc += static_cast<std::uint64_t>(*h) * 0xC2B2AE3D27D4EB4Full;
    acc = (acc << 31) | (acc >> 33);
    acc *= 0x9E3779B185EBCA87ull;
  }
  acc += 3;  // the item count, as a tuple's hash mixes in its length
  auto result = static_cast<std::int64_t>(acc >> 17);  // stays within a small int
  return value::from_small_int(result == -1 ? -2 : result);
}

inline value slice_get_attribute(interpreter&, value self, value name) {
  auto* s = as_slice(self);
  auto wanted = static_cast<str_object*>(name.as_object())->view();
  if (wanted == "start") return s->start;
  if (wanted == "stop") return s->stop;
  if (wanted == "step") return s->step;
  return value::unbound();
}

// slice.indices(length): exact (start, stop, step) for a sequence of that length.
inline value slice_indices(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("slice.indices() takes no keyword arguments");
  if (args.positional.size() != 2)
    return in.raise_type_error("slice.indices() takes exactly one argument (" + std::to_string(args.positional.size() - 1) + " given)");
  auto* s = as_slice(args.positional[0]);
  value length_arg = args.positional[1];
  if (!is_int(length_arg))
    return in.raise_type_error("'" + std::string(in.type_of(length_arg)->name) + "' object cannot be interpreted as an integer");
  const big_int length = to_big(length_arg);
  if (length.is_negative()) return in.raise_value_error("length should not be negative");

  big_int step(1);
  if (!s->step.is_none()) {
    if (!is_int(s->step)) return index_type_error(in);
    step = to_big(s->step);
    if (step.is_zero()) return in.raise_value_error("slice step cannot be zero");
  }
  const bool backwards = step.is_negative();
  const big_int lower = backwards ? big_int(-1) : big_int(0);
  const big_int upper = backwards ? length + big_int(-1) : length;
  auto bound = [&](value v, const big_int& when_none, big_int& out) {
    if (v.is_none()) {
      out = when_none;
      return true;
    }
    if (!is_int(v)) return false;
    out = to_big(v);
    if (out.is_negative()) {
      out = out + length;
      if (out < lower) out = lower;
    } else if (out > upper) {
      out = upper;
    }
    return true;
  };
  big_int start, stop;
  if (!bound(s->start, backwards ? upper : lower, start)) return index_type_error(in);
  if (!bound(s->stop, backwards ? lower : upper, stop)) return index_type_error(in);
  const std::array<value, 3> parts{in.make_big_int(std::move(start)), in.make_big_int(std::move(stop)), in.make_big_int(std::move(step))};
  return in.make_tuple(parts);
}

inline value construct_slice(interpreter& in, type_object*, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("slice() takes no keyword arguments");
  const auto n = args.positional.size();
  if (n == 0) return in.raise_type_error("slice expected at least 1 argument, got 0");
  if (n > 3) return in.raise_type_error("slice expected at most 3 arguments, got " + std::to_string(n));
  if (n == 1) return make_slice(in, value::none(), args.positional[0], value::none());
  return make_slice(in, args.positional[0], args.positional[1], n == 3 ? args.positional[2] : value::none());
}

}  // namespace slice_detail

inline std::span<native_function_object* const> slice_methods() {
  static const auto methods = make_methods("slice", {{"indices", slice_detail::slice_indices}});
  return methods;
}

inline type_object make_slice_type() {
  using namespace slice_detail;
  type_object t;
  t.name = "slice";
  t.layout = &vm::layout_of<slice_object>;
  t.base = &object_type;
  t.repr = slice_repr;
  t.compare = slice_compare;
  t.hash = slice_hash;
  t.get_attribute = slice_get_attribute;
  return t;
}

}  // namespace coil::runtime
