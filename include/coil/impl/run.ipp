// Definitions for coil/run.hpp: the Asio driver.
//
// The driver alternates between the interpreter and Asio. It advances the execution until every
// task waits, starts the async host calls the script made (one co_spawn each, with its own
// cancellation signal), then waits on one steady_timer that expires at the next asyncio timer or
// the duration limit and is cancelled early by each host completion. Completions are queued on a
// board shared with the spawned calls, so a call that finishes after the run has ended touches
// only the board, never the interpreter.
#pragma once

#include <coil/host/execution.hpp>
#include <coil/run.hpp>

#include <asio/bind_cancellation_slot.hpp>
#include <asio/cancellation_signal.hpp>
#include <asio/co_spawn.hpp>
#include <asio/experimental/as_tuple.hpp>
#include <asio/io_context.hpp>
#include <asio/post.hpp>
#include <asio/steady_timer.hpp>
#include <asio/this_coro.hpp>
#include <asio/use_awaitable.hpp>

#include <cstdio>
#include <deque>
#include <unordered_map>

namespace coil {
namespace host {

struct completion_board {
  explicit completion_board(const asio::any_io_executor& executor) : wake(executor) {}
  asio::steady_timer wake;
  std::deque<call_outcome> done;
  std::unordered_map<std::uint64_t, std::shared_ptr<asio::cancellation_signal>> in_flight;
  bool abandoned = false;  // the run is over: outcomes are dropped
  bool waiting = false;    // the driver waits on `wake`

