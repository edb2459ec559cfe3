// The typed side of host functions: from a C++ callable (`R(Args...)` or
// `asio::awaitable<R>(Args...)`) it builds a type-erased host::external_function whose `bind`
// checks the script's arguments the way CPython checks a call to a typed Python function, converts
// them from coil::value to the C++ parameter types, and whose run converts the result back. The
// same C++ types give the Python stub line (`def f(x: list[int]) -> str: ...`).
//
// Conventions (a typed Python function's, as a checker like pydantic's strict mode would apply):
//   bool       accepts bool only                        int   accepts int and bool (bool is an int)
//   float      accepts float, int and bool               str   accepts str (not bytes)
//   list[T]    std::vector<T>, accepts list or tuple     dict[str, T]  std::map / std::unordered_map
//   tuple[..]  std::tuple / std::pair, accepts a tuple or list of that length
//   T | None   std::optional<T>; a trailing run of optionals may be omitted (default None)
//   object     coil::value, anything, moved in unconverted
// An int that does not fit the C++ integer type is an OverflowError; std::string_view is accepted
// as a top-level parameter (it views the converted string, alive for the whole call). Non-template
// parts (argument matching, messages, stubs) are in impl/external_binding.ipp.
#pragma once

#include <coil/config.hpp>
#include <coil/exception.hpp>
#include <coil/host/external_function.hpp>
#include <coil/value.hpp>

#include <asio/any_io_executor.hpp>
#include <asio/awaitable.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace coil::host {

// Why an argument did not convert; the binder prefixes "f() argument 'x'" to make the message.
struct conversion_failure {
  std::string type = "TypeError";
  std::string path;    // where inside the argument, outermost first: "[2]", "['key']", " key 3"
  std::string detail;  // "must be float, not str"
};

// The parameters of one external as the script sees them.
struct parameter_list {
  std::string function;            // for messages: "get_temp"
  std::vector<std::string> names;  // the names given to add(), or arg0, arg1, ... when none were
  bool accepts_keywords = false;   // names were given, so keywords bind by them
  std::size_t required = 0;        // the leading parameters without a default (the rest are optional)
};

// Validates the names given to externals::add (count, identifiers, duplicates) and fills in
// arg0, arg1, ... when there are none; throws std::invalid_argument.
COIL_DECL parameter_list make_parameter_list(std::string function, std::vector<std::string> names, std::size_t arity,
                                             std::size_t trailing_optionals);
// CPython's binding of a call to a function's parameters: slots[i] points at the value given for
// parameter i, or is null when it was omitted (only possible for an optional one). Throws
// coil::exception("TypeError", ...) worded as CPython words it.
COIL_DECL void match_arguments(const parameter_list& parameters, host_arguments& arguments, coil::value** slots);
[[noreturn]] COIL_DECL void throw_conversion_failure(const parameter_list& parameters, std::size_t index,
                                                     conversion_failure&& failure);
// "async def f(a: int, b: str | None = None, /) -> list[int]: ..."
COIL_DECL std::string make_stub(const parameter_list& parameters, bool is_async, const std::vector<std::string>& types,
                                std::string_view result_type);
// A short repr of a dict key for error paths (long reprs are cut).
COIL_DECL std::string key_repr_for_message(const coil::value& key);

namespace binding_detail {

template <class T>
inline constexpr bool dependent_false = false;

template <class T>
concept host_integer = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char> &&
                       !std::same_as<T, wchar_t> && !std::same_as<T, char8_t> && !std::same_as<T, char16_t> &&
                       !std::same_as<T, char32_t>;

template <class T>
concept host_float = std::same_as<T, double> || std::same_as<T, float>;

}  // namespace binding_detail

// conversion<T>: append_python_type(out), from(value, T&, failure) -> bool, to(T) -> value.
template <class T>
struct conversion {
  static_assert(binding_detail::dependent_false<T>,
                "coil::externals: unsupported parameter or result type; use bool, an integer, double, std::string, "
                "std::vector<T>, std::map/unordered_map<std::string, T>, std::optional<T>, std::tuple<...> or "
                "coil::value (std::string_view only as a top-level parameter)");
};

template <class T>
std::string python_type_name() {
  std::string out;
  conversion<T>::append_python_type(out);
  return out;
}

