// sort_keys for json.dumps: the order CPython's list.sort (timsort) puts a dict's items in, with
// its sequence of `<` comparisons, so a dict whose keys cannot be ordered (None and 1, 'a' and 2)
// fails with CPython's TypeError naming the same two types in the same order, and keys with an
// inconsistent order (NaN) come out where CPython puts them. Timsort's natural runs and binary
// insertion are followed exactly; runs are then merged without galloping, which compares in a
// different order only in dicts of 64 keys or more (where an error or a NaN could then differ).
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/vm/interpreter.hpp>

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace coil::modules::json_detail {

// Sorts `order` (indices into `keys`) by key with Python's `<`; false with the exception pending.
// `keys` must stay alive and rooted for the duration (comparisons may run Python code).
template <class Keys>
inline bool timsort_order(interpreter& in, const Keys& keys, std::vector<std::size_t>& order) {
  const std::size_t n = order.size();
  bool failed = false;
  // ISLT(x, y): CPython's `x < y` on the keys of items x and y (tuples compare their first
  // differing element; dict keys never compare equal to each other).
  auto less = [&](std::size_t x, std::size_t y) {
    if (failed) return false;
    value r = in.compare(runtime::compare_operator::less, keys[x], keys[y]);
    if (r.is_raised()) return failed = true, false;
    auto truth = in.truthy(r);
    if (!truth) return failed = true, false;
    return *truth;
  };
  std::size_t minimum_run = n;
  {
    std::size_t r = 0;
    while (minimum_run >= 64) {
      r |= minimum_run & 1;
      minimum_run >>= 1;
    }
    minimum_run += r;
  }
  std::vector<std::pair<std::size_t, std::size_t>> runs;  // [begin, end)
  std::size_t lo = 0;
  while (lo < n && !failed) {
    const std::size_t remaining = n - lo;
    // count_run: a non-descending run, or a strictly descending one (then reversed).
    std::size_t run = 1;
    if (remaining > 1) {
      run = 2;
      if (less(order[lo + 1], order[lo])) {
        while (lo + run < n && less(order[lo + run], order[lo + run - 1])) ++run;
        std::reverse(order.begin() + static_cast<std::ptrdiff_t>(lo), order.begin() + static_cast<std::ptrdiff_t>(lo + run));
      } else {
        while (lo + run < n && !less(order[lo + run], order[lo + run - 1])) ++run;
      }
    }
    if (failed) return false;
    if (run < minimum_run) {
      // binarysort: insert each following item after the equal ones already placed.
      const std::size_t forced = std::min(remaining, minimum_run);
      for (std::size_t start = lo + run; start < lo + forced && !failed; ++start) {
        const std::size_t pivot = order[start];
        std::size_t left = lo, right = start;
        while (left < right) {
          const std::size_t middle = left + ((right - left) >> 1);
          if (less(pivot, order[middle])) right = middle;
          else left = middle + 1;
        }
        std::move_backward(order.begin() + static_cast<std::ptrdiff_t>(left), order.begin() + static_cast<std::ptrdiff_t>(start),
                           order.begin() + static_cast<std::ptrdiff_t>(start + 1));
        order[left] = pivot;
      }
      run = forced;
    }
    runs.emplace_back(lo, lo + run);
    lo += run;
  }
  std::vector<std::size_t> merged;
  while (runs.size() > 1 && !failed) {
    std::vector<std::pair<std::size_t, std::size_t>> next;
    for (std::size_t r = 0; r + 1 < runs.size(); r += 2) {
      const auto [a_begin, a_end] = runs[r];
      const auto [b_begin, b_end] = runs[r + 1];
      merged.clear();
      std::size_t i = a_begin, j = b_begin;
      while (i < a_end && j < b_end) merged.push_back(less(order[j], order[i]) ? order[j++] : order[i++]);
      while (i < a_end) merged.push_back(order[i++]);
      while (j < b_end) merged.push_back(order[j++]);
      std::copy(merged.begin(), merged.end(), order.begin() + static_cast<std::ptrdiff_t>(a_begin));
      next.emplace_back(a_begin, b_end);
    }
    if (runs.size() % 2 != 0) next.push_back(runs.back());
    runs = std::move(next);
  }
  return !failed;
}

}  // namespace coil::modules::json_detail
