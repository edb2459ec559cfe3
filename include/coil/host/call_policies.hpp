// Per-function host policies, applied around a bound call: running a blocking sync function on a
// thread pool (the script awaits it, as with asyncio.to_thread), a FIFO cap on how many calls of
// one function run at once across every run sharing the externals object, and a per-call timeout
// that cancels the call and raises TimeoutError in the script. Built from Asio primitives so that
// each waits without blocking a thread and obeys Asio's per-operation cancellation (a cancelled run
// leaves nothing behind in the queue). coil::externals (coil/externals.hpp) applies them at add().
#pragma once

#include <coil/config.hpp>
#include <coil/host/external_function.hpp>
#include <coil/value.hpp>

#include <asio/awaitable.hpp>
#include <asio/thread_pool.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace coil::host {

// A counting gate with a FIFO queue of waiters. Thread-safe: calls may come from coroutines on
// different threads (each completion is delivered on its own waiter's executor).
class concurrency_gate {
 public:
  class waiter;  // one queued acquire (defined in the .ipp; holds the coroutine's handler)

  // Owns one slot (taken by acquire) until destroyed.
  class slot {
   public:
    slot() = default;
    explicit slot(std::shared_ptr<concurrency_gate> gate) : gate_(std::move(gate)) {}
    slot(slot&& other) noexcept = default;
    slot& operator=(slot&& other) noexcept {
      if (this != &other) {
        reset();
        gate_ = std::move(other.gate_);
      }
      return *this;
    }
    ~slot() { reset(); }
    void reset() {
      if (gate_) std::exchange(gate_, nullptr)->release();
    }

   private:
    std::shared_ptr<concurrency_gate> gate_;
  };

  explicit concurrency_gate(std::size_t limit) : limit_(limit) {}

  // Waits for a free slot, in arrival order, and takes it: the caller then owns it (hand it to a
  // `slot`). Cancelling the wait (Asio per-operation cancellation) removes it from the queue and
  // throws system_error(operation_aborted).
  static COIL_DECL asio::awaitable<void> acquire(std::shared_ptr<concurrency_gate> gate);

  std::size_t limit() const { return limit_; }
  COIL_DECL std::size_t running() const;  // slots held now
  COIL_DECL std::size_t waiting() const;  // calls queued now

 private:
  static COIL_DECL asio::awaitable<void> wait_for_slot(const std::shared_ptr<concurrency_gate>& gate);
  COIL_DECL void release();
  COIL_DECL void enqueue(std::shared_ptr<waiter> w);
  COIL_DECL void cancel(const std::shared_ptr<waiter>& w);

  mutable std::mutex mutex_;
  std::size_t limit_;
  std::size_t running_ = 0;
  std::list<std::shared_ptr<waiter>> queue_;
};

struct call_policies {
  std::string function;                              // for the TimeoutError message
  asio::thread_pool* offload = nullptr;              // run the sync function there
  std::shared_ptr<concurrency_gate> gate;            // null: no cap
  std::optional<std::chrono::milliseconds> timeout;  // of the call itself, after it got its slot
};

// Runs `work` on `pool` and resumes on the awaiting coroutine's executor with its result or its
// exception. Cancellation resumes the caller at once with system_error(operation_aborted); work
// already started runs to its end on the pool and its result is dropped (a thread cannot be
// interrupted), work not yet started is skipped.
COIL_DECL asio::awaitable<coil::value> run_offloaded(asio::thread_pool& pool, std::function<coil::value()> work);

// Runs `call` racing a timer: if the timer wins, the call is cancelled (Asio terminal cancellation)
// and, once it has finished, TimeoutError("<function>() timed out after <N>ms") is thrown.
COIL_DECL asio::awaitable<coil::value> run_with_timeout(std::string function, std::chrono::milliseconds timeout,
                                                       std::function<asio::awaitable<coil::value>()> call);

// Gate, then timeout, then the call.
COIL_DECL asio::awaitable<coil::value> run_with_policies(std::shared_ptr<const call_policies> policies,
                                                        std::function<asio::awaitable<coil::value>()> call);

// `f` with the policies around every call: any policy makes it async for the script (is_async,
// `async def` in its stub, run_async set). Throws std::invalid_argument for a combination that
// cannot work: offload of an async function, a timeout on a sync function that is not offloaded
// (it runs inline and cannot be interrupted), max_concurrent of 0, a timeout that is not positive.
COIL_DECL external_function apply_policies(external_function f, asio::thread_pool* offload,
                                           std::optional<std::size_t> max_concurrent,
                                           std::optional<std::chrono::milliseconds> timeout);

}  // namespace coil::host

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/host/impl/call_policies.ipp>
#endif
