// Stable sorting of a list with Python comparisons (sorted(), list.sort()): CPython 3.12's
// timsort (natural runs, binary insertion up to the minimum run length, powersort's merge order,
// galloping merges), so that the same `<` comparisons happen in the same order as in CPython.
// That order is observable: which pair's TypeError a mixed list raises, where NaNs end up, and
// what a list holds after a comparison failed. The algorithm follows the description in
// CPython's Objects/listsort.txt. The keys live in a heap list that stays rooted while key
// functions and comparisons run Python code; the sort itself permutes plain indices.
//
// Like CPython, the sort looks at the keys once before sorting: when all are small ints, all
// floats, all exact strs, or all exact tuples, `<` is done directly instead of through the
// general comparison (for tuples: their items are compared directly while both are small ints,
// floats or exact strs, else generally). Those comparisons cannot raise or run Python code, so
// the result and the order of observable comparisons are the same.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/native_safe_points.hpp>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <optional>
#include <span>
#include <vector>

namespace coil::runtime {
namespace sorting_detail {

// What every key of one sort is, which decides how `<` is done.
enum class key_kind : std::uint8_t { mixed, small_ints, floats, strs, tuples };

inline bool is_exact(value v, const type_object* type) { return v.is_object() && v.as_object()->type == type; }

inline key_kind classify_keys(std::span<const value> pairs) {
  const std::size_t n = pairs.size() / 2;
  if (n == 0) return key_kind::mixed;
  const value first = pairs[0];
  key_kind kind = first.is_small_int()           ? key_kind::small_ints
                  : first.is_double()            ? key_kind::floats
                  : is_exact(first, &str_type)   ? key_kind::strs
                  : is_exact(first, &tuple_type) ? key_kind::tuples
                                                 : key_kind::mixed;
  for (std::size_t i = 1; i < n && kind != key_kind::mixed; ++i) {
    const value k = pairs[2 * i];
    const bool same_kind = kind == key_kind::small_ints ? k.is_small_int()
                           : kind == key_kind::floats   ? k.is_double()
                           : kind == key_kind::strs     ? is_exact(k, &str_type)
                                                        : is_exact(k, &tuple_type);
    if (!same_kind) kind = key_kind::mixed;
  }
  return kind;
}

// a == b and a < b for two values of one of the simple kinds (both small ints, both floats or
// both exact strs); nullopt when they are not, for the general comparison to decide.
inline std::optional<bool> simple_equal(value a, value b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() == b.as_small_int();
  if (a.is_double() && b.is_double()) return a.as_double() == b.as_double();
  if (is_exact(a, &str_type) && is_exact(b, &str_type))
    return static_cast<str_object*>(a.as_object())->view() == static_cast<str_object*>(b.as_object())->view();
  return std::nullopt;
}
inline std::optional<bool> simple_less(value a, value b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() < b.as_small_int();
  if (a.is_double() && b.is_double()) return a.as_double() < b.as_double();
  if (is_exact(a, &str_type) && is_exact(b, &str_type))
    return static_cast<str_object*>(a.as_object())->view() < static_cast<str_object*>(b.as_object())->view();
  return std::nullopt;
}

// One timsort over `slots` (indices of key/value pairs). Every method that compares returns a
// negative count or false once a comparison raised; the slots are then a permutation in the
// state CPython's array would be in.
class tim_sorter {
 public:
  tim_sorter(interpreter& in, std::span<const value> pairs, std::vector<std::size_t>& slots)
      : in_(in), pairs_(pairs), slots_(slots.data()), size_(static_cast<std::ptrdiff_t>(slots.size())),
        kind_(classify_keys(pairs)) {}

  bool sort() {
    if (size_ < 2) return true;
    const std::ptrdiff_t min_run = minimum_run_length(size_);
    std::ptrdiff_t start = 0;
    while (start < size_) {
      const std::ptrdiff_t remaining = size_ - start;
      bool descending = false;
      std::ptrdiff_t length = natural_run(start, size_, descending);
      if (length < 0) return false;
      // A descending run is strictly descending, so reversing it keeps the sort stable.
      if (descending) std::reverse(slots_ + start, slots_ + start + length);
      if (length < min_run) {
        const std::ptrdiff_t forced = std::min(remaining, min_run);
        if (!insertion_sort(start, start + forced, start + length)) return false;
        length = forced;
      }
      if (!merge_before_push(length)) return false;
      runs_.push_back({start, length, 0});
      start += length;
    }
    while (runs_.size() > 1) {
      std::size_t at = runs_.size() - 2;
      if (at > 0 && runs_[at - 1].length < runs_[at + 1].length) --at;
      if (!merge_runs(at)) return false;
    }
    return true;
  }

