// Python ints beyond the 48-bit small-int range: a heap object holding a big_int. Every int
// result is normalised, so a value that fits in a small int is never an int_object and
// equal ints always have one representation.
#pragma once

#include <coil/runtime/big_int.hpp>
#include <coil/vm/heap.hpp>
#include <coil/vm/value.hpp>

#include <cstddef>
#include <optional>

namespace coil::runtime {

struct int_object : vm::object {
  static constexpr const char* layout_name = "int";
  // A program's constant: its limbs belong to no execution.
  explicit int_object(big_int v) : value(std::move(v)) {}
  // An execution's int: its limbs, which big_int allocates itself, count as live bytes of the
  // heap for as long as the object lives, so big ints are held to the memory limit too.
  int_object(big_int v, vm::heap* owner) : value(std::move(v)), owner_(owner), counted_bytes_(value.allocated_bytes()) {
    owner_->add_external_bytes(counted_bytes_);
  }
  int_object(const int_object&) = delete;
  int_object& operator=(const int_object&) = delete;
  ~int_object() {
    if (owner_ != nullptr) owner_->remove_external_bytes(counted_bytes_);
  }

  big_int value;  // never modified after construction (the counted bytes stay right)
  void trace(vm::tracer&) {}

 private:
  vm::heap* owner_ = nullptr;
  std::size_t counted_bytes_ = 0;
};

}  // namespace coil::runtime
