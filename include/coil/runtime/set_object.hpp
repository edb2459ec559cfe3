// The `set` and `frozenset` objects (a set_table of key words, plus a frozenset's cached hash) and
// their iterator, which remembers the set's size to raise CPython's "Set changed size during
// iteration". Behaviour lives in runtime/impl/set_type.ipp.
#pragma once

#include <coil/runtime/set_table.hpp>
#include <coil/vm/heap.hpp>

#include <cstdint>

namespace coil::runtime {

struct set_object : vm::object {
  static constexpr const char* layout_name = "set";
  explicit set_object(std::pmr::memory_resource* memory) : table(memory) {}
  set_table table;
  std::int64_t hash = -1;  // a frozenset's hash once computed; -1 until then (and for sets)
  void trace(vm::tracer& t) { table.trace(t); }
};

struct set_iterator_object : vm::object {
  static constexpr const char* layout_name = "set_iterator";
  vm::value set;               // None once exhausted
  std::size_t position = 0;    // next slot to look at
  std::size_t size_at_start = 0;
  bool broken = false;         // a size change was reported: the error repeats on every next()
  void trace(vm::tracer& t) { t.visit(set); }
};

}  // namespace coil::runtime
