// Exception instances: the args tuple, the chaining fields, and the traceback as a list of
// (code object, instruction index) entries added while the exception unwinds frames.
#pragma once

#include <coil/vm/code.hpp>
#include <coil/vm/heap.hpp>

#include <cstdint>
#include <memory_resource>
#include <vector>

namespace coil::runtime {

using vm::value;

struct traceback_entry {
  const vm::code_object* code = nullptr;
  std::uint32_t instruction = 0;
};

struct exception_object : vm::object {
  static constexpr const char* layout_name = "exception";
  explicit exception_object(std::pmr::memory_resource* memory) : traceback(memory) {}
  value args = value::none();     // a tuple
  value cause = value::none();    // __cause__
  value context = value::none();  // __context__
  bool suppress_context = false;  // __suppress_context__ (set by `raise ... from`)
  value notes = value::none();    // __notes__ list or None
  value os_fields = value::none();  // OSError and subclasses: (errno, strerror, filename, filename2), or None
  std::pmr::vector<traceback_entry> traceback;  // outermost frame first once unwound
  void trace(vm::tracer& t) {
    t.visit(args);
    t.visit(cause);
    t.visit(context);
    t.visit(notes);
    t.visit(os_fields);
    for (auto& entry : traceback) t.visit(const_cast<vm::code_object*>(entry.code));
  }
};

}  // namespace coil::runtime