namespace binding_detail {

template <class T>
bool mismatch(const value& v, conversion_failure& failure) {
  failure.detail = "must be " + python_type_name<T>() + ", not " + std::string(kind_name(v.kind()));
  return false;
}

// Moves from an rvalue container's element, copies from an lvalue's.
template <class Container, class Element>
decltype(auto) element_of(Element& e) {
  if constexpr (std::is_lvalue_reference_v<Container>)
    return static_cast<const Element&>(e);
  else
    return std::move(e);
}

}  // namespace binding_detail

template <>
struct conversion<bool> {
  static void append_python_type(std::string& out) { out += "bool"; }
  static bool from(const value& v, bool& out, conversion_failure& failure) {
    if (v.kind() != value::kind::boolean) return binding_detail::mismatch<bool>(v, failure);
    out = *v.as<bool>();
    return true;
  }
  static value to(bool b) { return value(b); }
};

template <binding_detail::host_integer T>
struct conversion<T> {
  static void append_python_type(std::string& out) { out += "int"; }
  static bool from(const value& v, T& out, conversion_failure& failure) {
    if (v.kind() == value::kind::boolean) {
      out = *v.as<bool>() ? 1 : 0;
      return true;
    }
    if (v.kind() != value::kind::integer) return binding_detail::mismatch<T>(v, failure);
    const runtime::big_int& i = v.integer();
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) {
      // Beyond int64: a non-negative int of one 64-bit limb still fits.
      if (!i.is_negative() && i.limb_count() <= 1) {
        out = static_cast<T>(i.is_zero() ? 0 : i.limbs()[0]);
        return true;
      }
    } else if (auto small = i.to_int64()) {
      if (*small >= static_cast<std::int64_t>(std::numeric_limits<T>::min()) &&
          (*small <= 0 ||
           static_cast<std::uint64_t>(*small) <= static_cast<std::uint64_t>(std::numeric_limits<T>::max()))) {
        out = static_cast<T>(*small);
        return true;
      }
    }
    failure.type = "OverflowError";
    failure.detail = "must be between " + std::to_string(std::numeric_limits<T>::min()) + " and " +
                     std::to_string(std::numeric_limits<T>::max());
    return false;
  }
  static value to(T i) { return value(i); }
};

template <binding_detail::host_float T>
struct conversion<T> {
  static void append_python_type(std::string& out) { out += "float"; }
  static bool from(const value& v, T& out, conversion_failure& failure) {
    const auto k = v.kind();
    if (k != value::kind::floating && k != value::kind::integer && k != value::kind::boolean)
      return binding_detail::mismatch<T>(v, failure);
    auto d = v.as<double>();
    if (!d) {  // an int beyond the double range: CPython's float(int) OverflowError
      failure.type = "OverflowError";
      failure.detail = "is an int too large to convert to float";
      return false;
    }
    out = static_cast<T>(*d);
    return true;
  }
  static value to(T d) { return value(static_cast<double>(d)); }
};

template <>
struct conversion<std::string> {
  static void append_python_type(std::string& out) { out += "str"; }
  static bool from(const value& v, std::string& out, conversion_failure& failure) {
    if (v.kind() != value::kind::string) return binding_detail::mismatch<std::string>(v, failure);
    out = v.text();
    return true;
  }
  static value to(std::string s) { return value(std::move(s)); }
};

template <>
struct conversion<coil::value> {
  static void append_python_type(std::string& out) { out += "object"; }
  static bool from(const value& v, value& out, conversion_failure&) {
    out = v;
    return true;
  }
  static value to(value v) { return v; }
};

template <class T, class Allocator>
struct conversion<std::vector<T, Allocator>> {
  static void append_python_type(std::string& out) {
    out += "list[";
    conversion<T>::append_python_type(out);
    out += ']';
  }
  static bool from(const value& v, std::vector<T, Allocator>& out, conversion_failure& failure) {
    if (v.kind() != value::kind::list && v.kind() != value::kind::tuple)
      return binding_detail::mismatch<std::vector<T, Allocator>>(v, failure);
    const auto& items = v.items();
    out.clear();
    out.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      T item{};
      if (!conversion<T>::from(items[i], item, failure)) {
        failure.path.insert(0, "[" + std::to_string(i) + "]");
        return false;
      }
      out.push_back(std::move(item));
    }
    return true;
  }
  template <class Vector>
  static value to(Vector&& xs) {
    std::vector<value> items;
    items.reserve(xs.size());
    for (auto&& x : xs) items.push_back(conversion<T>::to(binding_detail::element_of<Vector>(x)));
    return value::list(std::move(items));
  }
};