  void cancel_all() {
    abandoned = true;
    auto calls = std::move(in_flight);
    in_flight.clear();
    for (auto& [id, signal] : calls) signal->emit(asio::cancellation_type::terminal);
    wake.cancel();
  }
};

inline void start_call(const asio::any_io_executor& executor, const std::shared_ptr<completion_board>& board, started_call call) {
  auto signal = std::make_shared<asio::cancellation_signal>();
  board->in_flight.emplace(call.call_id, signal);
  const std::uint64_t id = call.call_id;
  asio::co_spawn(executor, call.take(),
                 asio::bind_cancellation_slot(signal->slot(), [board, id, signal](std::exception_ptr e, coil::value v) {
                   board->in_flight.erase(id);
                   if (board->abandoned) return;
                   if (e) {
                     board->done.push_back(outcome_of_exception(id, e));
                   } else {
                     call_outcome outcome;
                     outcome.call_id = id;
                     outcome.result = std::move(v);
                     board->done.push_back(std::move(outcome));
                   }
                   if (board->waiting) {
                     board->waiting = false;  // one wake-up is enough for all completions queued meanwhile
                     board->wake.cancel();
                   }
                 }));
}

inline error cancelled_error() {
  error cancelled;
  cancelled.what = error::kind::cancelled;
  cancelled.type = "CancelledError";
  cancelled.message = "the run was cancelled";
  return cancelled;
}

COIL_DECL asio::awaitable<result<value>> drive(std::unique_ptr<execution> run) {
  auto executor = co_await asio::this_coro::executor;
  co_await asio::this_coro::throw_if_cancelled(false);
  auto board = std::make_shared<completion_board>(executor);
  vm::interpreter& in = run->interpreter();
  const auto deadline = run->options().limits.max_duration
                            ? std::optional(vm::clock::now() + *run->options().limits.max_duration)
                            : std::nullopt;
  std::vector<started_call> new_calls;  // reused: its capacity stays for the next turns
  for (;;) {
    if (run->advance()) {
      board->cancel_all();
      co_return run->outcome();
    }
    for (std::uint64_t id : run->take_cancelled_calls()) {
      auto found = board->in_flight.find(id);
      if (found != board->in_flight.end()) found->second->emit(asio::cancellation_type::terminal);
    }
    run->take_new_calls(new_calls);
    if (new_calls.size() == 1 && board->in_flight.empty() && !in.next_timer() && !deadline && !in.has_ready_work()) {
      // The common sequential case (`x = await host(...)` with nothing else to do): await the
      // call right here, with the run's own cancellation, instead of spawning it and waiting on
      // the wake timer.
      const std::uint64_t call_id = new_calls.front().call_id;
      coil::value result;
      std::exception_ptr failure;
      try {
        auto running = new_calls.front().take();
        result = co_await std::move(running);
      } catch (...) {
        failure = std::current_exception();
      }
      if ((co_await asio::this_coro::cancellation_state).cancelled() != asio::cancellation_type::none) {
        board->cancel_all();
        co_return tl::unexpected(cancelled_error());
      }
      if (failure) run->deliver(outcome_of_exception(call_id, failure));
      else run->deliver_result(call_id, result);
      continue;
    }
    for (auto& call : new_calls) start_call(executor, board, std::move(call));
    if (in.has_ready_work()) {
      // A slice ended (or was preempted) with work still ready: let the executor run what is
      // queued, then go on without waiting. An expired timer rather than a post: its completion
      // comes through the reactor after the timers that expired during the slice (another run's
      // host call), so a waiting run gets its turn after one busy slice, not two.
      board->wake.expires_at(vm::clock::now());
      co_await board->wake.async_wait(asio::experimental::as_tuple(asio::use_awaitable));
      if ((co_await asio::this_coro::cancellation_state).cancelled() != asio::cancellation_type::none) {
        board->cancel_all();
        co_return tl::unexpected(cancelled_error());
      }
    }
    // Wait for the next host result, the next timer, the duration limit or cancellation.
    while (board->done.empty() && !in.has_ready_work()) {
      auto wake_at = in.next_timer();
      if (deadline && (!wake_at || *deadline < *wake_at)) wake_at = deadline;
      if (wake_at && *wake_at <= vm::clock::now()) break;
      if (wake_at) board->wake.expires_at(*wake_at);
      else board->wake.expires_at(vm::clock::time_point::max());
      board->waiting = true;
      co_await board->wake.async_wait(asio::experimental::as_tuple(asio::use_awaitable));
      board->waiting = false;
      if ((co_await asio::this_coro::cancellation_state).cancelled() != asio::cancellation_type::none) {
        board->cancel_all();
        co_return tl::unexpected(cancelled_error());
      }
    }
    if (deadline && vm::clock::now() >= *deadline) {
      run->expire();
      board->cancel_all();
      co_return run->outcome();
    }
    while (!board->done.empty()) {
      call_outcome outcome = std::move(board->done.front());
      board->done.pop_front();
      run->deliver(std::move(outcome));
    }
  }
}

}  // namespace host

// Not a coroutine itself: the execution (with its copy of the program) is made now, so nothing
// refers to the caller's arguments once the awaitable is handed on.
COIL_DECL asio::awaitable<result<value>> run(const program& p, const externals& tools, run_options options) {
  return host::drive(std::make_unique<host::execution>(p, tools, std::move(options)));
}

COIL_DECL result<value> run_sync(const program& p, const externals& tools, run_options options) {
  if (!options.on_output) {
    options.on_output = [](stream s, std::string_view text) { std::fwrite(text.data(), 1, text.size(), s == stream::err ? stderr : stdout); };
  }
  auto run = std::make_unique<host::execution>(p, tools, std::move(options));
  // A script that never waits finishes here, without an io_context.
  if (run->advance()) return run->outcome();
  asio::io_context context;
  result<value> outcome;
  asio::co_spawn(context, host::drive(std::move(run)), [&outcome](std::exception_ptr e, result<value> r) {
    if (e) {
      error failure;
      failure.type = "RuntimeError";
      failure.message = "coil: the run ended with an internal C++ exception";
      outcome = tl::unexpected(std::move(failure));
    } else {
      outcome = std::move(r);
    }
  });
  context.run();
  return outcome;
}

COIL_DECL result<value> run_sync(const program& p, run_options options) { return run_sync(p, externals{}, std::move(options)); }

}  // namespace coil
