// Definitions for vm/heap.hpp: collection and destruction.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/type_object.hpp>
#include <coil/vm/heap.hpp>

#include <algorithm>
#include <bit>
#include <utility>
#include <vector>

namespace coil::vm {

template <class RootVisitor>
void heap::collect(RootVisitor&& visit_roots) {
  ++epoch_;
  tracer marker(epoch_);
  visit_roots(marker);
  for (object* o; marker.next(o);) {
    marker.visit(o->type);  // a user class stays alive while its instances do
    o->type->layout->trace(o, marker);
  }
  // Sweep. A dead object is destroyed where the scan finds it (its memory is still in cache),
  // except types and the instances of heap-allocated types: those wait until the scan is over,
  // with their layouts read while every type is still alive, since a dead class may be found
  // before its dead instances.
  std::vector<std::pair<object*, const object_layout*>> deferred;
  const auto sweep = [&](object* o) {
    const runtime::type_object* type = o->type;
    if (type->byte_size != 0 || runtime::is_subtype(type, &runtime::type_type)) {
      deferred.emplace_back(o, type->layout);
      return;
    }
    const std::size_t size = o->byte_size;
    type->layout->destroy(o);
    release_object(o, size);
  };
  object** link = &large_objects_;
  while (object* o = *link) {
    if (o->gc_epoch == epoch_) {
      link = &o->heap_next;
    } else {
      *link = o->heap_next;
      sweep(o);
    }
  }
  for (std::uint32_t classes = object_classes_; classes != 0; classes &= classes - 1) {
    for (slab* s = object_slabs_[static_cast<std::size_t>(std::countr_zero(classes))]; s != nullptr; s = s->next) {
      for (std::uint32_t i = 0; i < s->carved; ++i) {
        object* o = s->object_at(i);
        if (o->type != nullptr && o->gc_epoch != epoch_) sweep(o);
      }
    }
  }
  for (auto [o, layout] : deferred) {
    const std::size_t size = o->byte_size;
    layout->destroy(o);
    release_object(o, size);
  }
  next_collection_at_ = std::max<std::size_t>(std::size_t{1} << 20, live_bytes_ * 2);
  // Under a memory limit, collect again once half the room left is used (at least 64 KiB, so a
  // heap living just under its limit is not marked at every safe point), so that garbage never
  // makes the live bytes look like a breach of the limit.
  if (limits_.max_memory) {
    const std::size_t room = *limits_.max_memory - std::min(live_bytes_, *limits_.max_memory);
    next_collection_at_ = std::min(next_collection_at_, live_bytes_ + std::max<std::size_t>(room / 2, std::size_t{64} << 10));
  }
}

inline void heap::free_all() {
  if (object_count_ != 0) {
    std::vector<std::pair<object*, const object_layout*>> all;
    all.reserve(object_count_);
    for_each_object([&](object* o) { all.emplace_back(o, o->type->layout); });
    large_objects_ = nullptr;
    // Destroy everything before freeing anything: destructors give their buffers back to the pools.
    for (auto [o, layout] : all) {
      const std::size_t size = o->byte_size;
      layout->destroy(o);
      if (size > pooled_max) ::operator delete(o);
      live_bytes_ -= std::min<std::size_t>(size, live_bytes_);
    }
  }
  for (auto [chains, classes] : {std::pair{&object_slabs_, object_classes_}, std::pair{&buffer_slabs_, buffer_classes_}}) {
    for (; classes != 0; classes &= classes - 1) {
      slab*& head = (*chains)[static_cast<std::size_t>(std::countr_zero(classes))];
      while (slab* s = head) {
        head = s->next;
        const bool in_nursery = s->in_nursery;
        s->~slab();
        if (!in_nursery) ::operator delete(s);
      }
    }
  }
  if ((object_classes_ | buffer_classes_) != 0) {
    free_objects_.fill(nullptr);
    free_buffers_.fill(nullptr);
  }
  ::operator delete(nursery_);
  nursery_ = nullptr;
  nursery_used_ = 0;
  object_classes_ = buffer_classes_ = 0;
  object_count_ = 0;
}

}  // namespace coil::vm
