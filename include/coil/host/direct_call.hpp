// The fast path of a host call: the script's positional arguments converted straight from the
// VM's values to the C++ parameter types (no coil::value, no host_arguments, no bound closure),
// and a sync function's result straight back to a VM value. make_external (external_binding.hpp)
// attaches one to every typed function it builds; the execution (host/execution.hpp) tries it
// first and falls back to `bind` whenever it declines.
//
// It declines, having called nothing, for anything but the plain call: keywords, a count other
// than the arity, or a value it does not convert itself (a big int, an int out of range, a value
// of the wrong type...). The general path then does the same work with CPython's error messages,
// so the fast path never needs to produce one, and a script sees the same outcome either way.
// Values that are not scalars or str (lists, dicts, coil::value parameters) go through the same
// deep copy as the general path (to_host, then conversion<T>), so every guarantee there holds:
// the depth bound, UTF-8 validation of host strings (str results pass str_from_host).
#pragma once

#include <coil/config.hpp>
#include <coil/host/external_binding.hpp>
#include <coil/host/external_function.hpp>
#include <coil/host/host_exception.hpp>
#include <coil/host/value_conversion.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/value.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/value.hpp>

#include <asio/awaitable.hpp>

#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace coil::host {

class direct_call {
 public:
  virtual ~direct_call() = default;
  // A sync function: converts `positional` and calls it. vm::value::unbound() when it declined
  // (nothing was called); otherwise the result, or raised() with the host's exception pending.
  virtual vm::value call(vm::interpreter& in, std::span<const vm::value> positional) const = 0;
  // An async function: the host coroutine for this call, not started yet, in `out`; false when
  // it declined. May throw std::bad_alloc (nothing was called then either).
  virtual bool start(vm::interpreter& in, std::span<const vm::value> positional,
                     asio::awaitable<coil::value>& out) const = 0;
};


// direct_conversion<T>: from(in, v, T&) -> bool (false: decline), to(in, T) -> vm::value.
// The general case is the general path's deep copy; the scalars and str below skip it.
template <class T>
struct direct_conversion {
  static bool from(vm::interpreter& in, vm::value v, T& out) {
    auto host = to_host(in, v);
    if (!host) return false;
    if constexpr (std::is_same_v<T, coil::value>) {
      out = std::move(*host);
      return true;
    } else {
      conversion_failure failure;
      return conversion<T>::from(*host, out, failure);
    }
  }
  template <class R>
  static vm::value to(vm::interpreter& in, R&& result) {
    return from_host(in, conversion<T>::to(std::forward<R>(result)));
  }
};

template <>
struct direct_conversion<bool> {
  static bool from(vm::interpreter&, vm::value v, bool& out) {
    if (!v.is_bool()) return false;
    out = v.is_true();
    return true;
  }
  static vm::value to(vm::interpreter&, bool b) { return vm::value::from_bool(b); }
};

template <binding_detail::host_integer T>
struct direct_conversion<T> {
  static bool from(vm::interpreter&, vm::value v, T& out) {
    if (v.is_bool()) {
      out = v.is_true() ? 1 : 0;
      return true;
    }
    if (!v.is_small_int()) return false;  // a big int: the general path checks its range
    const std::int64_t i = v.as_small_int();
    if (i < static_cast<std::int64_t>(std::numeric_limits<T>::min())) return false;
    if (i > 0 && static_cast<std::uint64_t>(i) > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) return false;
    out = static_cast<T>(i);
    return true;
  }
  static vm::value to(vm::interpreter& in, T i) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) {
      if (i > static_cast<T>(std::numeric_limits<std::int64_t>::max())) return from_host(in, coil::value(i));
    }
    return in.make_int(static_cast<std::int64_t>(i));
  }
};

template <binding_detail::host_float T>
struct direct_conversion<T> {
  static bool from(vm::interpreter&, vm::value v, T& out) {
    if (v.is_double()) out = static_cast<T>(v.as_double());
    else if (v.is_small_int()) out = static_cast<T>(static_cast<double>(v.as_small_int()));
    else if (v.is_bool()) out = v.is_true() ? T(1) : T(0);
    else return false;
    return true;
  }
  static vm::value to(vm::interpreter&, T d) { return vm::value::from_double(static_cast<double>(d)); }
};

namespace direct_detail {
inline const runtime::str_object* exact_str(vm::interpreter& in, vm::value v) {
  if (!v.is_object() || in.type_of(v) != &runtime::str_type) return nullptr;
  return static_cast<const runtime::str_object*>(v.as_object());
}
}  // namespace direct_detail

