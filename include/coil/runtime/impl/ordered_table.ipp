// Definitions for runtime/ordered_table.hpp: storage management (growth, compaction, copies),
// removal, table equality and tracing. All inline or templates, included by the header in both
// build modes.
#pragma once

#include <coil/runtime/ordered_table.hpp>

#include <algorithm>
#include <bit>
#include <cstring>
#include <new>

namespace coil::runtime {

inline ordered_table::ordered_table(ordered_table&& other) noexcept
    : memory_(other.memory_),
      block_(std::exchange(other.block_, nullptr)),
      entries_(std::exchange(other.entries_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      end_(std::exchange(other.end_, 0)),
      usable_(std::exchange(other.usable_, 0)),
      version_(other.version_),
      log2_slots_(std::exchange(other.log2_slots_, 0)) {
  ++other.version_;
  ++other.generation_;  // a search running on `other` must not continue in storage it lost
}

inline ordered_table& ordered_table::operator=(ordered_table&& other) noexcept {
  if (this == &other) return *this;
  release();
  memory_ = other.memory_;
  block_ = std::exchange(other.block_, nullptr);
  entries_ = std::exchange(other.entries_, nullptr);
  size_ = std::exchange(other.size_, 0);
  end_ = std::exchange(other.end_, 0);
  usable_ = std::exchange(other.usable_, 0);
  log2_slots_ = std::exchange(other.log2_slots_, 0);
  ++version_;
  ++other.version_;
  ++other.generation_;
  return *this;
}

// The number of slots for a table that must have at least `minimum` of them, as CPython computes
// it (so that growth happens at the same moments): the next power of two, except that exact powers
// of two from 16 up and every minimum from 1 to 7 get one doubling more, at least 8 slots.
inline unsigned ordered_table::log2_slots_for_minimum(std::size_t minimum) noexcept {
  return static_cast<unsigned>(std::bit_width(((minimum | 8) - 1) | 7));
}

// The slots of a table presized for `count` entries (CPython's estimate: room for 1.5 x count).
inline unsigned ordered_table::log2_slots_for_count(std::size_t count) noexcept {
  if (count > (SIZE_MAX - 1) / 3) return max_log2_slots + 1;
  return log2_slots_for_minimum((count * 3 + 1) / 2);
}

inline std::size_t ordered_table::bytes_needed_for(std::size_t count) noexcept {
  const unsigned log2_slots = std::max(log2_slots_for_count(count), min_log2_slots);
  return log2_slots > max_log2_slots ? SIZE_MAX : block_bytes(log2_slots);
}

inline std::size_t ordered_table::growth_bytes() const noexcept {
  if (block_ == nullptr) return block_bytes(min_log2_slots);
  if (usable_ > 0) return 0;
  if (size_ > SIZE_MAX / 3) return SIZE_MAX;
  const unsigned log2_slots = log2_slots_for_minimum(size_ * 3);
  return log2_slots > max_log2_slots ? SIZE_MAX : block_bytes(log2_slots);
}

inline void ordered_table::set_slot_index(std::size_t slot, std::int64_t ix) noexcept {
  if (log2_slots_ < 8) {
    reinterpret_cast<std::int8_t*>(block_)[slot] = static_cast<std::int8_t>(ix);
  } else if (log2_slots_ < 16) {
    reinterpret_cast<std::int16_t*>(block_)[slot] = static_cast<std::int16_t>(ix);
  } else if (log2_slots_ < 32) {
    reinterpret_cast<std::int32_t*>(block_)[slot] = static_cast<std::int32_t>(ix);
  } else {
    reinterpret_cast<std::int64_t*>(block_)[slot] = ix;
  }
}

// A slot for a new entry: the first empty or removed one on the hash's probe sequence. One always
// exists: at most capacity() < slots are ever used between rebuilds.
inline std::size_t ordered_table::find_free_slot(std::int64_t hash) const noexcept {
  const std::size_t slot_mask = mask();
  std::size_t slot = static_cast<std::size_t>(hash) & slot_mask;
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  while (slot_index(slot) >= 0) {
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & slot_mask;
  }
  return slot;
}

// The slot that points at entry `ix` (whose hash is `hash`): it is on the hash's probe sequence.
inline std::size_t ordered_table::find_slot_of(std::int64_t hash, std::size_t ix) const noexcept {
  const std::size_t slot_mask = mask();
  std::size_t slot = static_cast<std::size_t>(hash) & slot_mask;
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  while (slot_index(slot) != static_cast<std::int64_t>(ix)) {
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & slot_mask;
  }
  return slot;
}

inline void ordered_table::grow_for_insert() {
  // CPython sizes the new table for three times the live entries, counted before the insertion.
  if (block_ == nullptr) {
    rebuild(min_log2_slots);
  } else {
    rebuild(size_ > SIZE_MAX / 3 ? max_log2_slots + 1 : log2_slots_for_minimum(size_ * 3));
  }
}

// New storage of 2**log2_slots slots holding the live entries, in order, without tombstones.
// Allocates before touching anything, so a failure leaves the table as it was.
inline void ordered_table::rebuild(unsigned log2_slots) {
  log2_slots = std::max(log2_slots, min_log2_slots);
  if (log2_slots > max_log2_slots || capacity_for(log2_slots) < size_) throw std::bad_alloc();
  const std::size_t slots = std::size_t{1} << log2_slots;
  const std::size_t width = index_width(log2_slots);
  auto* block = static_cast<std::byte*>(memory_->allocate(block_bytes(log2_slots), alignof(table_entry)));
  switch (width) {
    case 1: std::uninitialized_fill_n(reinterpret_cast<std::int8_t*>(block), slots, std::int8_t{-1}); break;
    case 2: std::uninitialized_fill_n(reinterpret_cast<std::int16_t*>(block), slots, std::int16_t{-1}); break;
    case 4: std::uninitialized_fill_n(reinterpret_cast<std::int32_t*>(block), slots, std::int32_t{-1}); break;
    default: std::uninitialized_fill_n(reinterpret_cast<std::int64_t*>(block), slots, std::int64_t{-1}); break;
  }
  auto* entries = reinterpret_cast<table_entry*>(block + slots * width);
  std::size_t count = 0;
  for (std::size_t i = 0; i < end_; ++i) {
    if (!entries_[i].key.is_unbound()) std::construct_at(entries + count++, entries_[i]);
  }
  release();
  block_ = block;
  entries_ = entries;
  log2_slots_ = static_cast<unsigned char>(log2_slots);
  for (std::size_t i = 0; i < count; ++i) set_slot_index(find_free_slot(entries[i].hash), static_cast<std::int64_t>(i));
  end_ = count;
  usable_ = capacity_for(log2_slots) - count;
  ++version_;
}

inline void ordered_table::release() noexcept {
  if (block_ == nullptr) return;
  memory_->deallocate(block_, block_bytes(log2_slots_), alignof(table_entry));
  block_ = nullptr;
  entries_ = nullptr;
  log2_slots_ = 0;
  ++generation_;
}

inline table_entry ordered_table::erase_at(std::size_t i) noexcept {
  table_entry& e = entries_[i];
  const table_entry removed = e;
  set_slot_index(find_slot_of(e.hash, i), removed_slot);
  e.key = vm::value::unbound();
  e.value = vm::value::unbound();
  --size_;
  ++version_;
  return removed;
}

inline std::optional<table_entry> ordered_table::pop_last() noexcept {
  if (size_ == 0) return std::nullopt;
  std::size_t i = end_ - 1;
  while (entries_[i].key.is_unbound()) --i;
  const table_entry removed = erase_at(i);
  // The tail from i on holds only tombstones now: the next insertion reuses index i. Its slot stays
  // marked removed and the insertion budget is not given back, as in CPython.
  end_ = i;
  return removed;
}

inline void ordered_table::clear() noexcept {
  release();
  size_ = 0;
  end_ = 0;
  usable_ = 0;
  ++version_;
}

inline void ordered_table::presize(std::size_t count) {
  rebuild(log2_slots_for_count(std::max(count, size_)));
}

inline ordered_table ordered_table::copy() const {
  ordered_table result(memory_);
  if (size_ == 0) return result;
  if (size_ >= end_ * 2 / 3) {
    // Mostly live: a byte copy of the storage, as CPython clones such a dict's keys.
    const std::size_t bytes = block_bytes(log2_slots_);
    auto* block = static_cast<std::byte*>(memory_->allocate(bytes, alignof(table_entry)));
    const std::size_t index_bytes = (std::size_t{1} << log2_slots_) * index_width(log2_slots_);
    std::memcpy(block, block_, index_bytes + end_ * sizeof(table_entry));
    result.block_ = block;
    result.entries_ = reinterpret_cast<table_entry*>(block + index_bytes);
    result.log2_slots_ = log2_slots_;
    result.size_ = size_;
    result.end_ = end_;
    result.usable_ = usable_;
    return result;
  }
  // Sparse: CPython merges into a new dict, presized when the entries would not fit in 8 slots.
  result.reserve(size_);
  for (std::size_t i = 0; i < end_; ++i) {
    const table_entry& e = entries_[i];
    if (!e.key.is_unbound()) result.insert_new(e.hash, e.key, e.value);
  }
  return result;
}

template <table_equality Eq>
eq_result equal(const ordered_table& a, const ordered_table& b, Eq&& eq) {
  if (a.size_ != b.size_) return eq_result::not_equal;
  // Every member is re-read after each callback: either table may have changed meanwhile.
  for (std::size_t i = 0; i < a.end_; ++i) {
    const table_entry& e = a.entries_[i];
    if (e.key.is_unbound()) continue;
    const vm::value key = e.key;
    const std::uint32_t generation = a.generation_;
    const table_result r = b.search(e.hash, key, eq);
    if (r.status == table_status::failed) return eq_result::error;
    if (r.status == table_status::missing) return eq_result::not_equal;
    if (generation != a.generation_ || i >= a.end_ || !same(a.entries_[i].key, key)) continue;
    const vm::value a_value = a.entries_[i].value;
    const vm::value b_value = b.entries_[r.index].value;
    if (same(a_value, b_value)) continue;
    const eq_result values = detail::call_table_eq(eq, a_value, b_value);
    if (values != eq_result::equal) return values;
  }
  return eq_result::equal;
}

template <class Visitor>
void ordered_table::trace(Visitor&& visitor) const {
  for (std::size_t i = 0; i < end_; ++i) {
    const table_entry& e = entries_[i];
    if (e.key.is_unbound()) continue;
    if constexpr (std::is_invocable_v<Visitor&, vm::value>) {
      visitor(e.key);
      visitor(e.value);
    } else {
      visitor.visit(e.key);
      visitor.visit(e.value);
    }
  }
}

}  // namespace coil::runtime