 private:
  struct run {
    std::ptrdiff_t start;
    std::ptrdiff_t length;
    int power;  // powersort's depth of the boundary between this run and the next
  };

  static constexpr std::ptrdiff_t initial_gallop_threshold = 7;

  // n itself below 64; otherwise its six leading bits, plus one when any bit below them is set.
  static std::ptrdiff_t minimum_run_length(std::ptrdiff_t n) {
    std::ptrdiff_t low_bits = 0;
    for (; n >= 64; n >>= 1) low_bits |= n & 1;
    return n + low_bits;
  }

  // 1 when the key of pair x is less than the key of pair y, 0 when not, -1 when raised.
  int less(std::size_t x, std::size_t y) {
    // A sort of millions of items is a long native loop: it stops at the time limit too.
    if (!safe_points_.tick(in_)) return -1;
    const value kx = pairs_[2 * x], ky = pairs_[2 * y];
    switch (kind_) {
      case key_kind::small_ints: return kx.as_small_int() < ky.as_small_int() ? 1 : 0;
      case key_kind::floats: return kx.as_double() < ky.as_double() ? 1 : 0;
      case key_kind::strs:
        return static_cast<str_object*>(kx.as_object())->view() < static_cast<str_object*>(ky.as_object())->view() ? 1 : 0;
      case key_kind::tuples: return tuple_less(kx, ky);
      case key_kind::mixed: break;
    }
    if (kx.is_small_int() && ky.is_small_int()) return kx.as_small_int() < ky.as_small_int() ? 1 : 0;
    return general_less(kx, ky);
  }

  int general_less(value a, value b) {
    const value r = in_.compare(compare_operator::less, a, b);
    if (r.is_raised()) return -1;
    const auto truth = in_.truthy(r);
    if (!truth) return -1;
    return *truth ? 1 : 0;
  }

  // Tuple `<` as the tuple type does it (the first items that are not equal decide, else the
  // lengths), with the items of simple kinds compared directly.
  int tuple_less(value a, value b) {
    const auto* ta = static_cast<const tuple_object*>(a.as_object());
    const auto* tb = static_cast<const tuple_object*>(b.as_object());
    const std::size_t common = std::min(ta->size, tb->size);
    for (std::size_t i = 0; i < common; ++i) {
      const value x = ta->items()[i], y = tb->items()[i];
      if (same(x, y)) continue;
      if (auto equal = simple_equal(x, y)) {
        if (*equal) continue;
        return *simple_less(x, y) ? 1 : 0;
      }
      // Anything else: the general path from this item on, exactly as the tuple type compares.
      return general_less(a, b);
    }
    return ta->size < tb->size ? 1 : 0;
  }

  // The length of the run starting at `start`: non-descending, or strictly descending (then
  // `descending` is set). -1 when raised.
  std::ptrdiff_t natural_run(std::ptrdiff_t start, std::ptrdiff_t end, bool& descending) {
    if (start + 1 == end) return 1;
    int c = less(slots_[start + 1], slots_[start]);
    if (c < 0) return -1;
    descending = c == 1;
    std::ptrdiff_t i = start + 2;
    for (; i < end; ++i) {
      c = less(slots_[i], slots_[i - 1]);
      if (c < 0) return -1;
      if ((c == 1) != descending) break;
    }
    return i - start;
  }

  // Sorts [start, end) given that [start, sorted_end) is sorted, inserting each next item after
  // the last item it is not less than (found by binary search).
  bool insertion_sort(std::ptrdiff_t start, std::ptrdiff_t end, std::ptrdiff_t sorted_end) {
    if (sorted_end == start) ++sorted_end;
    for (std::ptrdiff_t next = sorted_end; next < end; ++next) {
      const std::size_t item = slots_[next];
      std::ptrdiff_t low = start, high = next;
      do {
        const std::ptrdiff_t middle = low + ((high - low) >> 1);
        const int c = less(item, slots_[middle]);
        if (c < 0) return false;
        if (c == 1) high = middle;
        else low = middle + 1;
      } while (low < high);
      std::memmove(slots_ + low + 1, slots_ + low, static_cast<std::size_t>(next - low) * sizeof(std::size_t));
      slots_[low] = item;
    }
    return true;
  }

