// The type of host functions in the script (runtime/external_function_object.hpp).
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/external_function_object.hpp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <string>

namespace coil::runtime {
namespace external_function_detail {

inline value external_repr(interpreter& in, value self) {
  auto* f = static_cast<external_function_object*>(self.as_object());
  return in.make_str("<built-in function " + std::string(static_cast<str_object*>(f->name.as_object())->view()) + ">");
}

inline value external_call(interpreter& in, value self, const call_arguments& args) {
  auto* f = static_cast<external_function_object*>(self.as_object());
  if (in.host() == nullptr) return in.raise_error(exception_type(exception_kind::runtime_error), "coil: no host to call");
  return in.host()->call_external(in, f->index, args);
}

}  // namespace external_function_detail

inline type_object make_external_function_type() {
  type_object t = make_plain_type("builtin_function_or_method", &vm::layout_of<external_function_object>, external_function_detail::external_repr);
  t.call = external_function_detail::external_call;
  return t;
}

}  // namespace coil::runtime
