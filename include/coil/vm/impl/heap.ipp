// Definitions for vm/heap.hpp: collection and destruction.
#pragma once

#include <coil/runtime/type_object.hpp>
#include <coil/vm/heap.hpp>

#include <algorithm>
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
  // Unlink the unmarked objects first and read their layouts while every type is still alive:
  // a dead class may sit in the list before its dead instances.
  std::vector<std::pair<object*, const object_layout*>> dead;
  object** link = &objects_;
  while (object* o = *link) {
    if (o->gc_epoch == epoch_) {
      link = &o->heap_next;
    } else {
      *link = o->heap_next;
      dead.emplace_back(o, o->type->layout);
    }
  }
  for (auto [o, layout] : dead) {
    const std::size_t size = o->byte_size;
    layout->destroy(o);
    deallocate(o, size, alignof(std::max_align_t));
    --object_count_;
  }
  next_collection_at_ = std::max<std::size_t>(std::size_t{1} << 20, live_bytes_ * 2);
}

inline void heap::free_all() {
  std::vector<std::pair<object*, const object_layout*>> all;
  all.reserve(object_count_);
  for (object* o = objects_; o != nullptr; o = o->heap_next) all.emplace_back(o, o->type->layout);
  objects_ = nullptr;
  for (auto [o, layout] : all) {
    const std::size_t size = o->byte_size;
    layout->destroy(o);
    deallocate(o, size, alignof(std::max_align_t));
  }
  object_count_ = 0;
}

}  // namespace coil::vm
