// The heap of one execution: it owns every object the script creates, counts live bytes and
// allocations for the limits, and collects garbage (cycles included) by mark and sweep.
//
// The heap is also a std::pmr::memory_resource: objects keep their variable-size parts (list
// items, dict tables, string bytes) in pmr containers that allocate from it, so the accounting
// covers every byte an object holds, not just its header. Collection never happens behind the
// VM's back: the VM calls `collect` at safe points (between instructions) with its roots, so
// native code may hold values in C++ locals while it runs, as long as whatever it returns or
// stores is reachable from a root before the next safe point.
//
// Memory: objects and buffers of up to `pooled_max` bytes live in slabs, one chain of slabs per
// 16-byte size class, objects and buffers apart (COIL_HEAP_POOLS; off under AddressSanitizer).
// Allocation pops a free cell or carves the next one; the sweep scans the object slabs in address
// order, which is what makes it cheap (a linked list of objects would cost a cache miss each).
// A free object cell has a null type. Larger objects are separate blocks on a linked list. Freed
// cells are reused by the same heap and go back to the system when the heap is destroyed; the
// limits count the bytes objects asked for, whichever way they were allocated.
#pragma once

#include <coil/config.hpp>
#include <coil/vm/object.hpp>

#include <array>
#include <bit>
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
  static constexpr std::size_t pool_granule = 16;
  static constexpr std::size_t pooled_max = COIL_HEAP_POOLS ? 512 : 0;
  static constexpr std::size_t class_count = 512 / pool_granule;

  explicit heap(heap_limits limits = {}) : limits_(limits) {
    if (limits_.max_memory) next_collection_at_ = std::min(next_collection_at_, *limits_.max_memory / 2);
  }
  heap(const heap&) = delete;
  heap& operator=(const heap&) = delete;
  ~heap() override { free_all(); }

  // Allocates and constructs a T (derived from object) of Python type `type`, linked into the heap.
  template <class T, class... Args>
  T* make(runtime::type_object* type, Args&&... args) {
    static_assert(sizeof(T) <= UINT32_MAX);
    return make_with_trailing<T>(type, 0, std::forward<Args>(args)...);
  }

  // Like make, with `extra_bytes` of storage right after the T (strings, tuples).
  template <class T, class... Args>
  T* make_with_trailing(runtime::type_object* type, std::size_t extra_bytes, Args&&... args) {
    static_assert(alignof(T) <= pool_granule);
    const std::size_t size = sizeof(T) + extra_bytes;
    if (size > UINT32_MAX) throw std::bad_alloc();
    void* memory = allocate_object(size);
    T* made = ::new (memory) T(std::forward<Args>(args)...);
    made->type = type;
    made->byte_size = static_cast<std::uint32_t>(size);
    made->gc_epoch = epoch_;  // born marked for the current cycle: survives a collection already under way
    if (size > pooled_max) {
      made->heap_next = large_objects_;
      large_objects_ = made;
    }
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
  // Whether `bytes` more may be allocated: checked before large operations ('x' * n, [0] * n,
  // big-int powers) so they fail with MemoryError without allocating. Beyond
  // COIL_MAX_OBJECT_BYTES, or beyond the memory limit itself, nothing fits (an ordinary
  // MemoryError, as when CPython's malloc fails). Below, the live bytes may reach twice the limit:
  // they may be garbage, which the next safe point collects before it judges the limit. A request
  // refused past that means the limit is reached: take_refused_bytes() tells the VM, which ends
  // the run with the limit error instead of a MemoryError the script could catch.
  bool could_allocate(std::size_t bytes) const {
    refused_bytes_ = 0;
    if (bytes > COIL_MAX_OBJECT_BYTES) return false;
    if (!limits_.max_memory) return true;
    const std::size_t limit = *limits_.max_memory;
    if (bytes > limit) return false;
    if (live_bytes_ <= limit || live_bytes_ - limit <= limit - bytes) return true;
    refused_bytes_ = bytes;
    return false;
  }
  std::size_t take_refused_bytes() { return std::exchange(refused_bytes_, 0); }

  // Mark from the roots, then free everything unmarked. `visit_roots(tracer&)` visits every root.
  template <class RootVisitor>
  void collect(RootVisitor&& visit_roots);

  // Calls f(object*) for every live object (snapshots, debugging).
  template <class F>
  void for_each_object(F&& f) const {
    for (object* o = large_objects_; o != nullptr; o = o->heap_next) f(o);
    for (std::uint32_t classes = object_classes_; classes != 0; classes &= classes - 1)
      for (slab* s = object_slabs_[static_cast<std::size_t>(std::countr_zero(classes))]; s != nullptr; s = s->next)
        for (std::uint32_t i = 0; i < s->carved; ++i)
          if (object* o = s->object_at(i); o->type != nullptr) f(o);
  }

 private:
  // A block of equal cells of one size class; the cells follow the header.
  struct alignas(pool_granule) slab {
    slab* next = nullptr;
    std::uint32_t cell_size = 0;
    std::uint32_t capacity = 0;  // cells
    std::uint32_t carved = 0;    // cells handed out at least once (the rest were never touched)
    bool in_nursery = false;     // carved from nursery_, freed with it
    std::byte* cells() { return reinterpret_cast<std::byte*>(this + 1); }
    object* object_at(std::uint32_t i) { return reinterpret_cast<object*>(cells() + std::size_t{i} * cell_size); }
  };
  // A free buffer cell's first bytes.
  struct free_buffer {
    free_buffer* next;
  };
  static std::size_t size_class(std::size_t bytes) { return bytes == 0 ? 0 : (bytes - 1) / pool_granule; }

  void* allocate_object(std::size_t size) {
    live_bytes_ += size;
    ++allocation_count_;
    if (size <= pooled_max) {
      const std::size_t c = size_class(size);
      if (object* cell = free_objects_[c]) {
        free_objects_[c] = cell->heap_next;
        return cell;
      }
      return carve(object_slabs_[c], c, object_classes_);
    }
    return ::operator new(size);
  }
  // Frees an object's memory once it is destroyed (large ones are already unlinked).
  void release_object(object* o, std::size_t size) {
    live_bytes_ -= size;
    --object_count_;
    if (size <= pooled_max) {
      const std::size_t c = size_class(size);
      o->type = nullptr;
      o->heap_next = free_objects_[c];
      free_objects_[c] = o;
    } else {
      ::operator delete(o);
    }
  }

  void* do_allocate(std::size_t bytes, std::size_t alignment) override {
    live_bytes_ += bytes;
    ++allocation_count_;
    if (COIL_HEAP_POOLS && bytes <= pooled_max && alignment <= pool_granule) {
      const std::size_t c = size_class(bytes);
      if (free_buffer* cell = free_buffers_[c]) {
        free_buffers_[c] = cell->next;
        return cell;
      }
      return carve(buffer_slabs_[c], c, buffer_classes_);
    }
    if (alignment <= __STDCPP_DEFAULT_NEW_ALIGNMENT__) return ::operator new(bytes);
    return ::operator new(bytes, std::align_val_t(alignment));
  }
  void do_deallocate(void* memory, std::size_t bytes, std::size_t alignment) override {
    live_bytes_ -= bytes;
    if (COIL_HEAP_POOLS && bytes <= pooled_max && alignment <= pool_granule) {
      const std::size_t c = size_class(bytes);
      auto* cell = ::new (memory) free_buffer{free_buffers_[c]};
      free_buffers_[c] = cell;
    } else if (alignment <= __STDCPP_DEFAULT_NEW_ALIGNMENT__) {
      ::operator delete(memory);
    } else {
      ::operator delete(memory, std::align_val_t(alignment));
    }
  }
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }

  // The next never-used cell of class `c` from the chain `head`, adding a slab when it is full.
  // Slabs grow from 1 KiB to 64 KiB, so a tiny script touches little memory (a suspended run
  // among thousands costs what it holds, not a page per size class). A class's first slab
  // is a small one from the nursery, one block shared by all classes: a short run makes one
  // allocation from the system, not one per size class it uses.
  void* carve(slab*& head, std::size_t c, std::uint32_t& classes) {
    if (head == nullptr || head->carved == head->capacity) {
      classes |= std::uint32_t{1} << c;
      const std::size_t cell_size = (c + 1) * pool_granule;
      slab* s;
      std::size_t bytes;
      if (head == nullptr && cell_size <= nursery_slab_bytes / 2 && nursery_used_ + nursery_slab_bytes <= nursery_bytes) {
        if (nursery_ == nullptr) nursery_ = static_cast<std::byte*>(::operator new(nursery_bytes));
        bytes = nursery_slab_bytes;
        s = ::new (nursery_ + nursery_used_) slab;
        s->in_nursery = true;
        nursery_used_ += nursery_slab_bytes;
      } else {
        bytes = std::size_t{1024} << slab_count_[c];
        if (slab_count_[c] < 6) ++slab_count_[c];
        s = ::new (::operator new(bytes)) slab;
      }
      s->cell_size = static_cast<std::uint32_t>(cell_size);
      s->capacity = static_cast<std::uint32_t>((bytes - sizeof(slab)) / cell_size);
      s->next = head;
      head = s;
    }
    return head->cells() + std::size_t{head->carved++} * head->cell_size;
  }

  void free_all();

  heap_limits limits_;
  object* large_objects_ = nullptr;
  std::array<slab*, class_count> object_slabs_{};
  std::array<slab*, class_count> buffer_slabs_{};
  std::array<object*, class_count> free_objects_{};
  std::array<free_buffer*, class_count> free_buffers_{};
  std::uint32_t object_classes_ = 0;  // bit c: class c has object slabs (the loops over slabs skip the others)
  std::uint32_t buffer_classes_ = 0;
  static_assert(class_count <= 32);
  static constexpr std::size_t nursery_slab_bytes = 512;
  static constexpr std::size_t nursery_bytes = 32 * nursery_slab_bytes;
  std::byte* nursery_ = nullptr;
  std::size_t nursery_used_ = 0;
  std::array<std::uint8_t, class_count> slab_count_{};  // per class (objects and buffers together), up to 6
  std::size_t live_bytes_ = 0;
  std::size_t allocation_count_ = 0;
  std::size_t object_count_ = 0;
  std::size_t next_collection_at_ = 1 << 20;
  mutable std::size_t refused_bytes_ = 0;  // see could_allocate
  std::uint32_t epoch_ = 1;
};

}  // namespace coil::vm

#include <coil/vm/impl/heap.ipp>
