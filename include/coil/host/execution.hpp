// One run of a program as the host drives it: the interpreter, the run's external functions
// bound as globals, and the host calls the script has made. The Asio driver (coil/run.hpp)
// advances it, starts the async calls it collects and feeds their outcomes back.
//
// Host values cross here only as coil::value deep copies (host/value_conversion.hpp), and C++
// exceptions from host functions stop here: coil::exception becomes the named Python exception,
// any other std::exception a RuntimeError.
#pragma once

#include <coil/config.hpp>
#include <coil/error.hpp>
#include <coil/externals.hpp>
#include <coil/host/external_function.hpp>
#include <coil/host/host_exception.hpp>
#include <coil/program.hpp>
#include <coil/run_options.hpp>
#include <coil/value.hpp>
#include <coil/vm/interpreter.hpp>

#include <asio/awaitable.hpp>

#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace coil::host {

// A host call the script made to an async external and that has not been started yet: the host
// coroutine made by the fast path (host/direct_call.hpp), or else the bound call that makes it.
struct started_call {
  std::uint64_t call_id = 0;
  bound_call call;
  asio::awaitable<coil::value> ready;
  // The host coroutine; call once.
  asio::awaitable<coil::value> take() { return ready.valid() ? std::move(ready) : call.run_async(); }
};

// The outcome of a host call, as the host produced it.
struct call_outcome {
  std::uint64_t call_id = 0;
  coil::value result;
  bool failed = false;     // then `type` and `message` name the exception to raise in the script
  std::string type;
  std::string message;
};

class execution final : public vm::host_bridge {
 public:
  COIL_DECL execution(const program& p, const externals& tools, run_options options);
  execution(const execution&) = delete;
  execution& operator=(const execution&) = delete;

  // Runs the script until it finishes (true: the result is ready) or waits (false).
  COIL_DECL bool advance();
  COIL_DECL result<coil::value> outcome();
  // The async calls made since the last time, to start now.
  std::vector<started_call> take_new_calls() { return std::exchange(new_calls_, {}); }
  // The same into `into` (cleared first), keeping both vectors' capacity for the next calls.
  void take_new_calls(std::vector<started_call>& into) {
    into.clear();
    into.swap(new_calls_);
  }
  bool has_new_calls() const { return !new_calls_.empty(); }
  std::vector<std::uint64_t> take_cancelled_calls() { return std::exchange(cancelled_calls_, {}); }
  COIL_DECL void deliver(call_outcome outcome);
  COIL_DECL void deliver_result(std::uint64_t call_id, const coil::value& result);  // a success, without a call_outcome
  // Ends the run as its duration limit passing does.
  COIL_DECL void expire();
  vm::interpreter& interpreter() { return *interpreter_; }
  const run_options& options() const { return options_; }

  COIL_DECL vm::value call_external(vm::interpreter& in, std::size_t index, const runtime::call_arguments& args) override;
  void cancel_host_call(std::uint64_t call_id) override { cancelled_calls_.push_back(call_id); }

 private:
  program program_;
  const externals& tools_;
  run_options options_;
  std::unique_ptr<vm::interpreter> interpreter_;
  std::vector<started_call> new_calls_;
  std::vector<std::uint64_t> cancelled_calls_;
  vm::value result_ = vm::value::none();
  bool input_failed_ = false;
};

// (make_host_exception and raise_host_exception are in host/host_exception.hpp.)
// The call_outcome of a failed host call, from the exception it threw.
COIL_DECL call_outcome outcome_of_exception(std::uint64_t call_id, std::exception_ptr e);

}  // namespace coil::host

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/host/impl/execution.ipp>
#endif
