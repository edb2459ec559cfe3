// ordered_table: the insertion-ordered hash table behind Python's dict (and the VM's sets), with
// no Python semantics of its own. Keys and values are vm::value words; the caller computes a key's
// Python hash and passes an equality callback, because Python's __eq__ can run arbitrary code,
// raise, or even mutate the table being searched.
//
// Layout (the compact dict design): a dense array of entries {hash, key, value} in insertion
// order, and a sparse power-of-two array of small integers (int8 up to 128 slots, then int16,
// int32, int64) mapping hash slots to entry indices, probed with open addressing and a perturbed
// sequence that eventually mixes in every bit of the hash. One allocation holds both arrays, taken
// from the std::pmr::memory_resource given at construction (the execution's heap, which counts the
// bytes). An empty table allocates nothing. Removing a key leaves a tombstone entry (key ==
// vm::value::unbound()) so the indices of later entries, and therefore the order and the positions
// iterators hold, stay put; tombstones go away when the table is rebuilt on growth.
//
// Everything Python can observe follows CPython 3.12's dict: iteration order after deletes and
// re-inserts, re-assigning a key keeps its position (and its original key object), popitem is LIFO
// and frees the tail entry for reuse, the moments the table grows (and so compacts: that decides
// what an iterator sees when a loop deletes and inserts keys while keeping the size), presized
// capacities, and what copy() keeps. Equality callbacks see (stored key, searched key), the order
// CPython calls __eq__ in; a word identical to the stored key is equal without a call (Python's
// `is` before `==`).
//
// Mutation from inside a callback is detected, never followed through stale pointers: a search
// restarts when the callback rebuilt or cleared the table or replaced the very entry it was
// comparing, and continues when it changed only other entries (CPython's rule, observable through
// how often __eq__ runs). A callback reporting an error aborts the operation with status `failed`
// and the table unchanged by it. Allocation failure (std::bad_alloc from the resource) leaves the
// table unchanged too.
//
// For the VM: keep the table's owner reachable while an operation runs, and root both arguments of
// every callback for the duration of the call (a callback can trigger a collection); the table
// never dereferences a key or value itself, it only compares words.
#pragma once

#include <coil/vm/value.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <memory_resource>
#include <optional>
#include <type_traits>
#include <utility>

namespace coil::runtime {

// The outcome of one equality test: Python's `==` can raise, so it is three-valued.
enum class eq_result : std::uint8_t { not_equal, equal, error };

struct table_entry {
  std::int64_t hash;
  vm::value key;  // vm::value::unbound() marks a removed entry (a tombstone)
  vm::value value;
};

enum class table_status : std::uint8_t {
  found,     // the key was there (for erase: and has been removed)
  inserted,  // the key was not there and has been added at `index`
  missing,   // the key is not there
  failed,    // an equality callback reported an error; the operation did nothing
};

struct table_result {
  table_status status;
  std::size_t index;  // the entry's index when found or inserted
  bool found() const noexcept { return status == table_status::found; }
  bool inserted() const noexcept { return status == table_status::inserted; }
  bool missing() const noexcept { return status == table_status::missing; }
  bool failed() const noexcept { return status == table_status::failed; }
};

struct erase_result {
  table_status status;  // found (removed), missing or failed
  vm::value key;        // the removed entry's key and value when found (what dict.pop returns)
  vm::value value;
};

// An equality callback for lookups where only the identical word may match, e.g. when the caller
// knows no other key with the same hash can compare equal. It inlines to a bare word compare.
struct identity_only {
  constexpr eq_result operator()(vm::value, vm::value) const noexcept { return eq_result::not_equal; }
};

// Equality callbacks may return eq_result, std::optional<bool> (nullopt = error) or bool (never fails).
template <class Eq>
concept table_equality = std::is_invocable_v<Eq&, vm::value, vm::value>;

class ordered_table {
 public:
  explicit ordered_table(std::pmr::memory_resource* memory) noexcept : memory_(memory) {}
  ordered_table(const ordered_table&) = delete;  // copying allocates: use copy()
  ordered_table& operator=(const ordered_table&) = delete;
  ordered_table(ordered_table&& other) noexcept;
  // Takes the other table's storage and memory resource; frees this one's storage first.
  ordered_table& operator=(ordered_table&& other) noexcept;
  ~ordered_table() { release(); }

  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  std::pmr::memory_resource* memory() const noexcept { return memory_; }

