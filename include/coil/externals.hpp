// coil::externals: the host functions a script may call, each registered from an ordinary C++
// callable (DESIGN.md § 3). Arguments and results convert between coil::value and the C++ types
// automatically; calls are checked like calls to a typed Python function, with CPython's TypeError
// messages; stubs() describes every function as Python stubs, ready for an LLM prompt:
//
//   coil::externals tools;
//   tools.add("get_temp", get_temp, {"lat", "lng"});          // asio::awaitable<double>(double, double)
//   tools.add("lookup", lookup, {"key"}, {.offload = &pool});  // a blocking function, run on a pool
//   tools.stubs();  // "async def get_temp(lat: float, lng: float) -> float: ...\n..."
//
// Supported parameter and result types, the conversions and the policies are described in
// coil/host/external_binding.hpp and coil/host/call_policies.hpp. The VM reaches functions by
// index (find, at) and calls them through host::external_function::bind. An externals object is
// not modified while runs use it; runs on several threads may share it (the policies' state is
// synchronised).
#pragma once

#include <coil/config.hpp>
#include <coil/exception.hpp>
#include <coil/host/call_policies.hpp>
#include <coil/host/external_binding.hpp>
#include <coil/host/external_function.hpp>
#include <coil/value.hpp>

#include <asio/thread_pool.hpp>

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coil {

struct external_options {  // per-function host policies; any of them makes the function async for the script
  // Run a blocking sync function on this pool and resume on the caller's executor; the script
  // sees an async function (like asyncio.to_thread). The pool must outlive the runs.
  asio::thread_pool* offload = nullptr;
  // At most this many calls of this function run at once, across every run using this externals
  // object; the others wait in arrival order.
  std::optional<std::size_t> max_concurrent;
  // Per call, from the moment it holds its max_concurrent slot: expiry cancels the call (Asio
  // cancellation) and raises TimeoutError("f() timed out after 250ms") in the script. Needs an
  // async or offloaded function.
  std::optional<std::chrono::milliseconds> timeout;
};

class externals {
 public:
  // Registers `fn` (a function, lambda or function object with one non-template operator(),
  // returning R or asio::awaitable<R>) as `name`. `parameter_names` are the names keywords bind
  // by; without them the parameters are positional-only (arg0, arg1, ... in stubs and messages).
  // Throws std::invalid_argument for a wrong number of names, a name that is not a Python
  // identifier, a name registered twice, or policies that cannot apply (see call_policies.hpp).
  template <class F>
  externals& add(std::string name, F&& fn, std::vector<std::string> parameter_names = {},
                 external_options options = {}) {
    return add_function(host::make_external(std::move(name), std::forward<F>(fn), std::move(parameter_names)),
                        options);
  }
  // Registers an already type-erased function (e.g. one with a hand-written bind).
  COIL_DECL externals& add_function(host::external_function fn, const external_options& options = {});

  COIL_DECL std::string stubs() const;  // one stub line per function, in registration order, each ending in '\n'
  std::size_t size() const { return functions_.size(); }
  const host::external_function& at(std::size_t index) const { return functions_.at(index); }
  COIL_DECL std::optional<std::size_t> find(std::string_view name) const;

 private:
  std::vector<host::external_function> functions_;
  std::map<std::string, std::size_t, std::less<>> index_;
};

}  // namespace coil

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/impl/externals.ipp>
#endif
