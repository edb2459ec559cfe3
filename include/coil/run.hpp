// Running a compiled program (DESIGN.md § 3).
//
// `co_await coil::run(program, tools, options)` runs the script on the caller's executor: the
// script's tasks run between Asio operations, every async host call it makes is started at once
// with co_spawn on that executor (so `asyncio.gather` of host calls runs them concurrently), and
// asyncio.sleep is a timer there too. The result is the value of the script's last expression
// statement (None when the last statement is not an expression; its repr() as a str when the
// value has no host form, like a function or an exception object), or the error that ended it:
// an uncaught exception (kind runtime) with its traceback, a limit breach (kind limit), or
// cancellation (kind cancelled) through the operation's cancellation slot, which also cancels
// every host call in flight.
//
// `async_run` is the completion-token form (void(result<value>)); `run_sync` runs its own
// io_context, and skips it entirely for a script that never waits.
//
// The program may be shared by many runs at once; `tools` must outlive the run.
#pragma once

#include <coil/config.hpp>
#include <coil/error.hpp>
#include <coil/externals.hpp>
#include <coil/host/execution.hpp>
#include <coil/program.hpp>
#include <coil/run_options.hpp>
#include <coil/value.hpp>

#include <asio/any_io_executor.hpp>
#include <asio/associated_executor.hpp>
#include <asio/async_result.hpp>
#include <asio/awaitable.hpp>
#include <asio/bind_cancellation_slot.hpp>
#include <asio/co_spawn.hpp>
#include <asio/associated_cancellation_slot.hpp>

#include <exception>
#include <memory>
#include <type_traits>

namespace coil {

namespace host {
// Drives an execution to its end on the current coroutine's executor.
COIL_DECL asio::awaitable<result<value>> drive(std::unique_ptr<execution> run);
}  // namespace host

COIL_DECL asio::awaitable<result<value>> run(const program& p, const externals& tools, run_options options = {});

namespace host {
// Starts the run on `executor` and completes `handler` with its result, keeping the handler's
// cancellation slot (so `||` and bind_cancellation_slot reach the run).
template <class Executor, class Handler>
void start_run(Executor executor, const program& p, const externals& tools, run_options options, Handler handler) {
  auto slot = asio::get_associated_cancellation_slot(handler);
  asio::co_spawn(executor, run(p, tools, std::move(options)),
                 asio::bind_cancellation_slot(slot, [handler = std::move(handler)](std::exception_ptr e, result<value> r) mutable {
                   if (e) {
                     error failure;
                     failure.type = "RuntimeError";
                     failure.message = "coil: the run ended with an internal C++ exception";
                     r = tl::unexpected(std::move(failure));
                   }
                   std::move(handler)(std::move(r));
                 }));
}
}  // namespace host

// The run as an Asio asynchronous operation on `executor`: void(result<value>).
template <class Executor, class Token>
  requires(!std::is_same_v<std::decay_t<Executor>, program>)
auto async_run(Executor executor, const program& p, const externals& tools, run_options options, Token&& token) {
  return asio::async_initiate<Token, void(result<value>)>(
      [executor, &tools](auto handler, program p, run_options options) {
        host::start_run(executor, p, tools, std::move(options), std::move(handler));
      },
      token, p, std::move(options));
}

// The contract's form: runs on the executor associated with the completion handler (the
// coroutine's with use_awaitable, a bound executor, ...); use the executor-first overload when
// the token has none (use_future, detached).
template <class Token>
auto async_run(const program& p, const externals& tools, run_options options, Token&& token) {
  return asio::async_initiate<Token, void(result<value>)>(
      [&tools](auto handler, program p, run_options options) {
        auto executor = asio::get_associated_executor(handler);
        host::start_run(executor, p, tools, std::move(options), std::move(handler));
      },
      token, p, std::move(options));
}

COIL_DECL result<value> run_sync(const program& p, const externals& tools = {}, run_options options = {});
COIL_DECL result<value> run_sync(const program& p, run_options options);

}  // namespace coil

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/impl/run.ipp>
#endif
