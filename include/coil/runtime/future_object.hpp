// asyncio's Future and Task objects, and native coroutines: the `async def` functions of the
// asyncio module written in C++ (sleep, Lock.acquire, Queue.get, wait_for, TaskGroup.__aexit__...).
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
#include <string_view>
#include <vector>

namespace coil::vm {
class interpreter;
}

namespace coil::runtime {

enum class future_state : std::uint8_t { pending, finished, cancelled };

// What a future's completion does, scheduled on the ready queue as CPython's done callbacks are.
enum class callback_kind : std::uint8_t {
  wake_task,     // target: a task waiting on the future: step it
  gather_child,  // target: the gathering future the future is a child of
  call_python,   // target: a callable from add_done_callback(fn): fn(future)
  native,        // `function(interpreter, target, future)`: the asyncio module's own callbacks
};

// A done callback (or timer callback, then `future` is None) written in C++. Kept as a plain
// function pointer so any asyncio object can add one without a central list; it must not fail
// (there is nobody to report to: CPython logs such errors, coil's callbacks do not raise).
using native_callback = void (*)(vm::interpreter& in, vm::value target, vm::value future);

struct future_callback {
  callback_kind kind;
  vm::value target;
  native_callback function = nullptr;  // kind == native
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
  vm::value handled_exception = vm::value::none();  // the exception its suspended `except` block handles
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
    t.visit(handled_exception);
    for (auto& c : children) t.visit(c);
  }
};

// A coroutine implemented in C++, as asyncio's own `async def` functions are in CPython: sleep(),
// Lock.acquire(), Queue.get(), wait_for(), TaskGroup.__aexit__()... It is a state machine: `await`
// (the dispatch loop's yield_from), a task, gather or another native coroutine advances it with
// `step`, which either finishes (returns the result, or raised) or yields (sets `yielded`):
// a pending future the task must wait for, or None to give way for one loop iteration. After a
// yield the awaiting frame re-executes its yield_from when the task wakes, so `step` runs again
// with `exception` None and looks at the future it waits on; an exception thrown into the
// awaiting coroutine (a cancellation while no future was awaited, coroutine.throw()) arrives as
// `exception` instead, and `step` cleans up and raises it (or another one).
//
// All of them share this one layout and one type (`native_coroutine_type`, named "coroutine");
// the fields mean what each step function says they mean. interpreter::step_native_coroutine
// wraps `step`: it refuses a finished coroutine and marks one finished once it stops yielding.
struct native_coroutine_object : vm::object {
  using step_function = vm::value (*)(vm::interpreter& in, native_coroutine_object& self, vm::value exception, bool& yielded);
  static constexpr const char* layout_name = "native coroutine";
  static constexpr std::uint8_t finished = 255;  // `stage` once it returned or raised

  step_function step = nullptr;
  std::string_view qualname;  // its repr: "<coroutine object Lock.acquire at 0x...>"
  std::uint8_t stage = 0;     // 0 before the first step; the step function's own states; finished
  bool awaited = false;       // an `await` or a task has taken it (awaiting twice is an error)
  vm::value owner = vm::value::none();       // the object whose method made it (the Lock, the Queue, the Timeout)
  vm::value argument = vm::value::none();    // the call's argument (sleep's result, put's item, wait_for's awaitable)
  vm::value extra = vm::value::none();       // a second argument or saved value (__aexit__'s exception)
  vm::value waiting_on = vm::value::none();  // the future (or inner awaitable) it waits on now
  double number = 0;                         // sleep's delay, wait_for's timeout
  std::uint64_t timer = 0;                   // a scheduled loop handle to cancel when it ends (0: none)

  void trace(vm::tracer& t) {
    t.visit(owner);
    t.visit(argument);
    t.visit(extra);
    t.visit(waiting_on);
  }
};

}  // namespace coil::runtime
