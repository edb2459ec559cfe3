// The builtin exception classes (from exception_types.def): construction from arguments, repr
// (`ValueError('bad')`), str (the message: the single argument, '' or the args tuple) and
// add_note. The exception groups' own behaviour is in exception_group_type.ipp.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/exception_group_type.ipp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <string>

namespace coil::runtime {
namespace exception_detail {

inline exception_object* as_exception(value v) { return static_cast<exception_object*>(v.as_object()); }
inline std::span<const value> args_of(value v) { return static_cast<tuple_object*>(as_exception(v)->args.as_object())->span(); }

// The OSError subclass CPython picks for `OSError(errno, ...)` (Linux errno values).
inline type_object* os_error_subclass(std::int64_t code) {
  switch (code) {
    case 11: case 114: case 115: return exception_type(exception_kind::blocking_io_error);   // EAGAIN, EALREADY, EINPROGRESS
    case 10: return exception_type(exception_kind::child_process_error);                       // ECHILD
    case 32: case 108: return exception_type(exception_kind::broken_pipe_error);               // EPIPE, ESHUTDOWN
    case 103: return exception_type(exception_kind::connection_aborted_error);                 // ECONNABORTED
    case 111: return exception_type(exception_kind::connection_refused_error);                 // ECONNREFUSED
    case 104: return exception_type(exception_kind::connection_reset_error);                   // ECONNRESET
    case 17: return exception_type(exception_kind::file_exists_error);                         // EEXIST
    case 2: return exception_type(exception_kind::file_not_found_error);                       // ENOENT
    case 21: return exception_type(exception_kind::is_a_directory_error);                      // EISDIR
    case 20: return exception_type(exception_kind::not_a_directory_error);                     // ENOTDIR
    case 4: return exception_type(exception_kind::interrupted_error);                          // EINTR
    case 1: case 13: return exception_type(exception_kind::permission_error);                  // EPERM, EACCES
    case 3: return exception_type(exception_kind::process_lookup_error);                       // ESRCH
    case 110: return exception_type(exception_kind::timeout_error);                            // ETIMEDOUT
    default: return nullptr;
  }
}

inline value exception_construct(interpreter& in, type_object* type, const call_arguments& args) {
  if (!args.keyword_values.empty())
    return in.raise_type_error(std::string(type->name) + "() takes no keyword arguments");
  const auto n = args.positional.size();
  const bool os_error = is_subtype(type, exception_type(exception_kind::os_error)) && n >= 2 && n <= 5;
  if (os_error && type == exception_type(exception_kind::os_error)) {
    const value code = args.positional[0];
    if (code.is_small_int() || code.is_bool())
      if (type_object* sub = os_error_subclass(code.is_bool() ? (code.is_true() ? 1 : 0) : code.as_small_int())) type = sub;
  }
  auto* e = in.heap().make<exception_object>(type, &in.heap());
  value result = value::from_object(e);
  auto root = in.root(result);
  e->args = in.make_tuple(args.positional);
  if (os_error) {
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]): a filename keeps only the first
    // two arguments in args.
    const value filename = n >= 3 ? args.positional[2] : value::none();
    value fields[4] = {args.positional[0], args.positional[1], filename, n == 5 && !filename.is_none() ? args.positional[4] : value::none()};
    e->os_fields = in.make_tuple(fields);
    if (!filename.is_none()) e->args = in.make_tuple(args.positional.first(2));
  }
  return result;
}

inline std::span<const value> os_fields_of(value v) {
  const value fields = as_exception(v)->os_fields;
  if (fields.is_none()) return {};
  return static_cast<tuple_object*>(fields.as_object())->span();
}

// "[Errno 2] No such file: 'name'" (-> 'other' with a second filename).
inline value os_error_str(interpreter& in, std::span<const value> fields) {
  std::string out = "[Errno ";
  for (std::size_t i = 0; i < 4; ++i) {
    if (i >= 2 && fields[i].is_none()) break;
    value text = i < 2 ? in.str(fields[i]) : in.repr(fields[i]);
    if (text.is_raised()) return text;
    static constexpr const char* separators[] = {"", "] ", ": ", " -> "};
    out += separators[i];
    out += static_cast<str_object*>(text.as_object())->view();
  }
  return in.make_str(out);
}

inline value exception_str(interpreter& in, value self) {
  if (auto fields = os_fields_of(self); !fields.empty()) return os_error_str(in, fields);
  auto args = args_of(self);
  if (args.empty()) return in.make_str("");
  if (args.size() == 1) {
    // KeyError shows the missing key's repr.
    if (is_subtype(in.type_of(self), exception_type(exception_kind::key_error))) return in.repr(args[0]);
    return in.str(args[0]);
  }
  return in.repr(as_exception(self)->args);
}

inline value exception_repr(interpreter& in, value self) {
  auto args = args_of(self);
  std::string out(in.type_of(self)->name);
  if (args.size() == 1) {
    value r = in.repr(args[0]);
    if (r.is_raised()) return r;
    out += "(" + std::string(static_cast<str_object*>(r.as_object())->view()) + ")";
    return in.make_str(out);
  }
  value r = in.repr(as_exception(self)->args);
  if (r.is_raised()) return r;
  out += static_cast<str_object*>(r.as_object())->view();
  return in.make_str(out);
}

