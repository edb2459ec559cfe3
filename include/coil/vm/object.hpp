// The header every heap object starts with, and the hooks the heap needs from each layout.
//
// An object belongs to exactly one execution's heap (vm/heap.hpp), which links it into an
// intrusive list so the collector can sweep, and so snapshots can walk every object. Its Python
// type (runtime/type_object.hpp) points at an `object_layout`: how to find the values the object
// refers to (`trace`) and how to destroy it. Many Python types can share a layout (every instance
// of a user class has the same one). Builtin types and layouts are process-wide constants with
// stable ids, so a snapshot can name them in bytes.
#pragma once

#include <coil/vm/value.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace coil::runtime {
struct type_object;  // runtime/type_object.hpp
}

namespace coil::vm {

struct object;

// Marks objects reachable from the roots. Marking is iterative (an explicit gray stack), so a
// deeply nested structure never recurses on the C++ stack.
class tracer {
 public:
  explicit tracer(std::uint32_t epoch) : epoch_(epoch) {}
  void visit(value v) {
    if (v.is_object()) visit(v.as_object());
  }
  inline void visit(object* o);
  bool next(object*& out) {
    if (gray_.empty()) return false;
    out = gray_.back();
    gray_.pop_back();
    return true;
  }

 private:
  std::uint32_t epoch_;
  std::vector<object*> gray_;
};

// How the heap handles one kind of object: the layout's own functions, with no Python-level
// behaviour (that lives in the runtime's type objects, which point at one of these).
struct object_layout {
  const char* name;                        // for diagnostics and snapshots
  void (*trace)(object* self, tracer& t);  // visit every value/object the object refers to
  void (*destroy)(object* self);           // run the C++ destructor; the heap frees the memory
};

struct object {
  runtime::type_object* type = nullptr;
  object* heap_next = nullptr;  // the next object of the same heap
  std::uint32_t gc_epoch = 0;   // equal to the heap's current epoch when marked
  std::uint32_t byte_size = 0;  // the allocation's size, for the heap's accounting; 0 for the
                                // process-wide immortal objects (builtin types), which no heap owns
};

inline void tracer::visit(object* o) {
  // Immortal objects are shared by every execution on every thread: never written by a collector.
  if (o == nullptr || o->byte_size == 0 || o->gc_epoch == epoch_) return;
  o->gc_epoch = epoch_;
  gray_.push_back(o);
}

}  // namespace coil::vm
