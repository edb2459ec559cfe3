// Python ints beyond the 48-bit small-int range: a heap object holding a big_int. Every int
// result is normalised, so a value that fits in a small int is never an int_object and
// equal ints always have one representation.
#pragma once

#include <coil/runtime/big_int.hpp>
#include <coil/vm/heap.hpp>
#include <coil/vm/value.hpp>

#include <optional>

namespace coil::runtime {

struct int_object : vm::object {
  static constexpr const char* layout_name = "int";
  explicit int_object(big_int v) : value(std::move(v)) {}
  big_int value;
  void trace(vm::tracer&) {}
};

}  // namespace coil::runtime
