// set_table: the hash table behind Python's set and frozenset, with no Python semantics of its own.
// Keys are vm::value words stored with their Python hashes; the caller computes hashes and passes
// an equality callback (as for ordered_table, whose eq_result, table_status and table_result this
// table shares), because Python's __eq__ can run arbitrary code, raise, or mutate the table.
//
// Unlike dict, a CPython set is not insertion-ordered: it iterates in slot order, so printing a
// set shows its table layout. This table reproduces CPython 3.12's layout exactly, from its
// documented behaviour: a power-of-two array of {hash, key} slots (8 to start with, held inline
// in the table so small sets allocate nothing), open addressing that first scans a run of up to
// 10 adjacent slots (when they fit before the end of the array) and then jumps along the
// perturbed sequence i = 5i + 1 + (perturb >>= 5) that mixes in every bit of the hash. A removed
// key leaves a dummy slot (probe chains stay intact); an insertion that meets dummies before an
// empty slot reuses the last dummy it passed. `fill` counts live and dummy slots, `size` live
// ones; an insertion into an empty slot that brings fill * 5 up to 3 * mask rebuilds the table
// with room for 4 x size (2 x size above 50000 entries), which can also shrink it. A rebuild
// reinserts the live keys in slot order, scanning only for empty slots. Merging one table into
// another (set(s), s.copy(), s | t, update) presizes for both, copies slots verbatim when the
// target is empty and alike, and otherwise inserts in the source's slot order; set.pop() scans
// from a finger left after the previous pop, which clear() and swaps keep.
//
// Mutation from inside a callback is detected, never followed through stale pointers: a search
// restarts when the callback replaced the storage or the slot it was comparing (CPython's rule).
// A callback reporting an error aborts the operation with status `failed`. Operations that may
// allocate take an `allocation_guard`, asked `bool(std::size_t bytes)` before the table asks its
// memory resource for a new array: false fails the operation with nothing changed (the VM raises
// MemoryError in the guard when the bytes would exceed its limit).
//
// For the VM: keep the table's owner reachable while an operation runs and root both arguments of
// every callback for its duration (a callback can trigger a collection); the table never
// dereferences a key itself.
#pragma once

#include <coil/runtime/ordered_table.hpp>
#include <coil/vm/value.hpp>

#include <cstddef>
#include <cstdint>
#include <memory_resource>
#include <optional>
#include <type_traits>

namespace coil::runtime {

struct set_entry {
  std::int64_t hash;  // -1 in a dummy slot (no Python hash is -1), 0 in an empty one
  vm::value key;      // set_table::empty_key or set_table::dummy_key when not live
};

// An allocation guard that never refuses (unit tests, or memory already checked).
struct allocate_freely {
  constexpr bool operator()(std::size_t) const noexcept { return true; }
};

template <class Guard>
concept allocation_guard = std::is_invocable_r_v<bool, Guard&, std::size_t>;

class set_table {
 public:
  static constexpr std::size_t small_slots = 8;
  static constexpr std::size_t linear_probes = 9;  // slots scanned after the first of a run
  // Words that never are Python values mark the slots that hold no key.
  static constexpr vm::value empty_key = vm::value::unbound();
  static constexpr vm::value dummy_key = vm::value::raised();

  explicit set_table(std::pmr::memory_resource* memory) noexcept;
  set_table(const set_table&) = delete;  // sets live inside heap objects: copy through merge()
  set_table& operator=(const set_table&) = delete;
  ~set_table() { release(); }

  std::size_t size() const noexcept { return used_; }  // live keys
  bool empty() const noexcept { return used_ == 0; }
  std::size_t fill() const noexcept { return fill_; }  // live and dummy slots
  std::pmr::memory_resource* memory() const noexcept { return memory_; }

  // Slots by index, in iteration order: [0, slot_count()).
  std::size_t slot_count() const noexcept { return mask_ + 1; }
  bool is_live(std::size_t i) const noexcept { return is_key(slots_[i].key); }
  const set_entry& slot(std::size_t i) const noexcept { return slots_[i]; }
  // The first live slot >= i, or slot_count() when there is none.
  std::size_t next_live(std::size_t i) const noexcept {
    while (i <= mask_ && !is_key(slots_[i].key)) ++i;
    return i;
  }
  // Changes whenever the slot array is replaced (rebuild, clear, swap): for callers that hold
  // slot indices across callbacks.
  std::uint32_t generation() const noexcept { return generation_; }

