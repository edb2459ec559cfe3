// Stable sorting of a list with Python comparisons (sorted(), list.sort()): a merge sort over
// (key, value) pairs written here because the comparisons run Python code that may raise or be
// inconsistent, which std::stable_sort does not allow. The keys live in a heap list that stays
// rooted while key functions and comparisons run Python code.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/vm/interpreter.hpp>

#include <vector>

namespace coil::runtime {

// Sorts `list` in place by key(item) (or the items themselves), ascending or descending, stable
// either way as in CPython. Returns false with the exception pending if a key call or a
// comparison raised; the list then holds its original items in some order.
inline bool sort_list(interpreter& in, list_object* list, value key, bool descending) {
  const std::size_t n = list->items.size();
  if (n < 2 && key.is_none()) return true;
  // Keys and items sit in one heap list [k0, v0, k1, v1, ...], reachable from the interpreter's
  // native roots while Python code runs.
  auto* pairs = in.new_list();
  auto root = in.root(value::from_object(pairs));
  pairs->items.reserve(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    value item = list->items[i];
    value k = item;
    if (!key.is_none()) {
      k = in.call(key, std::span<const value>(&item, 1));
      if (k.is_raised()) return false;
    }
    pairs->items.push_back(k);
    pairs->items.push_back(item);
  }
  // Merge sort on indices: index arrays are plain C++ (no heap values), the values stay in `pairs`.
  std::vector<std::size_t> order(n), buffer(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  bool failed = false;
  // less(a, b): is key a strictly before key b in the wanted direction.
  auto before = [&](std::size_t a, std::size_t b) -> bool {
    if (failed) return false;
    value ka = pairs->items[2 * a], kb = pairs->items[2 * b];
    value r;
    if (ka.is_small_int() && kb.is_small_int()) {
      return descending ? kb.as_small_int() < ka.as_small_int() : ka.as_small_int() < kb.as_small_int();
    }
    r = descending ? in.compare(compare_operator::less, kb, ka) : in.compare(compare_operator::less, ka, kb);
    if (r.is_raised()) {
      failed = true;
      return false;
    }
    auto truth = in.truthy(r);
    if (!truth) {
      failed = true;
      return false;
    }
    return *truth;
  };
  for (std::size_t width = 1; width < n && !failed; width *= 2) {
    for (std::size_t lo = 0; lo < n && !failed; lo += 2 * width) {
      const std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      std::size_t i = lo, j = mid, k = lo;
      // Take from the right run only when it is strictly before: equal keys keep their order.
      while (i < mid && j < hi) buffer[k++] = before(order[j], order[i]) ? order[j++] : order[i++];
      while (i < mid) buffer[k++] = order[i++];
      while (j < hi) buffer[k++] = order[j++];
    }
    std::swap(order, buffer);
  }
  if (failed) return false;
  if (list->items.size() != n) {
    in.raise_value_error("list modified during sort");
    return false;
  }
  for (std::size_t i = 0; i < n; ++i) list->items[i] = pairs->items[2 * order[i] + 1];
  return true;
}

}  // namespace coil::runtime