namespace binding_detail {

template <class Map, class T>
struct map_conversion {
  static void append_python_type(std::string& out) {
    out += "dict[str, ";
    conversion<T>::append_python_type(out);
    out += ']';
  }
  static bool from(const value& v, Map& out, conversion_failure& failure) {
    if (v.kind() != value::kind::dict) return mismatch<Map>(v, failure);
    out.clear();
    for (const auto& [key, item] : v.entries()) {
      if (key.kind() != value::kind::string) {
        failure.path = " key " + key_repr_for_message(key);
        failure.detail = "must be str, not " + std::string(kind_name(key.kind()));
        return false;
      }
      T converted{};
      if (!conversion<T>::from(item, converted, failure)) {
        failure.path.insert(0, "[" + key_repr_for_message(key) + "]");
        return false;
      }
      out.insert_or_assign(key.text(), std::move(converted));
    }
    return true;
  }
  template <class M>
  static value to(M&& m) {
    std::vector<std::pair<value, value>> entries;
    entries.reserve(m.size());
    for (auto&& [key, item] : m) entries.emplace_back(value(key), conversion<T>::to(element_of<M>(item)));
    return value::dict(std::move(entries));
  }
};

template <class Tuple, class... Ts>
struct tuple_conversion {
  static void append_python_type(std::string& out) {
    out += "tuple[";
    if constexpr (sizeof...(Ts) == 0) {
      out += "()";
    } else {
      bool first = true;
      ((out += first ? "" : ", ", first = false, conversion<Ts>::append_python_type(out)), ...);
    }
    out += ']';
  }
  static bool from(const value& v, Tuple& out, conversion_failure& failure) {
    if (v.kind() != value::kind::tuple && v.kind() != value::kind::list) return mismatch<Tuple>(v, failure);
    const auto& items = v.items();
    if (items.size() != sizeof...(Ts)) {
      failure.detail = "must be " + python_type_name<Tuple>() + ", not a " + std::string(kind_name(v.kind())) + " of " +
                       std::to_string(items.size()) + (items.size() == 1 ? " item" : " items");
      return false;
    }
    return from_items(items, out, failure, std::index_sequence_for<Ts...>{});
  }
  template <class T>
  static value to(T&& t) {
    return to_items(std::forward<T>(t), std::index_sequence_for<Ts...>{});
  }

 private:
  template <std::size_t... I>
  static bool from_items(const std::vector<value>& items, Tuple& out, conversion_failure& failure,
                         std::index_sequence<I...>) {
    [[maybe_unused]] auto one = [&](auto index, auto& element) {
      using element_type = std::remove_cvref_t<decltype(element)>;
      if (conversion<element_type>::from(items[index], element, failure)) return true;
      failure.path.insert(0, "[" + std::to_string(std::size_t(index)) + "]");
      return false;
    };
    return (one(std::integral_constant<std::size_t, I>{}, std::get<I>(out)) && ...);
  }
  template <class T, std::size_t... I>
  static value to_items(T&& t, std::index_sequence<I...>) {
    std::vector<value> items;
    items.reserve(sizeof...(Ts));
    (items.push_back(conversion<Ts>::to(element_of<T>(std::get<I>(t)))), ...);
    return value::tuple(std::move(items));
  }
};

}  // namespace binding_detail

template <class T, class Compare, class Allocator>
struct conversion<std::map<std::string, T, Compare, Allocator>>
    : binding_detail::map_conversion<std::map<std::string, T, Compare, Allocator>, T> {};
template <class T, class Hash, class Equal, class Allocator>
struct conversion<std::unordered_map<std::string, T, Hash, Equal, Allocator>>
    : binding_detail::map_conversion<std::unordered_map<std::string, T, Hash, Equal, Allocator>, T> {};
template <class... Ts>
struct conversion<std::tuple<Ts...>> : binding_detail::tuple_conversion<std::tuple<Ts...>, Ts...> {};
template <class A, class B>
struct conversion<std::pair<A, B>> : binding_detail::tuple_conversion<std::pair<A, B>, A, B> {};