  // Searches for `key`: found (index = its slot), missing or failed.
  template <table_equality Eq>
  table_result find(std::int64_t hash, vm::value key, Eq&& eq) const;
  // set.add: found if an equal key is there (the stored key stays), else inserted; or failed (a
  // callback error, or the guard refused the rebuild the insertion needs). An insertion's index
  // is meaningless (the table may have been rebuilt): 0.
  template <table_equality Eq, allocation_guard Guard = allocate_freely>
  table_result insert(std::int64_t hash, vm::value key, Eq&& eq, Guard&& guard = {});
  // set.discard: found (and now removed), missing or failed.
  template <table_equality Eq>
  table_status erase(std::int64_t hash, vm::value key, Eq&& eq);
  // set.pop: removes and returns the key at or after the finger (nullopt when empty).
  std::optional<set_entry> pop() noexcept;
  // set.clear: back to the empty inline table. The pop finger stays where it was.
  void clear() noexcept;
  // intersection_update's body swap: exchanges the slot arrays, sizes and fills (not the fingers,
  // nor the memory resources, which must be the same).
  void swap_contents(set_table& other) noexcept;

  // Adds every live key of `other` (update from a set): true, or false when a callback or the
  // guard failed (the keys merged so far stay).
  template <table_equality Eq, allocation_guard Guard = allocate_freely>
  bool merge(const set_table& other, Eq&& eq, Guard&& guard = {});
  // Before adding `incoming` keys from a dict (update from a dict): the rebuild CPython does up
  // front when they might not fit. False when the guard refused.
  template <allocation_guard Guard = allocate_freely>
  bool reserve(std::size_t incoming, Guard&& guard = {});
  // After removing many keys (difference_update): rebuilds when more than a quarter of the slots
  // are dummies. False when the guard refused (the table is still valid, just sparse).
  template <allocation_guard Guard = allocate_freely>
  bool compact_if_sparse(Guard&& guard = {});

  // Bytes of storage held outside the inline slots (what the memory resource was asked for).
  std::size_t allocated_bytes() const noexcept { return slots_ == small_ ? 0 : slot_count() * sizeof(set_entry); }

  // Visits every live key (for the collector): `visit(vm::value)`, or anything with a
  // `visit(vm::value)` member such as vm::tracer.
  template <class Visitor>
  void trace(Visitor&& visitor) const;

 private:
  static constexpr bool is_key(vm::value k) noexcept { return !same(k, empty_key) && !same(k, dummy_key); }
  // The slot count of a rebuild that must hold `minimum_used` keys: the smallest power of two
  // above it, at least 8; 0 when no array could be that large.
  static std::size_t slots_for(std::size_t minimum_used) noexcept;
  static std::size_t bytes_for(std::size_t slots) noexcept { return slots == small_slots ? 0 : slots * sizeof(set_entry); }
  // The argument of the rebuild an insertion triggers.
  std::size_t growth_target() const noexcept { return used_ > 50000 ? used_ * 2 : used_ * 4; }

  // Places a key in the first empty slot of its probe sequence in a table without dummies.
  static void insert_clean(set_entry* slots, std::size_t mask, std::int64_t hash, vm::value key) noexcept;
  // The new slot array for `slots` slots (the inline one for 8), all empty; may throw bad_alloc.
  set_entry* allocate_slots(std::size_t slots);
  // Moves the live keys into `slots` fresh slots (from allocate_slots), in slot order.
  void rebuild_into(set_entry* fresh, std::size_t slots) noexcept;
  template <class Guard>
  bool rebuild(std::size_t minimum_used, Guard& guard);
  template <class Eq>
  table_result search(std::int64_t hash, vm::value key, Eq& eq) const;
  void release() noexcept;

  std::pmr::memory_resource* memory_;
  set_entry* slots_;
  std::size_t mask_ = small_slots - 1;
  std::size_t fill_ = 0;
  std::size_t used_ = 0;
  std::size_t finger_ = 0;
  std::uint32_t generation_ = 0;
  set_entry small_[small_slots];
};

}  // namespace coil::runtime

// Templates and small functions, all inline: the table is on the VM's hot path, so the definitions
// stay visible in both header-only and separate-compilation builds.
#include <coil/runtime/impl/set_table.ipp>
