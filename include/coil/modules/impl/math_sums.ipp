// The accumulating functions of `math`: fsum (exactly rounded, with Shewchuk's non-overlapping
// partials), hypot and dist (CPython 3.12's vector norm: scaled, squared and summed in
// double-length arithmetic, then a correction step), sumprod (CPython's exact int path and
// triple-length float path, falling back to ordinary arithmetic the way CPython does) and prod.
// Each reproduces CPython's operation sequence, so results are bit-identical, including which
// inputs overflow. Loops over iterators check the time limit, as an iterator may be endless.
#pragma once

#include <coil/modules/impl/math_arguments.ipp>
#include <coil/runtime/sequence_objects.hpp>

#include <cfloat>
#include <cmath>
#include <vector>

namespace coil::modules::math_detail {

using binary_operator = syntax::binary_operator;

// --- exact arithmetic on pairs and triples of doubles ---

struct double_length {
  double hi, lo;  // hi + lo exactly, |lo| below half an ulp of hi
};
struct triple_length {
  double hi = 0.0, lo = 0.0, tiny = 0.0;
};

// x * y exactly (Dekker's product via a fused multiply-add).
inline double_length exact_product(double x, double y) {
  const double z = x * y;
  return {z, std::fma(x, y, -z)};
}
// a + b exactly, for any a and b (Knuth's two-sum).
inline double_length exact_sum(double a, double b) {
  const double x = a + b;
  const double z = x - a;
  return {x, (a - (x - z)) + (b - z)};
}
// a + b exactly when |a| >= |b| (Dekker's fast two-sum).
inline double_length exact_fast_sum(double a, double b) {
  const double x = a + b;
  return {x, b - (x - a)};
}
// total + x * y, in three parts.
inline triple_length add_product(double x, double y, triple_length total) {
  const double_length product = exact_product(x, y);
  const double_length sum = exact_sum(total.hi, product.hi);
  const double_length low = exact_sum(total.lo, product.lo);
  const double_length middle = exact_sum(low.hi, sum.lo);
  return {sum.hi, middle.hi, total.tiny + low.lo + middle.lo};
}
inline double to_double(triple_length total) {
  const double_length last = exact_sum(total.lo, total.hi);
  return total.tiny + last.lo + last.hi;
}

// --- fsum ---

inline value math_fsum(interpreter& in, const call_arguments& args) {
  if (!check_one(in, args, "fsum")) return value::raised();
  value iterator = in.get_iterator(args.positional[0]);
  if (iterator.is_raised()) return iterator;
  auto keep_iterator = in.root(iterator);
  // Non-overlapping partial sums in increasing magnitude; their exact sum is the running total.
  // Non-overlapping doubles number at most about 40, so the vector stays small.
  std::vector<double> partials;
  double special_sum = 0.0;  // the sum of the infinities and NaNs met
  double infinity_sum = 0.0;  // the sum of the infinities: NaN when both signs occurred
  for (std::size_t iteration = 0;; ++iteration) {
    if (!still_in_time(in, iteration)) return value::raised();
    value item = in.next(iterator);
    if (item.is_raised()) return item;
    if (item.is_unbound()) break;
    auto converted = to_double(in, item);
    if (!converted) return value::raised();
    double x = *converted;
    const double original = x;
    std::size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      const double hi = x + y;
      const double lo = y - (hi - x);
      if (lo != 0.0) partials[kept++] = lo;
      x = hi;
    }
    partials.resize(kept);
    if (x == 0.0) continue;
    if (std::isfinite(x)) {
      partials.push_back(x);
      continue;
    }
    // A non-finite sum comes from an infinite or NaN summand, or from overflow of finite ones.
    if (std::isfinite(original)) return overflow_error(in, "intermediate overflow in fsum");
    if (std::isinf(original)) infinity_sum += original;
    special_sum += original;
    partials.clear();
  }
  if (special_sum != 0.0) {
    if (std::isnan(infinity_sum)) return in.raise_value_error("-inf + inf in fsum");
    return value::from_double(special_sum);
  }
  double hi = 0.0;
  std::size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    // Add from the top while the sum stays exact.
    while (n > 0) {
      const double x = hi;
      const double y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // The rounding of hi + lo was a tie broken to even, but the partials below push the true
    // sum off the tie: round the other way.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      const double y = lo * 2.0;
      const double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return value::from_double(hi);
}

// --- hypot and dist ---

// sqrt of the sum of squares of `v` (absolute values, none above `max`), correctly rounded in
// nearly all cases: each value is scaled so the largest lies in [0.5, 1), squared and summed
// exactly in double-length, and the square root gets one Newton-like correction.
inline double vector_norm(std::span<double> v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return std::numeric_limits<double>::quiet_NaN();
  if (max == 0.0 || v.size() <= 1) return max;
  int max_exponent = 0;
  std::frexp(max, &max_exponent);
  double outer_scale = 1.0;
  if (max_exponent < -1023) {  // all subnormal: 2**-max_exponent would overflow, so rescale first
    for (double& x : v) x /= DBL_MIN;
    max /= DBL_MIN;
    outer_scale = DBL_MIN;
    std::frexp(max, &max_exponent);
  }
  const double scale = std::ldexp(1.0, -max_exponent);
  double sum = 1.0, low_products = 0.0, low_sums = 0.0;
  for (double x : v) {
    x *= scale;
    const double_length square = exact_product(x, x);
    const double_length added = exact_fast_sum(sum, square.hi);
    sum = added.hi;
    low_products += square.lo;
    low_sums += added.lo;
  }
  double h = std::sqrt(sum - 1.0 + (low_products + low_sums));
  const double_length square = exact_product(-h, h);
  const double_length added = exact_fast_sum(sum, square.hi);
  sum = added.hi;
  low_products += square.lo;
  low_sums += added.lo;
  const double residual = sum - 1.0 + (low_products + low_sums);
  h += residual / (2.0 * h);
  return outer_scale * (h / scale);
}

inline value math_hypot(interpreter& in, const call_arguments& args) {
  if (!no_keywords(in, args, "hypot")) return value::raised();
  std::vector<double> coordinates;
  coordinates.reserve(args.positional.size());
  double max = 0.0;
  bool found_nan = false;
  for (value item : args.positional) {
    auto x = to_double(in, item);
    if (!x) return value::raised();
    const double magnitude = std::fabs(*x);
    coordinates.push_back(magnitude);
    found_nan = found_nan || std::isnan(magnitude);
    if (magnitude > max) max = magnitude;
  }
  return value::from_double(vector_norm(coordinates, max, found_nan));
}

// A point of dist as a tuple, as CPython takes it: a tuple as it is, a list copied (no Python
// code runs between reading and copying it), anything else through tuple(). The spans of the
// two tuples then stay valid however the conversion of the other point behaves.
inline value point_tuple(interpreter& in, value point) {
  auto* type = in.type_of(point);
  if (type == &runtime::tuple_type) return point;
  if (type == &runtime::list_type) {
    auto& items = static_cast<runtime::list_object*>(point.as_object())->items;
    return in.make_tuple(std::span<const value>(items.data(), items.size()));
  }
  value tuple_type = value::from_object(&runtime::tuple_type);
  return in.call(tuple_type, std::span<const value>(&point, 1));
}

inline value math_dist(interpreter& in, const call_arguments& args) {
  if (!check_positional(in, args, "dist", 2, 2)) return value::raised();
  value p = point_tuple(in, args.positional[0]);
  if (p.is_raised()) return p;
  auto keep_p = in.root(p);
  value q = point_tuple(in, args.positional[1]);
  if (q.is_raised()) return q;
  auto keep_q = in.root(q);
  const std::span<const value> p_items = static_cast<runtime::tuple_object*>(p.as_object())->span();
  const std::span<const value> q_items = static_cast<runtime::tuple_object*>(q.as_object())->span();
  if (p_items.size() != q_items.size()) return in.raise_value_error("both points must have the same number of dimensions");
  std::vector<double> differences;
  differences.reserve(p_items.size());
  double max = 0.0;
  bool found_nan = false;
  for (std::size_t i = 0; i < p_items.size(); ++i) {
    auto x = to_double(in, p_items[i]);
    if (!x) return value::raised();
    auto y = to_double(in, q_items[i]);
    if (!y) return value::raised();
    const double difference = std::fabs(*x - *y);
    differences.push_back(difference);
    found_nan = found_nan || std::isnan(difference);
    if (difference > max) max = difference;
  }
  return value::from_double(vector_norm(differences, max, found_nan));
}

// --- sumprod and prod ---

// total op operand, keeping both reachable while the operation runs (it may call Python code).
inline value rooted_binary(interpreter& in, binary_operator op, value total, value operand) {
  auto keep_total = in.root(total);
  auto keep_operand = in.root(operand);
  return in.binary(static_cast<std::size_t>(op), total, operand);
}

// The float an int or bool contributes to the float path; nullopt when it is beyond the double
// range (the path then ends, without an error).
inline std::optional<double> int_as_double(value v) {
  if (v.is_small_int()) return static_cast<double>(v.as_small_int());
  if (v.is_bool()) return v.is_true() ? 1.0 : 0.0;
  auto d = runtime::numeric_detail::to_big(v).to_double();
  if (!d) return std::nullopt;
  return *d;
}

// sumprod(p, q): sum(x * y for x, y in zip(p, q, strict=True)) with CPython's two fast paths.
// While the pairs are ints whose products and sum fit in 64 bits they are summed in C; while
// they are floats (or a float and an int) they are summed in triple-length, rounded once. A
// pair that fits neither path ends that path for good: its partial total joins `total` and
// the rest is ordinary Python arithmetic.
inline value math_sumprod(interpreter& in, const call_arguments& args) {
  if (!check_positional(in, args, "sumprod", 2, 2)) return value::raised();
  value p_iterator = in.get_iterator(args.positional[0]);
  if (p_iterator.is_raised()) return p_iterator;
  auto keep_p = in.root(p_iterator);
  value q_iterator = in.get_iterator(args.positional[1]);
  if (q_iterator.is_raised()) return q_iterator;
  auto keep_q = in.root(q_iterator);
  value total = value::from_small_int(0);
  bool int_path = true, int_in_use = false, float_path = true, float_in_use = false;
  std::int64_t int_total = 0;
  triple_length float_total;
  for (std::size_t iteration = 0;; ++iteration) {
    if (!still_in_time(in, iteration)) return value::raised();
    auto keep_total = in.root(total);
    value p = in.next(p_iterator);
    if (p.is_raised()) return p;
    auto keep_item = in.root(p);
    value q = in.next(q_iterator);
    if (q.is_raised()) return q;
    if (p.is_unbound() != q.is_unbound()) return in.raise_value_error("Inputs are not the same length");
    const bool finished = p.is_unbound();
    if (int_path) {
      if (!finished && is_exact_int(p) && is_exact_int(q)) {
        auto a = runtime::numeric_detail::to_int64(p);
        auto b = runtime::numeric_detail::to_int64(q);
        std::int64_t product = 0, sum = 0;
        if (a && b && !__builtin_mul_overflow(*a, *b, &product) && !__builtin_add_overflow(int_total, product, &sum)) {
          int_total = sum;
          int_in_use = true;
          continue;
        }
      }
      int_path = false;
      if (int_in_use) {
        total = rooted_binary(in, binary_operator::add, total, in.make_int(int_total));
        if (total.is_raised()) return total;
        int_in_use = false;
      }
    }
    if (float_path) {
      if (!finished) {
        std::optional<double> x, y;
        if (p.is_double() && q.is_double()) {
          x = p.as_double();
          y = q.as_double();
        } else if (p.is_double() && is_integer(q)) {
          x = p.as_double();
          y = int_as_double(q);
        } else if (q.is_double() && is_integer(p)) {
          x = int_as_double(p);
          y = q.as_double();
        }
        if (x && y) {
          const triple_length next = add_product(*x, *y, float_total);
          if (std::isfinite(next.hi)) {
            float_total = next;
            float_in_use = true;
            continue;
          }
        }
      }
      float_path = false;
      if (float_in_use) {
        total = rooted_binary(in, binary_operator::add, total, value::from_double(to_double(float_total)));
        if (total.is_raised()) return total;
        float_in_use = false;
      }
    }
    if (finished) return total;
    value term;
    {
      auto keep_q_item = in.root(q);
      term = in.binary(static_cast<std::size_t>(binary_operator::mult), p, q);
    }
    if (term.is_raised()) return term;
    total = rooted_binary(in, binary_operator::add, total, term);
    if (total.is_raised()) return total;
  }
}

// prod(iterable, /, *, start=1): start * item0 * item1 ..., left to right.
inline value math_prod(interpreter& in, const call_arguments& args) {
  static constexpr std::string_view names[] = {"iterable", "start"};
  value bound[2];
  if (!parse_clinic(in, args, {"prod", names, 1, 1, 1}, bound)) return value::raised();
  value total = bound[1].is_unbound() ? value::from_small_int(1) : bound[1];
  value iterator = in.get_iterator(bound[0]);
  if (iterator.is_raised()) return iterator;
  auto keep_iterator = in.root(iterator);
  for (std::size_t iteration = 0;; ++iteration) {
    if (!still_in_time(in, iteration)) return value::raised();
    value item;
    {
      auto keep_total = in.root(total);
      item = in.next(iterator);
    }
    if (item.is_raised()) return item;
    if (item.is_unbound()) return total;
    if (total.is_double() && item.is_double()) {
      total = value::from_double(total.as_double() * item.as_double());
      continue;
    }
    total = rooted_binary(in, binary_operator::mult, total, item);
    if (total.is_raised()) return total;
  }
}

}  // namespace coil::modules::math_detail