  // Powersort: the depth at which the boundary between a run [s1, s1 + n1) and the run of n2
  // after it sits in a binary subdivision of [0, size): the first bit where the binary fractions
  // of the two runs' midpoints (over size) differ. Doubled midpoints keep it in integers.
  int boundary_power(std::ptrdiff_t s1, std::ptrdiff_t n1, std::ptrdiff_t n2) const {
    std::ptrdiff_t a = 2 * s1 + n1, b = a + n1 + n2;
    int power = 0;
    for (;;) {
      ++power;
      if (a >= size_) {
        a -= size_;
        b -= size_;
      } else if (b >= size_) {
        return power;
      }
      a <<= 1;
      b <<= 1;
    }
  }

  // Before a new run of `length` joins the stack: merges the top runs while the boundary below
  // the top is deeper than the new boundary.
  bool merge_before_push(std::ptrdiff_t length) {
    if (runs_.empty()) return true;
    const int power = boundary_power(runs_.back().start, runs_.back().length, length);
    while (runs_.size() > 1 && runs_[runs_.size() - 2].power > power)
      if (!merge_runs(runs_.size() - 2)) return false;
    runs_.back().power = power;
    return true;
  }

  // Where `key` goes in the sorted a[0, n): the first position whose item is not less than it,
  // searched from `hint` outwards by doubling steps, then by bisection. -1 when raised.
  std::ptrdiff_t gallop_left(std::size_t key, const std::size_t* a, std::ptrdiff_t n, std::ptrdiff_t hint) {
    std::ptrdiff_t below = 0, step = 1;  // offsets from hint bracketing the answer
    int c = less(a[hint], key);
    if (c < 0) return -1;
    if (c == 1) {
      const std::ptrdiff_t most = n - hint;
      while (step < most) {
        c = less(a[hint + step], key);
        if (c < 0) return -1;
        if (c == 0) break;
        below = step;
        step = 2 * step + 1;
      }
      step = std::min(step, most);
      below += hint;
      step += hint;
    } else {
      const std::ptrdiff_t most = hint + 1;
      while (step < most) {
        c = less(a[hint - step], key);
        if (c < 0) return -1;
        if (c == 1) break;
        below = step;
        step = 2 * step + 1;
      }
      step = std::min(step, most);
      const std::ptrdiff_t kept = below;
      below = hint - step;
      step = hint - kept;
    }
    // a[below] < key <= a[step]
    std::ptrdiff_t low = below + 1, high = step;
    while (low < high) {
      const std::ptrdiff_t middle = low + ((high - low) >> 1);
      c = less(a[middle], key);
      if (c < 0) return -1;
      if (c == 1) low = middle + 1;
      else high = middle;
    }
    return high;
  }

  // As gallop_left, but after the last item not greater than `key` (equal items stay first).
  std::ptrdiff_t gallop_right(std::size_t key, const std::size_t* a, std::ptrdiff_t n, std::ptrdiff_t hint) {
    std::ptrdiff_t below = 0, step = 1;
    int c = less(key, a[hint]);
    if (c < 0) return -1;
    if (c == 1) {
      const std::ptrdiff_t most = hint + 1;
      while (step < most) {
        c = less(key, a[hint - step]);
        if (c < 0) return -1;
        if (c == 0) break;
        below = step;
        step = 2 * step + 1;
      }
      step = std::min(step, most);
      const std::ptrdiff_t kept = below;
      below = hint - step;
      step = hint - kept;
    } else {
      const std::ptrdiff_t most = n - hint;
      while (step < most) {
        c = less(key, a[hint + step]);
        if (c < 0) return -1;
        if (c == 1) break;
        below = step;
        step = 2 * step + 1;
      }
      step = std::min(step, most);
      below += hint;
      step += hint;
    }
    // a[below] <= key < a[step]
    std::ptrdiff_t low = below + 1, high = step;
    while (low < high) {
      const std::ptrdiff_t middle = low + ((high - low) >> 1);
      c = less(key, a[middle]);
      if (c < 0) return -1;
      if (c == 1) high = middle;
      else low = middle + 1;
    }
    return high;
  }

  // Merges runs `at` and `at + 1` of the stack into one.
  bool merge_runs(std::size_t at) {
    const run a = runs_[at], b = runs_[at + 1];
    runs_[at].length = a.length + b.length;
    runs_.erase(runs_.begin() + static_cast<std::ptrdiff_t>(at) + 1);
    // Items of a before b's first item, and of b after a's last item, are already in place.
    const std::ptrdiff_t skip = gallop_right(slots_[b.start], slots_ + a.start, a.length, 0);
    if (skip < 0) return false;
    const std::ptrdiff_t a_start = a.start + skip, a_length = a.length - skip;
    if (a_length == 0) return true;
    const std::ptrdiff_t b_length = gallop_left(slots_[a_start + a_length - 1], slots_ + b.start, b.length, b.length - 1);
    if (b_length <= 0) return b_length == 0;
    return a_length <= b_length ? merge_low(a_start, a_length, b.start, b_length) : merge_high(a_start, a_length, b.start, b_length);
  }