template <class T>
struct conversion<std::optional<T>> {
  static void append_python_type(std::string& out) {
    conversion<T>::append_python_type(out);
    out += " | None";
  }
  static bool from(const value& v, std::optional<T>& out, conversion_failure& failure) {
    if (v.is_none()) {
      out.reset();
      return true;
    }
    T converted{};
    if (!conversion<T>::from(v, converted, failure)) {
      // A plain type mismatch names the whole parameter type, T | None, as CPython would.
      const std::string not_part = ", not " + std::string(kind_name(v.kind()));
      if (failure.path.empty() && failure.detail == "must be " + python_type_name<T>() + not_part)
        failure.detail = "must be " + python_type_name<std::optional<T>>() + not_part;
      return false;
    }
    out = std::move(converted);
    return true;
  }
  template <class O>
  static value to(O&& o) {
    if (!o) return value();
    return conversion<T>::to(binding_detail::element_of<O>(*o));
  }
};

// ---- the callable's signature ----

template <class T, class = void>
struct callable_signature {
  static constexpr bool deducible = false;
};
template <class R, class... A>
struct callable_signature<R (*)(A...), void> {
  static constexpr bool deducible = true;
  using result = R;
  using arguments = std::tuple<A...>;
};
template <class R, class... A>
struct callable_signature<R (*)(A...) noexcept, void> : callable_signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct callable_signature<R (C::*)(A...), void> : callable_signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct callable_signature<R (C::*)(A...) const, void> : callable_signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct callable_signature<R (C::*)(A...) noexcept, void> : callable_signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct callable_signature<R (C::*)(A...) const noexcept, void> : callable_signature<R (*)(A...)> {};
// A lambda or function object with exactly one, non-template operator().
template <class T>
struct callable_signature<T, std::void_t<decltype(&T::operator())>> : callable_signature<decltype(&T::operator())> {};

template <class R>
struct awaited_result {
  static constexpr bool is_awaitable = false;
  using type = R;
};
template <class R, class Executor>
struct awaited_result<asio::awaitable<R, Executor>> {
  static_assert(std::is_same_v<Executor, asio::any_io_executor>,
                "coil::externals: an async external must return asio::awaitable<R> with the default executor");
  static constexpr bool is_awaitable = true;
  using type = R;
};

// What a parameter is stored as between binding and the call: a string_view views a std::string.
template <class A>
using parameter_storage_t =
    std::conditional_t<std::is_same_v<std::remove_cvref_t<A>, std::string_view>, std::string, std::remove_cvref_t<A>>;

template <class T>
inline constexpr bool is_optional_v = false;
template <class T>
inline constexpr bool is_optional_v<std::optional<T>> = true;

namespace binding_detail {

// How a stored argument is handed to the host function: a view of it, a reference to it, or moved.
template <class A, class Stored>
decltype(auto) pass_argument(Stored& stored) {
  if constexpr (std::is_same_v<std::remove_cvref_t<A>, std::string_view>)
    return std::string_view(stored);
  else if constexpr (std::is_lvalue_reference_v<A>)
    return static_cast<Stored&>(stored);
  else
    return std::move(stored);
}

template <class Arguments>
struct arguments_of;
template <class... A>
struct arguments_of<std::tuple<A...>> {
  using storage = std::tuple<parameter_storage_t<A>...>;
  static constexpr std::size_t arity = sizeof...(A);
  static constexpr std::size_t trailing_optionals() {
    constexpr std::array<bool, sizeof...(A) + 1> optional{is_optional_v<parameter_storage_t<A>>..., false};
    std::size_t n = 0;
    while (n < sizeof...(A) && optional[sizeof...(A) - 1 - n]) ++n;
    return n;
  }
  static std::vector<std::string> python_types() { return {python_type_name<parameter_storage_t<A>>()...}; }
};

template <class T>
std::string result_type_name() {
  if constexpr (std::is_void_v<T>)
    return "None";
  else
    return python_type_name<std::remove_cvref_t<T>>();
}

template <class S>
void convert_argument(const parameter_list& parameters, std::size_t index, value* given, S& out) {
  if (given == nullptr) return;  // an omitted optional parameter: stays std::nullopt
  if constexpr (std::is_same_v<S, value>) {
    out = std::move(*given);
  } else {
    conversion_failure failure;
    if (!conversion<S>::from(*given, out, failure)) throw_conversion_failure(parameters, index, std::move(failure));
  }
}

template <class Result, class Arguments, class Function, class Storage, std::size_t... I>
value invoke_sync(Function& function, Storage& stored, std::index_sequence<I...>) {
  if constexpr (std::is_void_v<Result>) {
    std::invoke(function, pass_argument<std::tuple_element_t<I, Arguments>>(std::get<I>(stored))...);
    return value();
  } else {
    return conversion<std::remove_cvref_t<Result>>::to(
        std::invoke(function, pass_argument<std::tuple_element_t<I, Arguments>>(std::get<I>(stored))...));
  }
}

// A coroutine taking everything by value, so the converted arguments live in its frame for as long
// as the host coroutine runs (references and views into them stay valid across its awaits).
template <class Result, class Arguments, class Function, class Storage, std::size_t... I>
asio::awaitable<value> invoke_async(std::shared_ptr<Function> function, Storage stored, std::index_sequence<I...>) {
  // Named, not awaited inside one expression: GCC 12 destroys temporaries of a co_await operand twice.
  auto running = std::invoke(*function, pass_argument<std::tuple_element_t<I, Arguments>>(std::get<I>(stored))...);
  if constexpr (std::is_void_v<Result>) {
    co_await std::move(running);
    co_return value();
  } else {
    auto result = co_await std::move(running);
    co_return conversion<std::remove_cvref_t<Result>>::to(std::move(result));
  }
}

template <class Arguments, class Storage, std::size_t... I>
void convert_arguments(const parameter_list& parameters, value** slots, Storage& stored, std::index_sequence<I...>) {
  (convert_argument(parameters, I, slots[I], std::get<I>(stored)), ...);
}

}  // namespace binding_detail

