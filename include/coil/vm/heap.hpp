// The heap of one execution: it owns every object the script creates, counts live bytes and
// allocations for the limits, and collects garbage (cycles included) by mark and sweep.
//
// The heap is also a std::pmr::memory_resource: objects keep their variable-size parts (list
// items, dict tables, string bytes) in pmr containers that allocate from it, so the accounting
// covers every byte an object holds, not just its header. Collection never happens behind the
// VM's back: the VM calls `collect` at safe points (between instructions) with its roots, so
// native code may hold values in C++ locals while it runs, as long as whatever it returns or
// stores is reachable from a root before the next safe point.
#pragma once

#include <coil/vm/object.hpp>

#include <cstddef>
#include <cstdint>
#include <memory_resource>
#include <new>
#include <optional>
#include <utility>

namespace coil::vm {

struct heap_limits {
  std::optional<std::size_t> max_memory;       // live bytes
  std::optional<std::size_t> max_allocations;  // allocations over the whole run
};

class heap final : public std::pmr::memory_resource {
 public:
  explicit heap(heap_limits limits = {}) : limits_(limits) {}
  heap(const heap&) = delete;
  heap& operator=(const heap&) = delete;
  ~heap() override { free_all(); }

  // Allocates and constructs a T (derived from object) of Python type `type`, linked into the heap.
  template <class T, class... Args>
  T* make(runtime::type_object* type, Args&&... args) {
    static_assert(sizeof(T) <= UINT32_MAX);
    static_assert(alignof(T) <= alignof(std::max_align_t));
    void* memory = allocate(sizeof(T), alignof(std::max_align_t));
    T* made = ::new (memory) T(std::forward<Args>(args)...);
    made->type = type;
    made->byte_size = sizeof(T);
    made->gc_epoch = epoch_;  // born marked for the current cycle: survives a collection already under way
    made->heap_next = objects_;
    objects_ = made;
    ++object_count_;
    return made;
  }

  // Like make, with `extra_bytes` of storage right after the T (strings, tuples).
  template <class T, class... Args>
  T* make_with_trailing(runtime::type_object* type, std::size_t extra_bytes, Args&&... args) {
    static_assert(alignof(T) <= alignof(std::max_align_t));
    const std::size_t size = sizeof(T) + extra_bytes;
    if (size > UINT32_MAX) throw std::bad_alloc();
    void* memory = allocate(size, alignof(std::max_align_t));
    T* made = ::new (memory) T(std::forward<Args>(args)...);
    made->type = type;
    made->byte_size = static_cast<std::uint32_t>(size);
    made->gc_epoch = epoch_;
    made->heap_next = objects_;
    objects_ = made;
    ++object_count_;
    return made;
  }

  // Bytes an object owns outside the heap's resource (a big int's limbs): counted as live.
  void add_external_bytes(std::size_t bytes) { live_bytes_ += bytes; }
  void remove_external_bytes(std::size_t bytes) { live_bytes_ -= std::min(bytes, live_bytes_); }

  std::size_t live_bytes() const { return live_bytes_; }
  std::size_t allocation_count() const { return allocation_count_; }
  std::size_t object_count() const { return object_count_; }
  const heap_limits& limits() const { return limits_; }

  // Whether the VM should collect at its next safe point.
  bool wants_collection() const { return live_bytes_ >= next_collection_at_; }
  bool over_memory_limit() const { return limits_.max_memory && live_bytes_ > *limits_.max_memory; }
  bool over_allocation_limit() const { return limits_.max_allocations && allocation_count_ > *limits_.max_allocations; }
  // Whether `bytes` more could ever fit under the memory limit: checked before large operations
  // ('x' * n, [0] * n, big-int powers) so they fail with MemoryError without allocating.
  bool could_allocate(std::size_t bytes) const {
    return !limits_.max_memory || bytes <= *limits_.max_memory - std::min(live_bytes_, *limits_.max_memory);
  }

  // Mark from the roots, then free everything unmarked. `visit_roots(tracer&)` visits every root.
  template <class RootVisitor>
  void collect(RootVisitor&& visit_roots);

  // Calls f(object*) for every live object (snapshots, debugging).
  template <class F>
  void for_each_object(F&& f) const {
    for (object* o = objects_; o != nullptr; o = o->heap_next) f(o);
  }

 private:
  void* do_allocate(std::size_t bytes, std::size_t alignment) override {
    void* memory = ::operator new(bytes, std::align_val_t(alignment));
    live_bytes_ += bytes;
    ++allocation_count_;
    return memory;
  }
  void do_deallocate(void* memory, std::size_t bytes, std::size_t alignment) override {
    live_bytes_ -= bytes;
    ::operator delete(memory, std::align_val_t(alignment));
  }
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }

  void free_all();

  heap_limits limits_;
  object* objects_ = nullptr;
  std::size_t live_bytes_ = 0;
  std::size_t allocation_count_ = 0;
  std::size_t object_count_ = 0;
  std::size_t next_collection_at_ = 1 << 20;
  std::uint32_t epoch_ = 1;
};

}  // namespace coil::vm

#include <coil/vm/impl/heap.ipp>