inline value exception_get_attribute(interpreter& in, value self, value name) {
  auto wanted = static_cast<str_object*>(name.as_object())->view();
  auto* e = as_exception(self);
  if (wanted == "args") return e->args;
  if (wanted == "__cause__") return e->cause;
  if (wanted == "__context__") return e->context;
  if (wanted == "__suppress_context__") return value::from_bool(e->suppress_context);
  if (wanted == "__notes__") return e->notes.is_none() ? value::unbound() : e->notes;
  if (exception_group_detail::is_group(self)) {
    if (wanted == "message") return exception_group_detail::as_group(self)->message;
    if (wanted == "exceptions") return exception_group_detail::as_group(self)->exceptions;
  }
  if (is_subtype(in.type_of(self), exception_type(exception_kind::os_error))) {
    static constexpr std::string_view os_names[] = {"errno", "strerror", "filename", "filename2"};
    for (std::size_t i = 0; i < 4; ++i)
      if (wanted == os_names[i]) return e->os_fields.is_none() ? value::none() : os_fields_of(self)[i];
  }
  const bool is_name_error = is_subtype(in.type_of(self), exception_type(exception_kind::name_error));
  const bool is_attribute_error = is_subtype(in.type_of(self), exception_type(exception_kind::attribute_error));
  if ((wanted == "name" && (is_name_error || is_attribute_error)) || (wanted == "obj" && is_attribute_error)) {
    // Set by a failed lookup (vm/impl/lookup_errors.ipp); None for one the script made.
    if (!e->lookup.is_object()) return value::none();
    auto parts = static_cast<tuple_object*>(e->lookup.as_object())->span();
    return wanted == "name" ? parts[0] : is_attribute_error && parts.size() == 2 ? parts[1] : value::none();
  }
  if (wanted == "value" && is_subtype(in.type_of(self), exception_type(exception_kind::stop_iteration))) {
    auto args = args_of(self);
    return args.empty() ? value::none() : args[0];
  }
  return value::unbound();
}

// BaseException.add_note(note): appends to __notes__, which the traceback display prints.
inline value add_note(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("BaseException.add_note() takes no keyword arguments");
  if (args.positional.size() != 2)
    return in.raise_type_error("BaseException.add_note() takes exactly one argument (" + std::to_string(args.positional.size() - 1) + " given)");
  value note = args.positional[1];
  if (!is_subtype(in.type_of(note), &str_type))
    return in.raise_type_error("note must be a str, not '" + std::string(in.type_of(note)->name) + "'");
  auto* e = as_exception(args.positional[0]);
  if (e->notes.is_none()) e->notes = value::from_object(in.new_list());
  static_cast<list_object*>(e->notes.as_object())->items.push_back(note);
  return value::none();
}

inline std::span<native_function_object* const> base_exception_methods() {
  static const auto methods = make_methods("BaseException", {{"add_note", add_note}}, exception_type(exception_kind::base_exception));
  return methods;
}

}  // namespace exception_detail

namespace exception_detail {
// Each class's base as an index into exception_types (-1: the root, whose base is object).
enum class base_index : int {
  none = -1,
#define COIL_EXCEPTION(cpp_name, python_name, base) cpp_name,
#include <coil/runtime/exception_types.def>
};
inline constexpr base_index bases[] = {
#define COIL_EXCEPTION(cpp_name, python_name, base) base_index::base,
#include <coil/runtime/exception_types.def>
};
inline constexpr std::string_view names[] = {
#define COIL_EXCEPTION(cpp_name, python_name, base) #python_name,
#include <coil/runtime/exception_types.def>
};
}  // namespace exception_detail

inline std::array<type_object, exception_kind_count> make_exception_types() {
  using namespace exception_detail;
  std::array<type_object, exception_kind_count> types{};
  for (std::size_t i = 0; i < exception_kind_count; ++i) {
    type_object& t = types[i];
    t.type = &type_type;
    t.name = names[i];
    const int base = static_cast<int>(bases[i]);
    t.base = base < 0 ? &object_type : &exception_types[static_cast<std::size_t>(base)];
    t.layout = &vm::layout_of<exception_object>;
    t.construct = exception_construct;
    t.str = exception_str;
    t.get_attribute = exception_get_attribute;
    t.repr = exception_repr;
    t.hash = callable_detail::identity_hash;
    t.compare = callable_detail::identity_compare;
  }
  types[static_cast<std::size_t>(exception_kind::base_exception)].methods = base_exception_methods();
  // The groups: their own layout and constructor; ExceptionGroup is also an Exception.
  for (auto kind : {exception_kind::base_exception_group, exception_kind::exception_group}) {
    type_object& t = types[static_cast<std::size_t>(kind)];
    t.layout = &vm::layout_of<exception_group_object>;
    t.construct = exception_group_detail::construct_group;
    t.str = exception_group_detail::group_str;
  }
  types[static_cast<std::size_t>(exception_kind::base_exception_group)].methods = exception_group_detail::group_methods();
  types[static_cast<std::size_t>(exception_kind::exception_group)].second_base = &exception_types[static_cast<std::size_t>(exception_kind::exception)];
  // asyncio's, not a builtin: tracebacks print asyncio.exceptions.CancelledError.
  types[static_cast<std::size_t>(exception_kind::cancelled_error)].module_name = "asyncio.exceptions";
  return types;
}

}  // namespace coil::runtime
