// Definitions for host/value_conversion.hpp.
#pragma once

#include <coil/compiler/compiled_program.hpp>
#include <coil/host/value_conversion.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>

#include <string>

namespace coil::host {
namespace conversion_detail {

// Nesting beyond this is refused rather than recursed into.
inline constexpr int max_depth = 1000;

inline result<coil::value> to_host(vm::interpreter& in, vm::value v, int depth) {
  if (depth > max_depth) {
    error e;
    e.type = "RecursionError";
    e.message = "value too deeply nested to convert";
    return tl::unexpected(std::move(e));
  }
  if (v.is_none()) return coil::value();
  if (v.is_bool()) return coil::value(v.is_true());
  if (v.is_small_int()) return coil::value(v.as_small_int());
  if (v.is_double()) return coil::value(v.as_double());
  auto* type = in.type_of(v);
  if (type == &runtime::int_type) return coil::value(static_cast<runtime::int_object*>(v.as_object())->value);
  if (type == &runtime::str_type) return coil::value(std::string(static_cast<runtime::str_object*>(v.as_object())->view()));
  if (type == &runtime::list_type || type == &runtime::tuple_type) {
    std::vector<coil::value> items;
    for (vm::value item : runtime::sequence_detail::items_of(v)) {
      auto converted = to_host(in, item, depth + 1);
      if (!converted) return converted;
      items.push_back(std::move(*converted));
    }
    return type == &runtime::list_type ? coil::value::list(std::move(items)) : coil::value::tuple(std::move(items));
  }
  error e;
  e.type = "TypeError";
  e.message = "a value of type '" + std::string(type->name) + "' cannot leave the interpreter";
  return tl::unexpected(std::move(e));
}

}  // namespace conversion_detail

COIL_DECL result<coil::value> to_host(vm::interpreter& in, vm::value v) { return conversion_detail::to_host(in, v, 0); }

COIL_DECL vm::value from_host(vm::interpreter& in, const coil::value& v) {
  switch (v.kind()) {
    case coil::value::kind::none: return vm::value::none();
    case coil::value::kind::boolean: return vm::value::from_bool(*v.as<bool>());
    case coil::value::kind::integer: return in.make_big_int(v.integer());
    case coil::value::kind::floating: return vm::value::from_double(*v.as<double>());
    case coil::value::kind::string: return in.make_str(v.text());
    case coil::value::kind::list: {
      auto* list = in.new_list();
      vm::value result = vm::value::from_object(list);
      for (const auto& item : v.items()) list->items.push_back(from_host(in, item));
      return result;
    }
    case coil::value::kind::tuple: {
      std::vector<vm::value> items;
      for (const auto& item : v.items()) items.push_back(from_host(in, item));
      return in.make_tuple(items);
    }
    default: {
      // bytes, dict, set and frozenset arrive with their runtime types in a later issue.
      return in.make_str(v.repr());
    }
  }
}

COIL_DECL error to_public_error(vm::interpreter& in, const compiler::compiled_program& program) {
  error out;
  vm::value exception = in.pending_exception();
  out.what = in.terminated() == vm::termination::none ? error::kind::runtime : error::kind::limit;
  // CPython's traceback names a class of another module with its module: json.decoder.JSONDecodeError.
  const runtime::type_object* type = in.type_of(exception);
  out.type = type->module_name.empty() ? std::string(type->name) : std::string(type->module_name) + "." + std::string(type->name);
  vm::value message = in.str(exception);
  if (!message.is_raised()) out.message = std::string(static_cast<runtime::str_object*>(message.as_object())->view());
  // The recursion limit raises a RecursionError the script may catch; one that ends the run is a
  // limit breach too. Its messages are CPython's, which all start alike.
  if (type == runtime::exception_type(runtime::exception_kind::recursion_error) &&
      out.message.rfind("maximum recursion depth exceeded", 0) == 0)
    out.what = error::kind::limit;
  if (exception.is_object() && runtime::is_subtype(in.type_of(exception), runtime::exception_type(runtime::exception_kind::base_exception))) {
    auto* e = static_cast<runtime::exception_object*>(exception.as_object());
    // The traceback was recorded innermost first; CPython prints it outermost first.
    for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
      frame f;
      f.file = program.script_name;
      const auto& span = it->code->spans[it->instruction];
      f.line = span.line;
      f.column = span.column + 1;
      f.end_line = span.end_line;
      f.end_column = span.end_column + 1;
      f.function = it->code->name;
      f.source_line = program.source_line(span.line);
      out.traceback.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace coil::host
