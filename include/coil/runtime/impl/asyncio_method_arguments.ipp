// Argument binding for the methods and functions of asyncio's objects. In CPython they are
// Python functions (Lock.release, Queue.put, TaskGroup.create_task), so a wrong call fails with
// the messages of a Python function call, which this reproduces: "Queue.put() missing 1 required
// positional argument: 'item'", "Lock.release() takes 1 positional argument but 2 were given".
#pragma once

#include <coil/runtime/str_object.hpp>
#include <coil/runtime/type_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace coil::runtime::asyncio_arguments {

// One parameter of a Python-level signature; `keyword_only` ones come after the positional ones.
struct parameter {
  std::string_view name;
  bool required = false;
  bool keyword_only = false;
};

// Where `self` is: the first positional argument of a method, absent from the arguments of a
// constructor (yet counted in its messages, as __init__'s), or nowhere (a plain function).
enum class self_kind { method, constructor, none };

// Binds `args` to `parameters`, writing each bound value to `out` (value::unbound() where an
// optional one was not given). Returns false with a TypeError raised.
inline bool bind(interpreter& in, const call_arguments& args, std::string_view qualname, self_kind self,
                 std::initializer_list<parameter> parameters, value* out) {
  const std::size_t skipped = self == self_kind::method ? 1 : 0;
  const std::size_t self_count = self == self_kind::none ? 0 : 1;
  const std::size_t given = args.positional.size() - skipped;
  std::size_t positional_count = 0;
  std::size_t required_positional = 0;
  for (const auto& p : parameters) {
    if (p.keyword_only) continue;
    ++positional_count;
    if (p.required) ++required_positional;
  }
  for (std::size_t i = 0; i < parameters.size(); ++i) out[i] = value::unbound();
  if (given > positional_count) {
    const std::size_t most = positional_count + self_count;
    const std::size_t least = required_positional + self_count;
    std::string takes = least == most ? std::to_string(most) : "from " + std::to_string(least) + " to " + std::to_string(most);
    in.raise_type_error(std::string(qualname) + "() takes " + takes + " positional argument" + (most == 1 && least == most ? "" : "s") +
                        " but " + std::to_string(given + self_count) + (given + self_count == 1 ? " was" : " were") + " given");
    return false;
  }
  for (std::size_t i = 0; i < given; ++i) out[i] = args.positional[skipped + i];
  for (std::size_t k = 0; k < args.keyword_values.size(); ++k) {
    const std::string_view name = static_cast<str_object*>(args.keyword_names[k].as_object())->view();
    std::size_t index = 0;
    bool found = false;
    for (const auto& p : parameters) {
      if (p.name == name) {
        found = true;
        break;
      }
      ++index;
    }
    if (!found) {
      in.raise_type_error(std::string(qualname) + "() got an unexpected keyword argument '" + std::string(name) + "'");
      return false;
    }
    if (!out[index].is_unbound()) {
      in.raise_type_error(std::string(qualname) + "() got multiple values for argument '" + std::string(name) + "'");
      return false;
    }
    out[index] = args.keyword_values[k];
  }
  std::vector<std::string_view> missing;
  std::size_t index = 0;
  bool missing_keyword_only = false;
  for (const auto& p : parameters) {
    if (p.required && out[index].is_unbound() && (missing.empty() || p.keyword_only == missing_keyword_only)) {
      if (missing.empty()) missing_keyword_only = p.keyword_only;
      missing.push_back(p.name);
    }
    ++index;
  }
  if (!missing.empty()) {
    // CPython's list: 'a', 'a' and 'b', 'a', 'b', and 'c'.
    std::string names;
    for (std::size_t i = 0; i < missing.size(); ++i) {
      if (i > 0) names += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
      names += "'" + std::string(missing[i]) + "'";
    }
    in.raise_type_error(std::string(qualname) + "() missing " + std::to_string(missing.size()) + " required " +
                        (missing_keyword_only ? "keyword-only" : "positional") + " argument" + (missing.size() == 1 ? "" : "s") + ": " + names);
    return false;
  }
  return true;
}

// For methods without parameters: "Lock.locked() takes 1 positional argument but 2 were given".
inline bool none(interpreter& in, const call_arguments& args, std::string_view qualname) {
  return bind(in, args, qualname, self_kind::method, {}, nullptr);
}

}  // namespace coil::runtime::asyncio_arguments
