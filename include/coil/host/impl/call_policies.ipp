// Definitions for host/call_policies.hpp. The gate and the offload are hand-written Asio
// operations rather than coroutines over timers: each keeps the awaiting coroutine's handler,
// completes it exactly once on that coroutine's executor, and honours its cancellation slot, with
// a mutex for the state shared with other threads (the pool, other runs releasing the gate).
#pragma once

#include <coil/exception.hpp>
#include <coil/host/call_policies.hpp>

#include <asio/associated_cancellation_slot.hpp>
#include <asio/associated_executor.hpp>
#include <asio/async_result.hpp>
#include <asio/co_spawn.hpp>
#include <asio/error.hpp>
#include <asio/execution/outstanding_work.hpp>
#include <asio/experimental/deferred.hpp>
#include <asio/experimental/parallel_group.hpp>
#include <asio/post.hpp>
#include <asio/prefer.hpp>
#include <asio/steady_timer.hpp>
#include <asio/system_error.hpp>
#include <asio/this_coro.hpp>
#include <asio/use_awaitable.hpp>

#include <exception>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace coil::host {

class concurrency_gate::waiter {
 public:
  virtual ~waiter() = default;
  // Delivers `ec` to the waiting coroutine on its executor; called exactly once.
  virtual void complete(std::error_code ec) = 0;

  std::list<std::shared_ptr<waiter>>::iterator position;  // in the gate's queue, while queued
  bool queued = false;                                     // guarded by the gate's mutex
};

namespace policy_detail {

// The awaiting coroutine's executor, counting as outstanding work so that io_context::run() does
// not return while the coroutine waits on something outside it (the pool, another run's release).
template <class Handler>
auto tracked_executor_of(const Handler& handler) {
  return asio::prefer(asio::get_associated_executor(handler), asio::execution::outstanding_work.tracked);
}

template <class Handler>
class gate_waiter final : public concurrency_gate::waiter {
 public:
  explicit gate_waiter(Handler handler)
      : handler_(std::move(handler)),
        cancellation_(asio::get_associated_cancellation_slot(handler_)),
        work_(tracked_executor_of(handler_)) {}

  asio::cancellation_slot& cancellation() { return cancellation_; }

  void complete(std::error_code ec) override {
    auto work = std::move(work_);
    // The slot belongs to the coroutine's executor: it is cleared there, before the handler runs.
    asio::post(work, [handler = std::move(handler_), slot = cancellation_, ec]() mutable {
      if (slot.is_connected()) slot.clear();
      std::move(handler)(ec);
    });
  }

 private:
  Handler handler_;
  asio::cancellation_slot cancellation_;
  decltype(tracked_executor_of(std::declval<const Handler&>())) work_;
};

// Shared by the pool task and the cancellation handler: whichever finishes first delivers.
template <class Handler>
class offload_state {
 public:
  explicit offload_state(Handler handler)
      : handler_(std::move(handler)),
        cancellation_(asio::get_associated_cancellation_slot(*handler_)),
        work_(tracked_executor_of(*handler_)) {}

  asio::cancellation_slot& cancellation() { return cancellation_; }

  bool abandoned() {
    std::lock_guard lock(mutex_);
    return !handler_;
  }

  void finish(std::exception_ptr error, coil::value result) {
    std::optional<Handler> handler;
    std::optional<executor_type> work;
    {
      std::lock_guard lock(mutex_);
      if (!handler_) return;
      handler.emplace(std::move(*handler_));
      handler_.reset();
      work.emplace(std::move(*work_));
      work_.reset();  // the pool may still run the work, but the caller's executor no longer waits for it
    }
    asio::post(*work, [handler = std::move(*handler), slot = cancellation_, error, result = std::move(result)]() mutable {
      if (slot.is_connected()) slot.clear();
      std::move(handler)(error, std::move(result));
    });
  }

 private:
  using executor_type = decltype(tracked_executor_of(std::declval<const Handler&>()));
  std::mutex mutex_;
  std::optional<Handler> handler_;  // until delivered
  asio::cancellation_slot cancellation_;
  std::optional<executor_type> work_;
};

inline asio::awaitable<coil::value> run_inline(std::function<coil::value()> work) { co_return work(); }

}  // namespace policy_detail