template <>
struct direct_conversion<std::string> {
  static bool from(vm::interpreter& in, vm::value v, std::string& out) {
    const auto* s = direct_detail::exact_str(in, v);
    if (s == nullptr) return false;
    out.assign(s->view());
    return true;
  }
  static vm::value to(vm::interpreter& in, const std::string& s) { return str_from_host(in, s); }
};

// Only for a sync call's parameter: the view is into the script's str, which stays alive and
// unmoved while the host function runs (nothing can collect until the call returns).
template <>
struct direct_conversion<std::string_view> {
  static bool from(vm::interpreter& in, vm::value v, std::string_view& out) {
    const auto* s = direct_detail::exact_str(in, v);
    if (s == nullptr) return false;
    out = s->view();
    return true;
  }
};

template <class T>
struct direct_conversion<std::optional<T>> {
  static bool from(vm::interpreter& in, vm::value v, std::optional<T>& out) {
    if (v.is_none()) {
      out.reset();
      return true;
    }
    T converted{};
    if (!direct_conversion<T>::from(in, v, converted)) return false;
    out = std::move(converted);
    return true;
  }
  template <class O>
  static vm::value to(vm::interpreter& in, O&& o) {
    if (!o) return vm::value::none();
    return direct_conversion<T>::to(in, binding_detail::element_of<O>(*o));
  }
};

namespace direct_detail {

// A sync call's parameters are held as they are passed (a string_view views the script's str);
// an async call's outlive the call expression, so they are the general path's storage.
template <class A, bool IsAsync>
using storage_t = std::conditional_t<!IsAsync && std::is_same_v<std::remove_cvref_t<A>, std::string_view>,
                                     std::string_view, parameter_storage_t<A>>;

template <class Arguments, bool IsAsync>
struct storage_of;
template <class... A, bool IsAsync>
struct storage_of<std::tuple<A...>, IsAsync> {
  using type = std::tuple<storage_t<A, IsAsync>...>;
};

template <class Storage, std::size_t... I>
bool convert_all(vm::interpreter& in, std::span<const vm::value> positional, Storage& stored, std::index_sequence<I...>) {
  return (direct_conversion<std::tuple_element_t<I, Storage>>::from(in, positional[I], std::get<I>(stored)) && ...);
}

}  // namespace direct_detail

template <class Function, class Arguments, class Result, bool IsAsync>
class typed_direct_call final : public direct_call {
 public:
  explicit typed_direct_call(std::shared_ptr<Function> function) : function_(std::move(function)) {}

  vm::value call(vm::interpreter& in, std::span<const vm::value> positional) const override {
    if constexpr (IsAsync) {
      return vm::value::unbound();
    } else {
      if (positional.size() != arity) return vm::value::unbound();
      try {
        typename direct_detail::storage_of<Arguments, false>::type stored;
        if (!direct_detail::convert_all(in, positional, stored, sequence{})) return vm::value::unbound();
        return invoke(in, stored, sequence{});
      } catch (...) {
        return raise_host_exception(in, std::current_exception());
      }
    }
  }

  bool start(vm::interpreter& in, std::span<const vm::value> positional, asio::awaitable<coil::value>& out) const override {
    if constexpr (!IsAsync) {
      return false;
    } else {
      if (positional.size() != arity) return false;
      typename direct_detail::storage_of<Arguments, true>::type stored;
      if (!direct_detail::convert_all(in, positional, stored, sequence{})) return false;
      out = binding_detail::invoke_async<Result, Arguments>(function_, std::move(stored), sequence{});
      return true;
    }
  }

 private:
  static constexpr std::size_t arity = std::tuple_size_v<Arguments>;
  using sequence = std::make_index_sequence<arity>;

  template <class Storage, std::size_t... I>
  vm::value invoke(vm::interpreter& in, Storage& stored, std::index_sequence<I...>) const {
    if constexpr (std::is_void_v<Result>) {
      std::invoke(*function_, binding_detail::pass_argument<std::tuple_element_t<I, Arguments>>(std::get<I>(stored))...);
      return vm::value::none();
    } else {
      return direct_conversion<std::remove_cvref_t<Result>>::to(
          in, std::invoke(*function_, binding_detail::pass_argument<std::tuple_element_t<I, Arguments>>(std::get<I>(stored))...));
    }
  }

  std::shared_ptr<Function> function_;
};

template <class Function, class Arguments, class Result, bool IsAsync>
std::shared_ptr<const direct_call> make_direct_call(std::shared_ptr<Function> function) {
  return std::make_shared<typed_direct_call<Function, Arguments, Result, IsAsync>>(std::move(function));
}

}  // namespace coil::host