  // Entries by index, in insertion order: indices [0, end_index()) are live or tombstones.
  // An index stays valid (and keeps its entry) until the entry is removed or the table is rebuilt
  // (growth, presize, clear), which always changes version().
  std::size_t end_index() const noexcept { return end_; }
  bool is_live(std::size_t i) const noexcept { return !entries_[i].key.is_unbound(); }
  const table_entry& entry(std::size_t i) const noexcept { return entries_[i]; }
  void set_value(std::size_t i, vm::value v) noexcept { entries_[i].value = v; }
  // The first live index >= i, or end_index() when there is none.
  std::size_t next_live(std::size_t i) const noexcept {
    while (i < end_ && entries_[i].key.is_unbound()) ++i;
    return i;
  }
  // Changes whenever an entry is added or removed or the storage is rebuilt; assigning a value to
  // an existing key does not change it. For the VM's own caches: a dict iterator that behaves like
  // CPython's keeps (next index, size() at creation, items left) instead, raising "dictionary
  // changed size during iteration" when size() differs and "dictionary keys changed during
  // iteration" when it finds a live entry with no items left; d.update(other) raises "dict mutated
  // during update" when other.end_index() changed during an insertion.
  std::uint64_t version() const noexcept { return version_; }

  // The entries the storage has room for (two thirds of the slots; removals do not give room back,
  // the next rebuild does); an empty table counts as the 8-slot table its first insertion creates.
  std::size_t capacity() const noexcept { return capacity_for(log2_slots_ == 0 ? min_log2_slots : log2_slots_); }
  // Bytes of storage held now (what the memory resource was asked for).
  std::size_t allocated_bytes() const noexcept { return log2_slots_ == 0 ? 0 : block_bytes(log2_slots_); }
  // Bytes that inserting one new key would allocate right now (0 when there is room), so the VM can
  // check its memory limit first.
  std::size_t growth_bytes() const noexcept;
  // Bytes of storage for a table presized for `count` entries (see presize), or SIZE_MAX when no
  // table can be that large: check this against the memory limit before a huge update.
  static std::size_t bytes_needed_for(std::size_t count) noexcept;

  // Searches for `key`. Found: index of its entry. Missing or failed otherwise.
  template <table_equality Eq>
  table_result find(std::int64_t hash, vm::value key, Eq&& eq) const;
  // d[key] = value: assigns if the key is there (keeping the stored key object and its position),
  // appends otherwise. Status found or inserted, with the entry's index; or failed.
  template <table_equality Eq>
  table_result insert_or_assign(std::int64_t hash, vm::value key, vm::value value, Eq&& eq);
  // dict.setdefault / set.add: the existing entry if the key is there, else appends {key, value}.
  template <table_equality Eq>
  table_result get_or_insert(std::int64_t hash, vm::value key, vm::value value, Eq&& eq);
  // del d[key] / dict.pop / set.discard.
  template <table_equality Eq>
  erase_result erase(std::int64_t hash, vm::value key, Eq&& eq);

  // Appends an entry without searching. Only for a key known to be absent, e.g. right after find()
  // reported it missing with no callback run since, or when building from distinct keys.
  std::size_t insert_new(std::int64_t hash, vm::value key, vm::value value);
  // Removes the entry at index i, which must be live, and returns it.
  table_entry erase_at(std::size_t i) noexcept;
  // dict.popitem: removes and returns the last live entry (nullopt when empty); like CPython, the
  // freed tail index is reused by the next insertion.
  std::optional<table_entry> pop_last() noexcept;
  // Frees the storage: the table is as new (dict.clear).
  void clear() noexcept;

  // Rebuilds (compacting) with CPython's presized capacity for `count` entries (at least size()):
  // what dict.fromkeys does before filling from a dict or set. The VM mirrors CPython's other
  // presizing with capacity(): a dict display or dict(**kw) of n items calls reserve(n), and
  // d.update(other dict) calls `if (t.capacity() < n) t.presize(t.size() + n)`.
  void presize(std::size_t count);
  // presize(count) if capacity() < count.
  void reserve(std::size_t count) {
    if (capacity() < count) presize(count);
  }

