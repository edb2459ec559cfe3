// Definitions for host/host_exception.hpp.
#pragma once

#include <coil/exception.hpp>
#include <coil/host/host_exception.hpp>
#include <coil/runtime/builtin_types.hpp>

#include <span>

namespace coil::host {

COIL_DECL host_exception_text describe_host_exception(std::exception_ptr e) {
  host_exception_text out;
  try {
    std::rethrow_exception(e);
  } catch (const coil::exception& x) {
    out.type = x.type();
    out.message = x.message();
  } catch (const std::exception& x) {
    out.type = "RuntimeError";
    out.message = x.what();
  } catch (...) {
    out.type = "RuntimeError";
    out.message = "unknown C++ exception in a host function";
  }
  return out;
}

COIL_DECL vm::value make_host_exception(vm::interpreter& in, std::string_view type, std::string_view message) {
  runtime::type_object* found = nullptr;
  for (auto& t : runtime::exception_types)
    if (t.name == type) found = &t;
  std::string text(message);
  if (found == nullptr) {
    found = runtime::exception_type(runtime::exception_kind::runtime_error);
    text = std::string(type) + ": " + text;
  }
  vm::value argument = in.make_str(text);
  auto root = in.root(argument);
  vm::value e = in.call(vm::value::from_object(found), std::span<const vm::value>(&argument, 1));
  if (e.is_raised()) return in.take_pending_exception();
  return e;
}

COIL_DECL vm::value raise_host_exception(vm::interpreter& in, std::exception_ptr e) {
  host_exception_text text = describe_host_exception(std::move(e));
  return in.raise_exception(make_host_exception(in, text.type, text.message));
}

}  // namespace coil::host
