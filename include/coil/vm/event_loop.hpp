// The event loop of one execution: asyncio's scheduler, run by the interpreter between
// instructions' worth of Python. It holds the ready queue (CPython's call_soon handles: task
// steps, future done-callbacks, the asyncio module's own native callbacks), the timers (call_at
// handles: sleep's wake-ups, the expiries of timeout(), wait() and as_completed()) and the tasks
// not yet done.
//
// Ordering follows CPython's BaseEventLoop._run_once exactly, because scripts print from tasks
// and the interleaving is observable: each iteration first takes the host results that arrived
// (CPython's I/O events), then moves the due timers to the ready queue, then runs the handles
// that were ready at that moment; handles they schedule run in the next iteration. When the
// loop had nothing to do and waited for its next timer, "due" is as in CPython, whose selector
// wait is rounded up to whole milliseconds: every timer due by the end of that rounded wait is
// released in the same iteration (two tasks sleeping 0.01 s from one iteration wake together).
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
#include <unordered_set>
#include <vector>

namespace coil::vm {

using clock = std::chrono::steady_clock;

class event_loop {
 public:
  struct handle {
    enum class kind : std::uint8_t {
      step_task,               // a: the task; b: an exception to throw in, or None
      done_callback,           // a: the callback target, b: the future (None for a timer); `callback` says what to do
      set_result_unless_done,  // a: the future to resolve unless it is done (cancelled) by then, b: its result
    };
    kind what;
    runtime::callback_kind callback = runtime::callback_kind::wake_task;
    value a = value::none();
    value b = value::none();
    runtime::native_callback function = nullptr;  // callback == native
    std::uint64_t id = 0;  // nonzero for a handle that can be cancelled (timers, Timeout's call_soon)
  };
  struct timer {
    clock::time_point when;
    std::uint64_t sequence;  // equal deadlines fire in the order they were set, as in CPython
    handle what;
  };

  std::deque<handle> ready;
  std::vector<timer> timers;  // a min-heap on (when, sequence)
  std::vector<value> tasks;   // every task not known to be done (asyncio.all_tasks)
  value current_task = value::none();
  value main_task = value::none();  // the task asyncio.run (or the module coroutine) waits for
  value loop_object = value::none();  // what asyncio.get_running_loop() returns, made on first use
  bool running = false;             // inside asyncio.run or a module coroutine
  std::uint64_t tasks_created = 0;  // names tasks "Task-N"
  std::uint64_t timer_sequence = 0;
  // Set when the loop goes idle waiting for `idle_deadline` (its next timer then).
  std::optional<clock::time_point> idle_since;
  std::optional<clock::time_point> idle_deadline;

  void call_soon(handle h) { ready.push_back(h); }
  // call_soon for a handle that may be cancelled before it runs; returns its id.
  std::uint64_t call_soon_cancellable(handle h) {
    h.id = ++timer_sequence;
    live_.insert(h.id);
    ready.push_back(h);
    return h.id;
  }
  // call_at: `h` goes to the ready queue once `when` has passed. Returns the id cancel() takes.
  std::uint64_t add_timer(clock::time_point when, handle h) {
    h.id = ++timer_sequence;
    live_.insert(h.id);
    timers.push_back(timer{when, h.id, h});
    std::push_heap(timers.begin(), timers.end(), later);
    return h.id;
  }
  // TimerHandle.cancel(): the handle never runs, whether its timer is still pending or it is
  // already in the ready queue; cancelling one that ran, or id 0, does nothing. As in CPython the
  // cancelled entry stays where it is until it surfaces (O(1) per cancel), except at the top of
  // the timer heap, so next_timer() is always a live deadline; when cancelled entries outnumber
  // live ones the queues are compacted, so cancelled timers far in the future cannot pile up.
  void cancel(std::uint64_t id) {
    if (id == 0 || live_.erase(id) == 0) return;
    cancelled_.insert(id);
    drop_cancelled_top();
    if (cancelled_.size() > 64 && cancelled_.size() * 2 > timers.size()) {
      // Only the heap is compacted: the ready queue is being run in batches (whose size was
      // counted at the start of the iteration), and drains within the iteration anyway.
      std::erase_if(timers, [&](const timer& t) { return cancelled_.count(t.what.id) != 0; });
      std::make_heap(timers.begin(), timers.end(), later);
      std::unordered_set<std::uint64_t> still_ready;
      for (const handle& h : ready)
        if (h.id != 0 && cancelled_.count(h.id) != 0) still_ready.insert(h.id);
      cancelled_.swap(still_ready);
    }
  }
  // Whether a handle taken from the ready queue should run (false: it was cancelled).
  bool take(const handle& h) {
    if (h.id == 0) return true;
    if (cancelled_.erase(h.id) != 0) return false;
    live_.erase(h.id);
    return true;
  }
  // Moves every timer due by `now` to the ready queue.
  void release_due_timers(clock::time_point now) {
    while (!timers.empty() && timers.front().when <= now) {
      std::pop_heap(timers.begin(), timers.end(), later);
      const timer t = timers.back();
      timers.pop_back();
      if (cancelled_.erase(t.what.id) == 0) ready.push_back(t.what);
    }
    drop_cancelled_top();
  }
  // Forgets every handle and timer (asyncio.run's loop is closed).
  void clear_handles() {
    ready.clear();
    timers.clear();
    live_.clear();
    cancelled_.clear();
    idle_since.reset();
    idle_deadline.reset();
  }
  std::optional<clock::time_point> next_timer() const {
    if (timers.empty()) return std::nullopt;
    return timers.front().when;
  }
  // loop.time(): seconds on the loop's monotonic clock, and back to a deadline (clamped, so a
  // huge `when` is "practically never" rather than an overflow).
  static double time_of(clock::time_point t) { return std::chrono::duration<double>(t.time_since_epoch()).count(); }
  static clock::time_point deadline_at(double when) {
    const double limit = 1e9 + time_of(clock::now());
    if (!(when > 0)) when = 0;  // NaN too: due at once
    if (when > limit) when = limit;
    return clock::time_point(std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(when)));
  }
  template <class Tracer>
  void trace(Tracer& t) {
    for (auto& h : ready) {
      t.visit(h.a);
      t.visit(h.b);
    }
    for (auto& tm : timers) {
      t.visit(tm.what.a);
      t.visit(tm.what.b);
    }
    for (value v : tasks) t.visit(v);
    t.visit(current_task);
    t.visit(main_task);
    t.visit(loop_object);
  }

 private:
  static bool later(const timer& x, const timer& y) {
    return x.when != y.when ? x.when > y.when : x.sequence > y.sequence;
  }
  void drop_cancelled_top() {
    while (!timers.empty() && cancelled_.count(timers.front().what.id) != 0) {
      cancelled_.erase(timers.front().what.id);
      std::pop_heap(timers.begin(), timers.end(), later);
      timers.pop_back();
    }
  }

  std::unordered_set<std::uint64_t> live_;       // cancellable handles queued and not cancelled
  std::unordered_set<std::uint64_t> cancelled_;  // cancelled handles still queued somewhere
};

}  // namespace coil::vm
