// The event loop of one execution: asyncio's scheduler, run by the interpreter between
// instructions' worth of Python. It holds the ready queue (CPython's call_soon handles: task
// steps and future done-callbacks), the timers of asyncio.sleep and the tasks not yet done.
//
// Ordering follows CPython's BaseEventLoop._run_once exactly, because scripts print from tasks
// and the interleaving is observable: each iteration first takes the host results that arrived
// (CPython's I/O events), then moves the due timers to the ready queue, then runs the handles
// that were ready at that moment; handles they schedule run in the next iteration.
//
// The loop never waits itself: when nothing is ready, the interpreter returns to its driver
// (host/driver.hpp), which waits on Asio for the next timer or host result and calls back in.
#pragma once

#include <coil/runtime/future_object.hpp>
#include <coil/vm/value.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

namespace coil::vm {

using clock = std::chrono::steady_clock;

class event_loop {
 public:
  struct handle {
    enum class kind : std::uint8_t {
      step_task,         // a: the task; b: an exception to throw in, or None
      done_callback,     // a: the callback target, b: the future; `callback` says what to do
      timer_fired,       // a: the future to resolve unless cancelled, b: its result
    };
    kind what;
    runtime::callback_kind callback = runtime::callback_kind::wake_task;
    value a = value::none();
    value b = value::none();
  };
  struct timer {
    clock::time_point when;
    std::uint64_t sequence;  // equal deadlines fire in the order they were set, as in CPython
    value future;
    value result;
  };

  std::deque<handle> ready;
  std::vector<timer> timers;  // a min-heap on (when, sequence)
  std::vector<value> tasks;   // every task not known to be done (asyncio.all_tasks)
  value current_task = value::none();
  value main_task = value::none();  // the task asyncio.run (or the module coroutine) waits for
  bool running = false;             // inside asyncio.run or a module coroutine
  std::uint64_t tasks_created = 0;  // names tasks "Task-N"
  std::uint64_t timer_sequence = 0;

  void call_soon(handle h) { ready.push_back(h); }
  void add_timer(clock::time_point when, value future, value result) {
    timers.push_back(timer{when, timer_sequence++, future, result});
    std::push_heap(timers.begin(), timers.end(), later);
  }
  // Moves every timer due by `now` to the ready queue.
  void release_due_timers(clock::time_point now) {
    while (!timers.empty() && timers.front().when <= now) {
      std::pop_heap(timers.begin(), timers.end(), later);
      const timer t = timers.back();
      timers.pop_back();
      ready.push_back(handle{handle::kind::timer_fired, runtime::callback_kind::wake_task, t.future, t.result});
    }
  }
  std::optional<clock::time_point> next_timer() const {
    if (timers.empty()) return std::nullopt;
    return timers.front().when;
  }
  template <class Tracer>
  void trace(Tracer& t) {
    for (auto& h : ready) {
      t.visit(h.a);
      t.visit(h.b);
    }
    for (auto& tm : timers) {
      t.visit(tm.future);
      t.visit(tm.result);
    }
    for (value v : tasks) t.visit(v);
    t.visit(current_task);
    t.visit(main_task);
  }

 private:
  static bool later(const timer& x, const timer& y) {
    return x.when != y.when ? x.when > y.when : x.sequence > y.sequence;
  }
};

}  // namespace coil::vm
