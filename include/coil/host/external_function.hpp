// One registered host function as the VM sees it, with every C++ type erased: its name, whether
// the script must await it, its Python stub line, and `bind`, which checks the script's arguments
// against the C++ signature and returns the call ready to run. The typed machinery that builds
// these lives in host/external_binding.hpp (argument conversion) and host/call_policies.hpp
// (offload, concurrency cap, timeout); the registry is coil::externals (coil/externals.hpp).
#pragma once

#include <coil/value.hpp>

#include <asio/awaitable.hpp>

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace coil::host {

class direct_call;  // host/direct_call.hpp

// The arguments of one call from the script, already deep-copied out of the VM's heap.
struct host_arguments {
  std::vector<coil::value> positional;
  std::vector<std::pair<std::string, coil::value>> keywords;  // in call order
};

// A call whose arguments are checked and converted. Exactly one member is set; it runs the call
// once (the converted arguments are moved into the host function, so a second run is invalid).
// Exceptions thrown by the host function come out of run_sync() / the awaitable unchanged.
struct bound_call {
  std::function<coil::value()> run_sync;                    // a plain (sync) external: call inline
  std::function<asio::awaitable<coil::value>()> run_async;  // an async external, or one run under a policy
};

struct external_function {
  std::string name;
  bool is_async = false;  // the script sees `async def`: calling it returns an awaitable; run_async is set
  std::string stub;       // one line, no newline: "async def get_temp(lat: float, lng: float) -> float: ..."
  // Checks and converts the script's arguments. Throws coil::exception("TypeError", ...) with
  // CPython's wording for a wrong arity, an unknown or repeated keyword, or a value of the wrong
  // type, and coil::exception("OverflowError", ...) for an int that does not fit the C++ type.
  std::function<bound_call(host_arguments&&)> bind;
  // The fast path for plain positional calls (host/direct_call.hpp), or null. When set it must
  // behave exactly as `bind` followed by the run: make_external sets it, apply_policies drops it
  // (a policy wraps bind), and a hand-made function has none unless its author provides one.
  std::shared_ptr<const direct_call> direct;
};

}  // namespace coil::host
