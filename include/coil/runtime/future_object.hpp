// asyncio's Future and Task objects, and the native awaitables of the asyncio module (sleep).
//
// One layout serves Future, Task and gather's outer future (`_GatheringFuture`): a Task is a
// Future that drives a coroutine, a gathering future is one whose children report to it. Their
// behaviour (settling, callbacks, stepping tasks) lives in the execution's event loop
// (vm/event_loop.hpp); the Python-visible methods in runtime/impl/future_type.ipp.
#pragma once

#include <coil/vm/heap.hpp>
#include <coil/vm/object.hpp>
#include <coil/vm/value.hpp>

#include <cstdint>
#include <memory_resource>
#include <vector>

namespace coil::runtime {

enum class future_state : std::uint8_t { pending, finished, cancelled };

// What a future's completion does, scheduled on the ready queue as CPython's done callbacks are.
enum class callback_kind : std::uint8_t {
  wake_task,     // target: a task waiting on the future: step it
  gather_child,  // target: the gathering future the future is a child of
  call_python,   // target: a callable from add_done_callback(fn): fn(future)
  wait_waiter,   // target: the future of an asyncio.wait()/as_completed() call
};

struct future_callback {
  callback_kind kind;
  vm::value target;
};

struct future_object : vm::object {
  static constexpr const char* layout_name = "future";
  explicit future_object(std::pmr::memory_resource* memory) : callbacks(memory), children(memory) {}

  future_state state = future_state::pending;
  vm::value result = vm::value::none();
  vm::value exception = vm::value::none();       // set when finished with an exception
  vm::value cancel_message = vm::value::none();  // cancel(msg)
  std::pmr::vector<future_callback> callbacks;
  std::uint64_t host_call = 0;  // nonzero: the pending result of an async host function

  // --- Task ---
  vm::value coroutine = vm::value::none();   // the coroutine a task drives
  vm::value waiting_on = vm::value::none();  // the future the task's coroutine awaits
  vm::value name = vm::value::none();        // "Task-1"
  bool must_cancel = false;                  // cancel() arrived while no future was awaited
  std::uint32_t cancel_requests = 0;         // cancelling(): cancel() calls not yet uncancel()ed

  // --- gather's outer future ---
  std::pmr::vector<vm::value> children;
  std::uint32_t finished_children = 0;
  std::uint32_t distinct_children = 0;
  bool return_exceptions = false;
  bool cancel_requested = false;

  bool done() const { return state != future_state::pending; }
  void trace(vm::tracer& t) {
    t.visit(result);
    t.visit(exception);
    t.visit(cancel_message);
    for (auto& c : callbacks) t.visit(c.target);
    t.visit(coroutine);
    t.visit(waiting_on);
    t.visit(name);
    for (auto& c : children) t.visit(c);
  }
};

// `asyncio.sleep(delay, result)`: a coroutine-like awaitable implemented natively. Awaiting it
// steps this small state machine from the dispatch loop's `yield_from`.
struct sleep_object : vm::object {
  static constexpr const char* layout_name = "sleep";
  double delay = 0;
  vm::value result = vm::value::none();
  vm::value future = vm::value::none();  // while waiting on the timer
  std::uint8_t stage = 0;                // 0 not started, 1 waiting on `future`, 2 gave way once (sleep(0))
  void trace(vm::tracer& t) {
    t.visit(result);
    t.visit(future);
  }
};

}  // namespace coil::runtime
