// The `dict` object (an ordered_table of key/value words), its views (keys(), values(),
// items()) and its iterators, which remember the table's size to raise CPython's "dictionary
// changed size during iteration".
#pragma once

#include <coil/runtime/ordered_table.hpp>
#include <coil/vm/heap.hpp>

#include <cstdint>

namespace coil::runtime {

struct dict_object : vm::object {
  static constexpr const char* layout_name = "dict";
  explicit dict_object(std::pmr::memory_resource* memory) : table(memory) {}
  ordered_table table;
  void trace(vm::tracer& t) { table.trace(t); }
};

enum class dict_view_kind : std::uint8_t { keys, values, items };

struct dict_view_object : vm::object {
  static constexpr const char* layout_name = "dict_view";
  vm::value dict;
  dict_view_kind kind = dict_view_kind::keys;
  void trace(vm::tracer& t) { t.visit(dict); }
};

struct dict_iterator_object : vm::object {
  static constexpr const char* layout_name = "dict_iterator";
  vm::value dict;
  dict_view_kind kind = dict_view_kind::keys;
  std::size_t index = 0;       // next entry index to look at
  std::size_t size_at_start = 0;
  std::size_t remaining = 0;   // items still to produce (CPython checks it for changes too)
  void trace(vm::tracer& t) { t.visit(dict); }
};

}  // namespace coil::runtime
