// Exception instances: the args tuple, the chaining fields, and the traceback as a list of
// (code object, instruction index) entries added while the exception unwinds frames. Exception
// groups (BaseExceptionGroup, ExceptionGroup) add their message and sub-exceptions.
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
  // A NameError or AttributeError from a failed lookup: (name, [the frame's bound local names],
  // self if bound) or (name, object), for e.name / e.obj and the traceback's hint
  // (vm/impl/lookup_errors.ipp). None otherwise.
  value lookup = value::none();
  std::pmr::vector<traceback_entry> traceback;  // outermost frame first once unwound
  void trace(vm::tracer& t) {
    t.visit(args);
    t.visit(cause);
    t.visit(context);
    t.visit(notes);
    t.visit(os_fields);
    t.visit(lookup);
    for (auto& entry : traceback) t.visit(const_cast<vm::code_object*>(entry.code));
  }
};

// An instance of BaseExceptionGroup or ExceptionGroup (runtime/impl/exception_group_type.ipp).
// `args` keeps what the constructor was given; `exceptions` is the tuple taken from it then.
struct exception_group_object : exception_object {
  static constexpr const char* layout_name = "exception_group";
  using exception_object::exception_object;
  value message = value::none();     // a str
  value exceptions = value::none();  // a non-empty tuple of exception instances
  void trace(vm::tracer& t) {
    exception_object::trace(t);
    t.visit(message);
    t.visit(exceptions);
  }
};

}  // namespace coil::runtime
