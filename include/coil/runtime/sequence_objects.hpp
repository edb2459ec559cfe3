// The builtin sequence and container objects' layouts: tuple (values after the header, fixed),
// list (a growable pmr vector allocated from the heap, so its bytes are counted), and range.
#pragma once

#include <coil/vm/heap.hpp>
#include <coil/vm/value.hpp>

#include <cstdint>
#include <memory_resource>
#include <span>
#include <vector>

namespace coil::runtime {

using vm::value;

struct tuple_object : vm::object {
  static constexpr const char* layout_name = "tuple";
  std::uint32_t size = 0;
  value* items() { return reinterpret_cast<value*>(this + 1); }
  const value* items() const { return reinterpret_cast<const value*>(this + 1); }
  std::span<value> span() { return {items(), size}; }
  std::span<const value> span() const { return {items(), size}; }
  void trace(vm::tracer& t) {
    for (value v : span()) t.visit(v);
  }
};

struct list_object : vm::object {
  static constexpr const char* layout_name = "list";
  explicit list_object(std::pmr::memory_resource* memory) : items(memory) {}
  std::pmr::vector<value> items;
  void trace(vm::tracer& t) {
    for (value v : items) t.visit(v);
  }
};

// A range keeps start, stop and step as machine integers when all three lie strictly within
// +-2**62: then every item, the length and the step past the last item fit int64 arithmetic (the
// dispatch loop iterates those without allocating). Other ranges are "long" (CPython's longrange
// path): the bounds and the length are Python ints in the `long_*` values.
struct range_object : vm::object {
  static constexpr const char* layout_name = "range";
  static constexpr std::int64_t machine_bound = std::int64_t{1} << 62;  // |start|, |stop|, |step| below it
  std::int64_t start = 0, stop = 0, step = 1;  // a machine range's
  value long_start = value::unbound(), long_stop = value::unbound(), long_step = value::unbound(),
        long_length = value::unbound();
  bool is_long() const { return !long_length.is_unbound(); }
  std::int64_t length() const {  // a machine range's
    if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  }
  void trace(vm::tracer& t) {
    t.visit(long_start);
    t.visit(long_stop);
    t.visit(long_step);
    t.visit(long_length);
  }
};

// Iterators over the builtin sequences: the object iterated and a position.
struct sequence_iterator_object : vm::object {
  static constexpr const char* layout_name = "sequence_iterator";
  value sequence;
  std::int64_t index = 0;
  void trace(vm::tracer& t) { t.visit(sequence); }
};

struct range_iterator_object : vm::object {
  static constexpr const char* layout_name = "range_iterator";
  std::int64_t next = 0, step = 1, remaining = 0;
  void trace(vm::tracer&) {}
};

// The iterator of a long range: Python ints.
struct long_range_iterator_object : vm::object {
  static constexpr const char* layout_name = "longrange_iterator";
  value next = value::none(), step = value::none(), remaining = value::none();
  void trace(vm::tracer& t) {
    t.visit(next);
    t.visit(step);
    t.visit(remaining);
  }
};

}  // namespace coil::runtime
