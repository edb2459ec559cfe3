// Definitions for runtime/set_table.hpp: probing, insertion, removal, rebuilds, merges and
// tracing. All inline or templates, included by the header in both build modes.
#pragma once

#include <coil/runtime/set_table.hpp>

#include <algorithm>
#include <new>
#include <utility>

namespace coil::runtime {

inline set_table::set_table(std::pmr::memory_resource* memory) noexcept : memory_(memory), slots_(small_) {
  std::fill_n(small_, small_slots, set_entry{0, empty_key});
}

inline std::size_t set_table::slots_for(std::size_t minimum_used) noexcept {
  std::size_t slots = small_slots;
  while (slots <= minimum_used) {
    if (slots > SIZE_MAX / 2 / sizeof(set_entry)) return 0;
    slots <<= 1;
  }
  return slots;
}

inline set_entry* set_table::allocate_slots(std::size_t slots) {
  if (slots == small_slots) return small_;  // filled by rebuild_into once the old keys are out of it
  auto* fresh = static_cast<set_entry*>(memory_->allocate(slots * sizeof(set_entry), alignof(set_entry)));
  std::uninitialized_fill_n(fresh, slots, set_entry{0, empty_key});
  return fresh;
}

inline void set_table::insert_clean(set_entry* slots, std::size_t mask, std::int64_t hash, vm::value key) noexcept {
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  for (;;) {
    const std::size_t run = i + linear_probes <= mask ? linear_probes : 0;
    for (std::size_t j = i; j <= i + run; ++j) {
      if (same(slots[j].key, empty_key)) {
        slots[j] = set_entry{hash, key};
        return;
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

inline void set_table::rebuild_into(set_entry* fresh, std::size_t slots) noexcept {
  set_entry* old = slots_;
  const std::size_t old_count = mask_ + 1;
  set_entry saved[small_slots];
  if (fresh == small_) {
    // Rebuilding into the inline array: when the keys come from it, take them out first.
    if (old == small_) {
      std::copy_n(small_, small_slots, saved);
      old = saved;
    }
    std::fill_n(small_, small_slots, set_entry{0, empty_key});
  }
  for (std::size_t i = 0; i < old_count; ++i)
    if (is_key(old[i].key)) insert_clean(fresh, slots - 1, old[i].hash, old[i].key);
  release();
  slots_ = fresh;
  mask_ = slots - 1;
  fill_ = used_;
  ++generation_;
}

template <class Guard>
bool set_table::rebuild(std::size_t minimum_used, Guard& guard) {
  const std::size_t slots = slots_for(minimum_used);
  if (slots == 0 || !guard(slots == small_slots ? 0 : slots * sizeof(set_entry))) return false;
  rebuild_into(allocate_slots(slots), slots);
  return true;
}

inline void set_table::release() noexcept {
  if (slots_ != small_) memory_->deallocate(slots_, (mask_ + 1) * sizeof(set_entry), alignof(set_entry));
  slots_ = small_;
}

template <class Eq>
table_result set_table::search(std::int64_t hash, vm::value key, Eq& eq) const {
  for (;;) {  // one pass per restart
    const std::size_t mask = mask_;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    std::uint64_t perturb = static_cast<std::uint64_t>(hash);
    for (;;) {  // leaves by returning, or by goto to restart
      const std::size_t run = i + linear_probes <= mask ? linear_probes : 0;
      for (std::size_t j = i; j <= i + run; ++j) {
        const set_entry& e = slots_[j];
        if (same(e.key, empty_key)) return {table_status::missing, 0};
        if (e.hash != hash) continue;  // a dummy's -1 never matches
        if (same(e.key, key)) return {table_status::found, j};
        const vm::value stored = e.key;
        const std::uint32_t generation = generation_;
        const eq_result r = detail::call_table_eq(eq, stored, key);
        if (r == eq_result::error) return {table_status::failed, 0};
        // The callback may have changed this table: trust the answer only if the slot array and
        // the compared slot are still the ones we looked at.
        if (generation != generation_ || !same(slots_[j].key, stored)) goto restart;
        if (r == eq_result::equal) return {table_status::found, j};
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  restart:;
  }
}

template <table_equality Eq>
table_result set_table::find(std::int64_t hash, vm::value key, Eq&& eq) const {
  return search(hash, key, eq);
}

template <table_equality Eq, allocation_guard Guard>
table_result set_table::insert(std::int64_t hash, vm::value key, Eq&& eq, Guard&& guard) {
  for (;;) {  // one pass per restart
    const std::size_t mask = mask_;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    std::uint64_t perturb = static_cast<std::uint64_t>(hash);
    std::size_t reusable = SIZE_MAX;  // the last dummy passed
    for (;;) {
      const std::size_t run = i + linear_probes <= mask ? linear_probes : 0;
      for (std::size_t j = i; j <= i + run; ++j) {
        const set_entry& e = slots_[j];
        if (same(e.key, empty_key)) {
          if (reusable != SIZE_MAX) {
            slots_[reusable] = set_entry{hash, key};
            ++used_;
            return {table_status::inserted, 0};
          }
          if ((fill_ + 1) * 5 < mask * 3) {
            slots_[j] = set_entry{hash, key};
            ++fill_;
            ++used_;
            return {table_status::inserted, 0};
          }
          // The key goes in first and the table is rebuilt around it (so it takes its place in
          // the rebuild's slot order); the new array is allocated before anything changes.
          const std::size_t target = (used_ + 1) > 50000 ? (used_ + 1) * 2 : (used_ + 1) * 4;
          const std::size_t slots = slots_for(target);
          if (slots == 0 || !guard(bytes_for(slots))) return {table_status::failed, 0};
          set_entry* fresh = allocate_slots(slots);
          slots_[j] = set_entry{hash, key};
          ++fill_;
          ++used_;
          rebuild_into(fresh, slots);
          return {table_status::inserted, 0};
        }
        if (same(e.key, dummy_key)) {
          reusable = j;
          continue;
        }
        if (e.hash != hash) continue;
        if (same(e.key, key)) return {table_status::found, j};
        const vm::value stored = e.key;
        const std::uint32_t generation = generation_;
        const eq_result r = detail::call_table_eq(eq, stored, key);
        if (r == eq_result::error) return {table_status::failed, 0};
        if (generation != generation_ || !same(slots_[j].key, stored)) goto restart;
        if (r == eq_result::equal) return {table_status::found, j};
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  restart:;
  }
}

template <table_equality Eq>
table_status set_table::erase(std::int64_t hash, vm::value key, Eq&& eq) {
  const table_result r = search(hash, key, eq);
  if (r.status != table_status::found) return r.status;
  slots_[r.index] = set_entry{-1, dummy_key};
  --used_;
  return table_status::found;
}

inline std::optional<set_entry> set_table::pop() noexcept {
  if (used_ == 0) return std::nullopt;
  std::size_t i = finger_ & mask_;
  while (!is_key(slots_[i].key)) i = i == mask_ ? 0 : i + 1;
  const set_entry removed = slots_[i];
  slots_[i] = set_entry{-1, dummy_key};
  --used_;
  finger_ = i + 1;
  return removed;
}

inline void set_table::clear() noexcept {
  release();
  std::fill_n(small_, small_slots, set_entry{0, empty_key});
  mask_ = small_slots - 1;
  fill_ = 0;
  used_ = 0;
  ++generation_;
}

inline void set_table::swap_contents(set_table& other) noexcept {
  if (this == &other) return;
  // An inline array cannot change hands: its slots are copied into the other table's.
  set_entry mine[small_slots];
  set_entry theirs[small_slots];
  const bool mine_inline = slots_ == small_;
  const bool theirs_inline = other.slots_ == other.small_;
  std::copy_n(small_, small_slots, mine);
  std::copy_n(other.small_, small_slots, theirs);
  set_entry* const my_slots = slots_;
  slots_ = theirs_inline ? small_ : other.slots_;
  other.slots_ = mine_inline ? other.small_ : my_slots;
  if (theirs_inline) std::copy_n(theirs, small_slots, small_);
  if (mine_inline) std::copy_n(mine, small_slots, other.small_);
  std::swap(mask_, other.mask_);
  std::swap(fill_, other.fill_);
  std::swap(used_, other.used_);
  ++generation_;
  ++other.generation_;
}

template <table_equality Eq, allocation_guard Guard>
bool set_table::merge(const set_table& other, Eq&& eq, Guard&& guard) {
  if (&other == this || other.used_ == 0) return true;
  // One rebuild up front for both sets, rather than one per growth while inserting.
  if ((fill_ + other.used_) * 5 >= mask_ * 3 && !rebuild((used_ + other.used_) * 2, guard)) return false;
  if (fill_ == 0 && mask_ == other.mask_ && other.fill_ == other.used_) {
    // Same size, nothing here, no dummies there: the very same layout.
    std::copy_n(other.slots_, other.mask_ + 1, slots_);
    fill_ = other.fill_;
    used_ = other.used_;
    return true;
  }
  if (fill_ == 0) {
    // Nothing here to compare with: the keys only need empty slots.
    for (std::size_t i = 0; i <= other.mask_; ++i)
      if (is_key(other.slots_[i].key)) insert_clean(slots_, mask_, other.slots_[i].hash, other.slots_[i].key);
    fill_ = other.used_;
    used_ = other.used_;
    return true;
  }
  // Both sides re-read after every insertion: a callback may have changed either table.
  for (std::size_t i = 0; i <= other.mask_; ++i) {
    const set_entry e = other.slots_[i];
    if (!is_key(e.key)) continue;
    if (insert(e.hash, e.key, eq, guard).failed()) return false;
  }
  return true;
}

template <allocation_guard Guard>
bool set_table::reserve(std::size_t incoming, Guard&& guard) {
  if ((fill_ + incoming) * 5 < mask_ * 3) return true;
  return rebuild((used_ + incoming) * 2, guard);
}

template <allocation_guard Guard>
bool set_table::compact_if_sparse(Guard&& guard) {
  if (fill_ - used_ <= mask_ / 4) return true;
  return rebuild(growth_target(), guard);
}

template <class Visitor>
void set_table::trace(Visitor&& visitor) const {
  for (std::size_t i = 0; i <= mask_; ++i) {
    const vm::value k = slots_[i].key;
    if (!is_key(k)) continue;
    if constexpr (std::is_invocable_v<Visitor&, vm::value>) {
      visitor(k);
    } else {
      visitor.visit(k);
    }
  }
}

}  // namespace coil::runtime
