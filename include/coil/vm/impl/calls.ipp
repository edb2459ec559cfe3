// Calls: binding arguments to a Python function's parameters with CPython's rules and messages,
// setting up its cells, and calling any callable from native code.
//
// A function's registers start with its parameters: positional ones (positional-only first),
// then keyword-only ones, then *args, then **kwargs (CPython's co_varnames order). Keyword-only
// defaults are kept as a flat tuple of (name, value) pairs.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/impl/dict_type.ipp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <string>
#include <vector>

namespace coil::vm {
namespace call_detail {

inline std::string_view function_name(runtime::function_object* fn) {
  return static_cast<runtime::str_object*>(fn->qualname.as_object())->view();
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
inline std::string name_list(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + std::string(names[i]) + "'";
  }
  return out;
}

}  // namespace call_detail

// Fills the frame's cell registers: new cells for the function's own captured locals (holding
// the parameter's value when the captured local is a parameter), then the closure's cells.
inline void prepare_cells(interpreter& in, frame* f, runtime::function_object* fn) {
  const code_object* code = f->code;
  const std::size_t cell_count = code->cell_names.size();
  if (cell_count == 0) return;
  value* registers = f->registers();
  const std::size_t base = code->register_count - cell_count;
  const std::size_t own = cell_count - code->free_count;
  for (std::size_t i = 0; i < own; ++i) {
    auto* cell = in.heap().make<runtime::cell_object>(&runtime::cell_type);
    std::uint16_t from = code->cell_registers[i];
    if (from != 0xFFFF) cell->contents = registers[from];
    registers[base + i] = value::from_object(cell);
  }
  if (code->free_count > 0 && fn != nullptr && !fn->closure.is_none()) {
    auto* closure = static_cast<runtime::tuple_object*>(fn->closure.as_object());
    for (std::size_t j = 0; j < code->free_count && j < closure->size; ++j) registers[base + own + j] = closure->items()[j];
  }
}

COIL_DECL bool interpreter::bind_arguments(frame* f, runtime::function_object* fn, const runtime::call_arguments& args) {
  using call_detail::function_name;
  const code_object* code = f->code;
  value* registers = f->registers();
  const std::size_t positional = code->positional_count;
  const std::size_t keyword_only = code->keyword_only_count;
  const bool has_varargs = has(code->flags, code_flags::varargs);
  const bool has_varkeywords = has(code->flags, code_flags::varkeywords);
  const std::size_t given = args.positional.size();
  const auto* defaults = fn->defaults.is_none() ? nullptr : static_cast<runtime::tuple_object*>(fn->defaults.as_object());
  const std::size_t default_count = defaults ? defaults->size : 0;

  if (given > positional && !has_varargs) {
    std::string message = std::string(function_name(fn)) + "() takes ";
    if (default_count > 0)
      message += "from " + std::to_string(positional - default_count) + " to " + std::to_string(positional);
    else
      message += std::to_string(positional);
    std::size_t keyword_only_given = 0;
    for (const value& name : args.keyword_names)
      for (std::size_t k = positional; k < positional + keyword_only; ++k)
        if (code->local_names[k] == static_cast<runtime::str_object*>(name.as_object())->view()) ++keyword_only_given;
    message += std::string(" positional argument") + (positional == 1 && default_count == 0 ? "" : "s") + " but " +
               std::to_string(given);
    if (keyword_only_given > 0)
      message += std::string(" positional argument") + (given == 1 ? "" : "s") + " (and " + std::to_string(keyword_only_given) +
                 " keyword-only argument" + (keyword_only_given == 1 ? "" : "s") + ")";
    message += std::string(given == 1 && keyword_only_given == 0 ? " was" : " were") + " given";
    raise_type_error(message);
    return false;
  }
  const std::size_t direct = std::min(given, positional);
  for (std::size_t i = 0; i < direct; ++i) registers[i] = args.positional[i];
  std::size_t next_register = positional + keyword_only;
  if (has_varargs) {
    registers[next_register++] =
        given > positional ? make_tuple(args.positional.subspan(positional)) : make_tuple({});
  }
  runtime::dict_object* extra_keywords = nullptr;
  if (has_varkeywords) {
    extra_keywords = runtime::dict_detail::new_dict(*this);
    registers[next_register++] = value::from_object(extra_keywords);
  }
  for (std::size_t k = 0; k < args.keyword_values.size(); ++k) {
    auto name = static_cast<runtime::str_object*>(args.keyword_names[k].as_object())->view();
    std::size_t index = code->positional_only_count;
    for (; index < positional + keyword_only; ++index)
      if (code->local_names[index] == name) break;
    if (index == positional + keyword_only) {
      if (extra_keywords != nullptr) {
        if (!runtime::dict_detail::lookup(*this, extra_keywords, args.keyword_names[k]).is_unbound()) {
          raise_type_error(std::string(function_name(fn)) + "() got multiple values for argument '" + std::string(name) + "'");
          return false;
        }
        if (!runtime::dict_detail::store(*this, extra_keywords, args.keyword_names[k], args.keyword_values[k])) return false;
        continue;
      }
      for (std::size_t p = 0; p < code->positional_only_count; ++p) {
        if (code->local_names[p] == name) {
          raise_type_error(std::string(function_name(fn)) +
                           "() got some positional-only arguments passed as keyword arguments: '" + std::string(name) + "'");
          return false;
        }
      }
      raise_type_error(std::string(function_name(fn)) + "() got an unexpected keyword argument '" + std::string(name) + "'");
      return false;
    }
    if (!registers[index].is_unbound()) {
      raise_type_error(std::string(function_name(fn)) + "() got multiple values for argument '" + std::string(name) + "'");
      return false;
    }
    registers[index] = args.keyword_values[k];
  }
  std::vector<std::string_view> missing;
  for (std::size_t i = 0; i < positional; ++i) {
    if (!registers[i].is_unbound()) continue;
    if (i + default_count >= positional) {
      registers[i] = defaults->items()[i + default_count - positional];
    } else {
      missing.push_back(code->local_names[i]);
    }
  }
  if (!missing.empty()) {
    raise_type_error(std::string(function_name(fn)) + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                     (missing.size() == 1 ? "" : "s") + ": " + call_detail::name_list(missing));
    return false;
  }
  for (std::size_t i = positional; i < positional + keyword_only; ++i) {
    if (!registers[i].is_unbound()) continue;
    if (!fn->keyword_defaults.is_none()) {
      auto* pairs = static_cast<runtime::tuple_object*>(fn->keyword_defaults.as_object());
      for (std::uint32_t p = 0; p + 1 < pairs->size; p += 2)
        if (static_cast<runtime::str_object*>(pairs->items()[p].as_object())->view() == code->local_names[i])
          registers[i] = pairs->items()[p + 1];
    }
    if (registers[i].is_unbound()) missing.push_back(code->local_names[i]);
  }
  if (!missing.empty()) {
    raise_type_error(std::string(function_name(fn)) + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                     (missing.size() == 1 ? "" : "s") + ": " + call_detail::name_list(missing));
    return false;
  }
  prepare_cells(*this, f, fn);
  return true;
}

COIL_DECL value interpreter::call_python(runtime::function_object* function, const runtime::call_arguments& args) {
  if (native_depth_ >= COIL_MAX_NATIVE_REENTRY_DEPTH)
    return raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded");
  value result;
  frame* f = begin_call(function, args, result);
  if (f == nullptr) return result;
  f->returns_to_native = true;
  ++native_depth_;
  result = execute(f);
  --native_depth_;
  return result;
}

COIL_DECL value interpreter::call(value callable, std::span<const value> positional) {
  return call(callable, runtime::call_arguments{positional, {}, {}});
}

COIL_DECL value interpreter::call(value callable, const runtime::call_arguments& args) {
  auto* type = type_of(callable);
  if (type == &runtime::function_type) return call_python(static_cast<runtime::function_object*>(callable.as_object()), args);
  if (type == &runtime::builtin_function_type) {
    auto* f = static_cast<runtime::native_function_object*>(callable.as_object());
    if (f->self_type != nullptr) {
      // Reached unbound through its type (str.lower(x)): self is whatever the caller passed.
      if (args.positional.empty())
        return raise_type_error("unbound method " + std::string(f->owner) + "." + std::string(f->name) + "() needs an argument");
      if (!runtime::is_subtype(type_of(args.positional[0]), f->self_type))
        return raise_type_error("descriptor '" + std::string(f->name) + "' for '" + std::string(f->owner) +
                                "' objects doesn't apply to a '" + std::string(type_of(args.positional[0])->name) + "' object");
    }
    return f->function(*this, args);
  }
  if (type == &runtime::method_type || type == &runtime::builtin_method_type) {
    auto* m = static_cast<runtime::bound_method_object*>(callable.as_object());
    std::vector<value> with_self;
    with_self.reserve(args.positional.size() + 1);
    with_self.push_back(m->self);
    with_self.insert(with_self.end(), args.positional.begin(), args.positional.end());
    // The copy lives on the C++ stack while the callee may run Python code: keep it rooted.
    const std::size_t roots = native_roots_.size();
    native_roots_.insert(native_roots_.end(), with_self.begin(), with_self.end());
    value r = call(m->function, runtime::call_arguments{with_self, args.keyword_values, args.keyword_names});
    native_roots_.resize(roots);
    return r;
  }
  for (auto* t = type; t != nullptr; t = t->base)
    if (t->call != nullptr) return t->call(*this, callable, args);
  return raise_type_error("'" + std::string(type->name) + "' object is not callable");
}

}  // namespace coil::vm