  // A new table with the same entries in the same order (dict.copy, set.copy): no callbacks, the
  // hashes are stored. Like CPython, a table that is mostly live is cloned as is (tombstones and
  // capacity included); a sparse one is compacted.
  ordered_table copy() const;

  // dict ==: same size and, for every live entry of `a` in order, `b` has an equal key whose value
  // is equal. Keys are searched in `b` with `eq` (b's stored key first), values compared as
  // eq(a's value, b's value) unless identical. Re-reads both tables after every callback, so a
  // callback mutating either is safe; if it removes or replaces the entry of `a` being compared,
  // that entry is skipped (CPython would still compare the value it read before the callback).
  template <table_equality Eq>
  friend eq_result equal(const ordered_table& a, const ordered_table& b, Eq&& eq);

  // Visits every live key and value (for the collector): `visit(vm::value)`, or anything with a
  // `visit(vm::value)` member such as vm::tracer.
  template <class Visitor>
  void trace(Visitor&& visitor) const;

 private:
  static constexpr unsigned min_log2_slots = 3;  // 8 slots, 5 entries
  static constexpr std::int64_t empty_slot = -1;
  static constexpr std::int64_t removed_slot = -2;  // keeps probe chains through a removed key intact

  static constexpr std::size_t capacity_for(unsigned log2_slots) noexcept {
    return ((std::size_t{1} << log2_slots) << 1) / 3;
  }
  static constexpr std::size_t index_width(unsigned log2_slots) noexcept {
    return log2_slots < 8 ? 1 : log2_slots < 16 ? 2 : log2_slots < 32 ? 4 : 8;
  }
  static constexpr std::size_t block_bytes(unsigned log2_slots) noexcept {
    return (std::size_t{1} << log2_slots) * index_width(log2_slots) + capacity_for(log2_slots) * sizeof(table_entry);
  }
  // The largest table we would ever try to build; anything larger fails as out of memory.
  static constexpr unsigned max_log2_slots = sizeof(std::size_t) * 8 - 8;
  static unsigned log2_slots_for_minimum(std::size_t minimum) noexcept;
  static unsigned log2_slots_for_count(std::size_t count) noexcept;

  std::size_t mask() const noexcept { return (std::size_t{1} << log2_slots_) - 1; }
  std::int64_t slot_index(std::size_t slot) const noexcept {
    // Branches in the order of likelihood: most tables are small.
    if (log2_slots_ < 8) [[likely]] return reinterpret_cast<const std::int8_t*>(block_)[slot];
    if (log2_slots_ < 16) return reinterpret_cast<const std::int16_t*>(block_)[slot];
    if (log2_slots_ < 32) return reinterpret_cast<const std::int32_t*>(block_)[slot];
    return reinterpret_cast<const std::int64_t*>(block_)[slot];
  }
  void set_slot_index(std::size_t slot, std::int64_t ix) noexcept;
  std::size_t find_free_slot(std::int64_t hash) const noexcept;
  std::size_t find_slot_of(std::int64_t hash, std::size_t ix) const noexcept;
  // Search without side effects beyond the callbacks'; restarts as the header comment describes.
  template <class Eq>
  table_result search(std::int64_t hash, vm::value key, Eq& eq) const;
  void grow_for_insert();
  void rebuild(unsigned log2_slots);
  void release() noexcept;