  static void move(std::size_t* to, const std::size_t* from, std::ptrdiff_t count) {
    if (count > 0) std::memmove(to, from, static_cast<std::size_t>(count) * sizeof(std::size_t));
  }

  // Merges the adjacent runs a = [pa, pa + na) and b = [pb, pb + nb), na <= nb, left to right
  // with a copied aside; a side that wins `gallop` times in a row switches to galloping.
  bool merge_low(std::ptrdiff_t pa, std::ptrdiff_t na, std::ptrdiff_t pb, std::ptrdiff_t nb) {
    spare_.assign(slots_ + pa, slots_ + pa + na);
    std::size_t* dest = slots_ + pa;
    const std::size_t* a = spare_.data();
    std::size_t* b = slots_ + pb;
    // How the merge ends: 0 - done, or -1 - failed, and the rest of a goes at dest; 1 - only
    // a's last item is left, and it belongs after the rest of b.
    int ending = 0;
    *dest++ = *b++;
    if (--nb == 0) ending = 0;
    else if (na == 1) ending = 1;
    else ending = merge_low_loop(dest, a, na, b, nb);
    if (ending == 1) {
      move(dest, b, nb);
      dest[nb] = *a;
    } else {
      move(dest, a, na);
    }
    return ending >= 0;
  }

  int merge_low_loop(std::size_t*& dest, const std::size_t*& a, std::ptrdiff_t& na, std::size_t*& b, std::ptrdiff_t& nb) {
    std::ptrdiff_t gallop = min_gallop_;
    for (;;) {
      std::ptrdiff_t a_wins = 0, b_wins = 0;
      for (;;) {
        const int c = less(*b, *a);
        if (c < 0) return -1;
        if (c == 1) {
          *dest++ = *b++;
          ++b_wins;
          a_wins = 0;
          if (--nb == 0) return 0;
          if (b_wins >= gallop) break;
        } else {
          *dest++ = *a++;
          ++a_wins;
          b_wins = 0;
          if (--na == 1) return 1;
          if (a_wins >= gallop) break;
        }
      }
      ++gallop;
      do {
        gallop -= gallop > 1;
        min_gallop_ = gallop;
        std::ptrdiff_t k = gallop_right(*b, a, na, 0);
        if (k < 0) return -1;
        a_wins = k;
        if (k > 0) {
          move(dest, a, k);
          dest += k;
          a += k;
          na -= k;
          if (na == 1) return 1;
          if (na == 0) return 0;  // only with inconsistent comparisons
        }
        *dest++ = *b++;
        if (--nb == 0) return 0;
        k = gallop_left(*a, b, nb, 0);
        if (k < 0) return -1;
        b_wins = k;
        if (k > 0) {
          move(dest, b, k);
          dest += k;
          b += k;
          nb -= k;
          if (nb == 0) return 0;
        }
        *dest++ = *a++;
        if (--na == 1) return 1;
      } while (a_wins >= initial_gallop_threshold || b_wins >= initial_gallop_threshold);
      ++gallop;  // leaving galloping mode costs
      min_gallop_ = gallop;
    }
  }

  // As merge_low, right to left with b copied aside (na > nb).
  bool merge_high(std::ptrdiff_t pa, std::ptrdiff_t na, std::ptrdiff_t pb, std::ptrdiff_t nb) {
    spare_.assign(slots_ + pb, slots_ + pb + nb);
    std::size_t* dest = slots_ + pb + nb - 1;
    const std::size_t* a_base = slots_ + pa;
    const std::size_t* b_base = spare_.data();
    std::size_t* a = slots_ + pa + na - 1;
    const std::size_t* b = b_base + nb - 1;
    // 0 - done, or -1 - failed, and the rest of b goes before dest; 1 - only b's first item is
    // left, and it belongs before the rest of a.
    int ending = 0;
    *dest-- = *a--;
    if (--na == 0) ending = 0;
    else if (nb == 1) ending = 1;
    else ending = merge_high_loop(dest, a, a_base, na, b, b_base, nb);
    if (ending == 1) {
      dest -= na;
      a -= na;
      move(dest + 1, a + 1, na);
      *dest = *b;
    } else if (nb > 0) {
      move(dest - (nb - 1), b_base, nb);
    }
    return ending >= 0;
  }

