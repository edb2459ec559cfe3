// Python type objects: what `type(x)` returns, for builtin types and (later) user classes alike.
//
// A type names its instances' memory layout (vm/object.hpp `object_layout`, which the heap uses
// to trace and free them) and carries the Python-level behaviour as slots: plain function
// pointers the dispatch loop calls directly, null where the type lacks the operation (CPython's
// tp_* slots). Builtin types are immortal, process-wide constants (byte_size 0, never collected,
// never written after start-up), so one program can run on many threads at once; user classes
// will be heap objects of the same shape whose slots call their dunder methods.
//
// Every slot returns a vm::value; `value::raised()` means it failed and the exception is pending
// on the interpreter (vm/interpreter.hpp), as a NULL return does in CPython.
#pragma once

#include <coil/syntax/ast.hpp>
#include <coil/vm/object.hpp>

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace coil::vm {
class interpreter;
}

namespace coil::runtime {

using vm::interpreter;
using vm::value;

// The arguments of a call as the dispatch loop sees them: positional values, then keyword values
// whose names (str values) are in `keyword_names`, all views into the caller's registers.
struct call_arguments {
  std::span<const value> positional;
  std::span<const value> keyword_values;
  std::span<const value> keyword_names;
};

using native_function = value (*)(interpreter&, const call_arguments&);

// A method of a builtin type: called with self as positional[0], unless it is a static method
// (str.maketrans), which gets only the call's arguments whether reached through the type or an
// instance.
struct method_definition {
  std::string_view name;
  native_function function;
  bool is_static = false;
};

struct native_function_object;  // runtime/function_objects.hpp

enum class compare_operator : std::uint8_t { less, less_equal, equal, not_equal, greater, greater_equal };

inline constexpr std::size_t binary_operator_count = 13;  // syntax::binary_operator

struct type_object : vm::object {
  std::string_view name;                      // __name__
  // __module__ when it is not "builtins" (json.decoder for JSONDecodeError): CPython prefixes it
  // to the class name in the type's repr and in the last line of a traceback.
  std::string_view module_name;
  const vm::object_layout* layout = nullptr;  // how the heap traces and frees instances
  type_object* base = nullptr;                // the single base of a builtin type (object has none)
  // A second base, for the one builtin class with two: ExceptionGroup(BaseExceptionGroup, Exception).
  // Attribute lookup follows `base` only; subtype tests follow both.
  type_object* second_base = nullptr;
  std::uint32_t builtin_id = 0;               // stable id of a builtin type, for snapshots; 0 for classes

  // --- behaviour (null: the type does not support it) ---
  value (*repr)(interpreter&, value self) = nullptr;
  value (*str)(interpreter&, value self) = nullptr;  // null: use repr
  value (*hash)(interpreter&, value self) = nullptr;  // null: unhashable
  // Returns NotImplemented when it does not know `other`; the caller tries the reflection.
  value (*compare)(interpreter&, value self, value other, compare_operator op) = nullptr;
  // self op other, and (reflected) other op self; NotImplemented when the operand is foreign.
  std::array<value (*)(interpreter&, value self, value other), binary_operator_count> binary{};
  std::array<value (*)(interpreter&, value self, value other), binary_operator_count> reflected{};
  // In-place forms (list += ...); null falls back to `binary`.
  std::array<value (*)(interpreter&, value self, value other), binary_operator_count> in_place{};
  value (*negative)(interpreter&, value self) = nullptr;
  value (*positive)(interpreter&, value self) = nullptr;
  value (*invert)(interpreter&, value self) = nullptr;
  // Truthiness: returns True/False or raised; null with `length` set uses len() != 0, else True.
  value (*truthy)(interpreter&, value self) = nullptr;
  value (*length)(interpreter&, value self) = nullptr;
  value (*iter)(interpreter&, value self) = nullptr;
  // Returns value::unbound() when exhausted, without raising StopIteration (the fast path).
  value (*next)(interpreter&, value self) = nullptr;
  value (*get_item)(interpreter&, value self, value key) = nullptr;
  value (*set_item)(interpreter&, value self, value key, value item) = nullptr;
  value (*delete_item)(interpreter&, value self, value key) = nullptr;
  value (*contains)(interpreter&, value self, value item) = nullptr;
  value (*call)(interpreter&, value self, const call_arguments& args) = nullptr;
  // Calling the type itself: int("5"), ValueError("x"), list(gen). Null: "cannot create instances".
  value (*construct)(interpreter&, type_object* type, const call_arguments& args) = nullptr;
  // Attribute lookup beyond the method table (instance attributes, module members).
  value (*get_attribute)(interpreter&, value self, value name) = nullptr;
  value (*set_attribute)(interpreter&, value self, value name, value item) = nullptr;
  // The builtin methods, as immortal function objects (runtime/function_objects.hpp make_methods).
  std::span<native_function_object* const> methods;
};

}  // namespace coil::runtime