  std::pmr::memory_resource* memory_;
  std::byte* block_ = nullptr;  // the slot array, followed by the entry array
  table_entry* entries_ = nullptr;
  std::size_t size_ = 0;    // live entries
  std::size_t end_ = 0;     // entries used, tombstones included
  std::size_t usable_ = 0;  // insertions left before a rebuild (not restored by removals)
  std::uint64_t version_ = 0;
  std::uint32_t generation_ = 0;  // changes whenever block_ is replaced: a search compares it after callbacks
  unsigned char log2_slots_ = 0;  // 0 when there is no storage
};

namespace detail {

template <class Eq>
inline eq_result call_table_eq(Eq& eq, vm::value stored, vm::value key) {
  using returned = std::invoke_result_t<Eq&, vm::value, vm::value>;
  if constexpr (std::is_same_v<returned, eq_result>) {
    return eq(stored, key);
  } else if constexpr (std::is_same_v<returned, std::optional<bool>>) {
    const std::optional<bool> r = eq(stored, key);
    return !r ? eq_result::error : *r ? eq_result::equal : eq_result::not_equal;
  } else {
    static_assert(std::is_same_v<returned, bool>, "an equality callback returns eq_result, std::optional<bool> or bool");
    return eq(stored, key) ? eq_result::equal : eq_result::not_equal;
  }
}

}  // namespace detail

template <class Eq>
inline table_result ordered_table::search(std::int64_t hash, vm::value key, Eq& eq) const {
  for (;;) {  // one pass per restart
    if (block_ == nullptr) return {table_status::missing, 0};
    const std::size_t slot_mask = mask();
    std::size_t slot = static_cast<std::size_t>(hash) & slot_mask;
    std::uint64_t perturb = static_cast<std::uint64_t>(hash);
    for (;;) {  // leaves by returning, or by break to restart
      const std::int64_t ix = slot_index(slot);
      if (ix >= 0) {
        const table_entry& e = entries_[ix];
        if (same(e.key, key)) return {table_status::found, static_cast<std::size_t>(ix)};
        if (e.hash == hash) {
          const vm::value stored = e.key;
          const std::uint32_t generation = generation_;
          const eq_result r = detail::call_table_eq(eq, stored, key);
          if (r == eq_result::error) return {table_status::failed, 0};
          // The callback may have run Python code that changed this table: only trust the answer
          // if the storage and the compared entry are still the ones we looked at.
          if (generation != generation_ || !same(entries_[ix].key, stored)) break;
          if (r == eq_result::equal) return {table_status::found, static_cast<std::size_t>(ix)};
        }
      } else if (ix == empty_slot) {
        return {table_status::missing, 0};
      }
      perturb >>= 5;
      slot = (slot * 5 + perturb + 1) & slot_mask;
    }
  }
}

template <table_equality Eq>
inline table_result ordered_table::find(std::int64_t hash, vm::value key, Eq&& eq) const {
  return search(hash, key, eq);
}

template <table_equality Eq>
inline table_result ordered_table::insert_or_assign(std::int64_t hash, vm::value key, vm::value value, Eq&& eq) {
  table_result r = search(hash, key, eq);
  if (r.status == table_status::found) {
    entries_[r.index].value = value;
    return r;
  }
  if (r.status == table_status::failed) return r;
  return {table_status::inserted, insert_new(hash, key, value)};
}

template <table_equality Eq>
inline table_result ordered_table::get_or_insert(std::int64_t hash, vm::value key, vm::value value, Eq&& eq) {
  table_result r = search(hash, key, eq);
  if (r.status != table_status::missing) return r;
  return {table_status::inserted, insert_new(hash, key, value)};
}

template <table_equality Eq>
inline erase_result ordered_table::erase(std::int64_t hash, vm::value key, Eq&& eq) {
  const table_result r = search(hash, key, eq);
  if (r.status != table_status::found) return {r.status, vm::value(), vm::value()};
  const table_entry removed = erase_at(r.index);
  return {table_status::found, removed.key, removed.value};
}

inline std::size_t ordered_table::insert_new(std::int64_t hash, vm::value key, vm::value value) {
  if (usable_ == 0) [[unlikely]] grow_for_insert();
  const std::size_t ix = end_;
  set_slot_index(find_free_slot(hash), static_cast<std::int64_t>(ix));
  std::construct_at(entries_ + ix, table_entry{hash, key, value});
  ++end_;
  --usable_;
  ++size_;
  ++version_;
  return ix;
}

}  // namespace coil::runtime

// Templates and small functions, all inline: the table is on the VM's hot path, so the definitions
// stay visible in both header-only and separate-compilation builds.
#include <coil/runtime/impl/ordered_table.ipp>
