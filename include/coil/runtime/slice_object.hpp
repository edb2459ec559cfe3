// The `slice` object that `a[i:j:k]` builds (opcode build_slice) and `slice(...)` constructs: three
// arbitrary values, checked only when a sequence uses them. The sequence types turn a slice into
// concrete bounds with `unpack_slice` then `adjust_slice` (runtime/impl/slice_type.ipp), CPython's
// two steps: first the bounds as machine integers (None filled in, huge ints clamped, a zero step
// rejected), then clipped against the sequence's current length, which gives the item count.
#pragma once

#include <coil/vm/heap.hpp>
#include <coil/vm/value.hpp>

#include <cstdint>

namespace coil::runtime {

using vm::value;

struct slice_object : vm::object {
  static constexpr const char* layout_name = "slice";
  value start = value::none();
  value stop = value::none();
  value step = value::none();
  void trace(vm::tracer& t) {
    t.visit(start);
    t.visit(stop);
    t.visit(step);
  }
};

// A slice's bounds as machine integers. After unpack_slice: start/stop may lie anywhere (None
// became the extreme in the step's direction); after adjust_slice: they index the sequence and
// `length` is the number of items the slice selects.
struct slice_bounds {
  std::int64_t start = 0;
  std::int64_t stop = 0;
  std::int64_t step = 1;
  std::int64_t length = 0;
};

}  // namespace coil::runtime