// Defined in host/direct_call.hpp (included at the end of this file).
template <class Function, class Arguments, class Result, bool IsAsync>
std::shared_ptr<const direct_call> make_direct_call(std::shared_ptr<Function> function);

// The external_function for `fn`, without policies (see call_policies.hpp). `names` are the
// parameter names keywords bind by (empty: positional only); a wrong count, a name that is not a
// Python identifier or a repeated name throws std::invalid_argument.
template <class F>
external_function make_external(std::string name, F&& fn, std::vector<std::string> names) {
  using function_type = std::decay_t<F>;
  using signature = callable_signature<function_type>;
  static_assert(signature::deducible,
                "coil::externals: cannot deduce the signature of this callable (a generic lambda, an overloaded "
                "operator() or a variadic function?); wrap it in a lambda with explicit parameter types");
  using arguments = typename signature::arguments;
  using argument_traits = binding_detail::arguments_of<arguments>;
  using storage = typename argument_traits::storage;
  using awaited = awaited_result<typename signature::result>;
  using result = typename awaited::type;
  constexpr std::size_t arity = argument_traits::arity;
  static_assert(!std::is_same_v<std::remove_cvref_t<result>, std::string_view>,
                "coil::externals: a std::string_view result would dangle; return std::string");

  auto parameters = std::make_shared<const parameter_list>(
      make_parameter_list(name, std::move(names), arity, argument_traits::trailing_optionals()));
  external_function out;
  out.is_async = awaited::is_awaitable;
  out.stub = make_stub(*parameters, awaited::is_awaitable, argument_traits::python_types(),
                       binding_detail::result_type_name<result>());
  out.name = std::move(name);
  auto function = std::make_shared<function_type>(std::forward<F>(fn));
  out.direct = make_direct_call<function_type, arguments, result, awaited::is_awaitable>(function);
  out.bind = [function = std::move(function), parameters = std::move(parameters)](host_arguments&& given) -> bound_call {
    std::array<value*, arity == 0 ? 1 : arity> slots{};
    match_arguments(*parameters, given, slots.data());
    storage stored;
    binding_detail::convert_arguments<arguments>(*parameters, slots.data(), stored, std::make_index_sequence<arity>{});
    bound_call call;
    if constexpr (awaited::is_awaitable) {
      call.run_async = [function, stored = std::move(stored)]() mutable {
        return binding_detail::invoke_async<result, arguments>(function, std::move(stored),
                                                              std::make_index_sequence<arity>{});
      };
    } else {
      call.run_sync = [function, stored = std::move(stored)]() mutable {
        return binding_detail::invoke_sync<result, arguments>(*function, stored, std::make_index_sequence<arity>{});
      };
    }
    return call;
  };
  return out;
}

}  // namespace coil::host

#include <coil/host/direct_call.hpp>

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/host/impl/external_binding.ipp>
#endif