  int merge_high_loop(std::size_t*& dest, std::size_t*& a, const std::size_t* a_base, std::ptrdiff_t& na, const std::size_t*& b,
                      const std::size_t* b_base, std::ptrdiff_t& nb) {
    std::ptrdiff_t gallop = min_gallop_;
    for (;;) {
      std::ptrdiff_t a_wins = 0, b_wins = 0;
      for (;;) {
        const int c = less(*b, *a);
        if (c < 0) return -1;
        if (c == 1) {
          *dest-- = *a--;
          ++a_wins;
          b_wins = 0;
          if (--na == 0) return 0;
          if (a_wins >= gallop) break;
        } else {
          *dest-- = *b--;
          ++b_wins;
          a_wins = 0;
          if (--nb == 1) return 1;
          if (b_wins >= gallop) break;
        }
      }
      ++gallop;
      do {
        gallop -= gallop > 1;
        min_gallop_ = gallop;
        std::ptrdiff_t k = gallop_right(*b, a_base, na, na - 1);
        if (k < 0) return -1;
        k = na - k;
        a_wins = k;
        if (k > 0) {
          dest -= k;
          a -= k;
          move(dest + 1, a + 1, k);
          na -= k;
          if (na == 0) return 0;
        }
        *dest-- = *b--;
        if (--nb == 1) return 1;
        k = gallop_left(*a, b_base, nb, nb - 1);
        if (k < 0) return -1;
        k = nb - k;
        b_wins = k;
        if (k > 0) {
          dest -= k;
          b -= k;
          move(dest + 1, b + 1, k);
          nb -= k;
          if (nb == 1) return 1;
          if (nb == 0) return 0;  // only with inconsistent comparisons
        }
        *dest-- = *a--;
        if (--na == 0) return 0;
      } while (a_wins >= initial_gallop_threshold || b_wins >= initial_gallop_threshold);
      ++gallop;
      min_gallop_ = gallop;
    }
  }

  interpreter& in_;
  std::span<const value> pairs_;
  std::size_t* slots_;
  std::ptrdiff_t size_;
  key_kind kind_;
  std::vector<run> runs_;
  std::vector<std::size_t> spare_;
  vm::safe_point_counter safe_points_;
  std::ptrdiff_t min_gallop_ = initial_gallop_threshold;
};

}  // namespace sorting_detail

// Sorts `list` in place by key(item) (or the items themselves), ascending or descending, stable
// either way as in CPython (a descending sort reverses the list before and after sorting).
// Returns false with the exception pending if a key call or a comparison raised; after a failed
// comparison the list holds its items in the order CPython's would be left in.
inline bool sort_list(interpreter& in, list_object* list, value key, bool descending) {
  const std::size_t n = list->items.size();
  if (n < 2 && key.is_none()) return true;
  // Keys and items sit in one heap list [k0, v0, k1, v1, ...], reachable from the interpreter's
  // native roots while Python code runs.
  if (!in.heap().could_allocate(2 * n * sizeof(value) + 2 * n * sizeof(std::size_t))) {
    in.raise_memory_error();
    return false;
  }
  auto* pairs = in.new_list();
  auto root = in.root(value::from_object(pairs));
  pairs->items.reserve(2 * n);
  vm::safe_point_counter safe_points;
  for (std::size_t i = 0; i < n; ++i) {
    if (!safe_points.tick(in)) return false;
    if (i >= list->items.size()) {  // a key function emptied the list
      in.raise_value_error("list modified during sort");
      return false;
    }
    value item = list->items[i];
    value k = item;
    if (!key.is_none()) {
      k = in.call(key, std::span<const value>(&item, 1));
      if (k.is_raised()) return false;
    }
    pairs->items.push_back(k);
    pairs->items.push_back(item);
  }
  std::vector<std::size_t> slots(n);
  for (std::size_t i = 0; i < n; ++i) slots[i] = i;
  if (descending) std::reverse(slots.begin(), slots.end());
  const bool sorted = sorting_detail::tim_sorter(in, pairs->items, slots).sort();
  if (descending) std::reverse(slots.begin(), slots.end());
  if (list->items.size() != n) {
    if (sorted) in.raise_value_error("list modified during sort");
    return false;
  }
  for (std::size_t i = 0; i < n; ++i) list->items[i] = pairs->items[2 * slots[i] + 1];
  return sorted;
}

}  // namespace coil::runtime