COIL_DECL std::size_t concurrency_gate::running() const {
  std::lock_guard lock(mutex_);
  return running_;
}

COIL_DECL std::size_t concurrency_gate::waiting() const {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

COIL_DECL void concurrency_gate::enqueue(std::shared_ptr<waiter> w) {
  {
    std::lock_guard lock(mutex_);
    if (running_ >= limit_ || !queue_.empty()) {
      w->queued = true;
      w->position = queue_.insert(queue_.end(), w);
      return;
    }
    ++running_;
  }
  w->complete({});
}

COIL_DECL void concurrency_gate::release() {
  std::shared_ptr<waiter> next;
  {
    std::lock_guard lock(mutex_);
    if (queue_.empty()) {
      --running_;
      return;
    }
    next = std::move(queue_.front());
    queue_.pop_front();
    next->queued = false;
  }
  next->complete({});  // the slot passes straight to the first waiter
}

COIL_DECL void concurrency_gate::cancel(const std::shared_ptr<waiter>& w) {
  {
    std::lock_guard lock(mutex_);
    if (!w->queued) return;  // already granted: the grant is on its way
    queue_.erase(w->position);
    w->queued = false;
  }
  w->complete(asio::error::operation_aborted);
}

// GCC 12 miscompiles a co_await whose operand expression holds a temporary closure or aggregate
// (its destructor runs twice), so every initiation below is created in a plain function and the
// coroutines await a named awaitable.
COIL_DECL asio::awaitable<void> concurrency_gate::wait_for_slot(const std::shared_ptr<concurrency_gate>& gate) {
  return asio::async_initiate<const asio::use_awaitable_t<>, void(std::error_code)>(
      [gate](auto handler) {
        using waiter_type = policy_detail::gate_waiter<decltype(handler)>;
        auto w = std::make_shared<waiter_type>(std::move(handler));
        if (w->cancellation().is_connected()) {
          w->cancellation().assign([gate, weak = std::weak_ptr<waiter_type>(w)](asio::cancellation_type) {
            if (auto queued = weak.lock()) gate->cancel(queued);
          });
        }
        gate->enqueue(std::move(w));
      },
      asio::use_awaitable);
}

COIL_DECL asio::awaitable<void> concurrency_gate::acquire(std::shared_ptr<concurrency_gate> gate) {
  bool free = false;
  {
    std::lock_guard lock(gate->mutex_);
    if (gate->running_ < gate->limit_ && gate->queue_.empty()) {
      ++gate->running_;
      free = true;
    }
  }
  if (!free) {
    auto waiting = wait_for_slot(gate);
    co_await std::move(waiting);
  }
}

COIL_DECL asio::awaitable<coil::value> run_offloaded(asio::thread_pool& pool, std::function<coil::value()> work) {
  return asio::async_initiate<const asio::use_awaitable_t<>, void(std::exception_ptr, coil::value)>(
      [&pool](auto handler, std::function<coil::value()> work) {
        using state_type = policy_detail::offload_state<decltype(handler)>;
        auto state = std::make_shared<state_type>(std::move(handler));
        if (state->cancellation().is_connected()) {
          state->cancellation().assign([weak = std::weak_ptr<state_type>(state)](asio::cancellation_type) {
            if (auto s = weak.lock())
              s->finish(std::make_exception_ptr(asio::system_error(asio::error::operation_aborted)), coil::value());
          });
        }
        asio::post(pool, [state, work = std::move(work)]() mutable {
          if (state->abandoned()) return;  // cancelled before it started
          std::exception_ptr error;
          coil::value result;
          try {
            result = work();
          } catch (...) {
            error = std::current_exception();
          }
          state->finish(error, std::move(result));
        });
      },
      asio::use_awaitable, std::move(work));
}

namespace policy_detail {

// The call and the timer as one operation that completes when the first of them does (the other
// is then cancelled, and waited for). Not awaitable_operators' ||: in Asio 1.22 it waits for the
// first *success*, so a call that fails early would wait for the timer and look like a timeout.
inline auto race_with_timer(const asio::any_io_executor& executor, asio::awaitable<coil::value> call,
                            asio::steady_timer& timer) {
  return asio::experimental::make_parallel_group(asio::co_spawn(executor, std::move(call), asio::experimental::deferred),
                                                 timer.async_wait(asio::experimental::deferred))
      .async_wait(asio::experimental::wait_for_one(), asio::use_awaitable);
}

}  // namespace policy_detail

COIL_DECL asio::awaitable<coil::value> run_with_timeout(std::string function, std::chrono::milliseconds timeout,
                                                       std::function<asio::awaitable<coil::value>()> call) {
  auto executor = co_await asio::this_coro::executor;
  asio::steady_timer timer(executor, timeout);
  auto race = policy_detail::race_with_timer(executor, call(), timer);
  auto outcome = co_await std::move(race);
  const auto& order = std::get<0>(outcome);
  if (order[0] == 0) {
    if (std::get<1>(outcome)) std::rethrow_exception(std::get<1>(outcome));
    co_return std::move(std::get<2>(outcome));
  }
  // The timer finished first: by expiring, or by the whole call being cancelled from outside.
  if (std::get<3>(outcome)) throw asio::system_error(std::get<3>(outcome));
  throw coil::exception("TimeoutError", function + "() timed out after " + std::to_string(timeout.count()) + "ms");
}

COIL_DECL asio::awaitable<coil::value> run_with_policies(std::shared_ptr<const call_policies> policies,
                                                        std::function<asio::awaitable<coil::value>()> call) {
  concurrency_gate::slot held;
  if (policies->gate) {
    auto acquiring = concurrency_gate::acquire(policies->gate);
    co_await std::move(acquiring);
    held = concurrency_gate::slot(policies->gate);
  }
  auto running = policies->timeout ? run_with_timeout(policies->function, *policies->timeout, std::move(call)) : call();
  co_return co_await std::move(running);
}

COIL_DECL external_function apply_policies(external_function f, asio::thread_pool* offload,
                                           std::optional<std::size_t> max_concurrent,
                                           std::optional<std::chrono::milliseconds> timeout) {
  if (offload == nullptr && !max_concurrent && !timeout) return f;
  const std::string where = "coil::externals: " + f.name + "(): ";
  if (offload != nullptr && f.is_async)
    throw std::invalid_argument(where + "offload is for blocking sync functions; this one is async already");
  if (max_concurrent && *max_concurrent == 0) throw std::invalid_argument(where + "max_concurrent must be at least 1");
  if (timeout && timeout->count() <= 0) throw std::invalid_argument(where + "the timeout must be positive");
  if (timeout && !f.is_async && offload == nullptr)
    throw std::invalid_argument(where + "a sync function runs inline and cannot be interrupted: a timeout needs offload");

  auto policies = std::make_shared<call_policies>();
  policies->function = f.name;
  policies->offload = offload;
  if (max_concurrent) policies->gate = std::make_shared<concurrency_gate>(*max_concurrent);
  policies->timeout = timeout;
  if (!f.is_async) {
    f.is_async = true;
    f.stub.insert(0, "async ");
  }
  f.direct = nullptr;  // the fast path would skip the policies
  f.bind = [inner = std::move(f.bind), policies = std::shared_ptr<const call_policies>(policies)](
               host_arguments&& arguments) -> bound_call {
    bound_call call = inner(std::move(arguments));
    std::function<asio::awaitable<coil::value>()> run;
    if (call.run_async) {
      run = std::move(call.run_async);
    } else if (policies->offload != nullptr) {
      run = [pool = policies->offload, work = std::move(call.run_sync)]() mutable {
        return run_offloaded(*pool, std::move(work));
      };
    } else {
      run = [work = std::move(call.run_sync)]() mutable { return policy_detail::run_inline(std::move(work)); };
    }
    bound_call wrapped;
    wrapped.run_async = [policies, run = std::move(run)]() mutable { return run_with_policies(policies, std::move(run)); };
    return wrapped;
  };
  return f;
}

}  // namespace coil::host
