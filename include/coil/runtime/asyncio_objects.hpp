// The layouts of asyncio's objects beyond futures: the synchronisation primitives (Lock, Event,
// Semaphore, BoundedSemaphore), Queue, the Timeout context manager, TaskGroup and the iterator of
// as_completed(). Each is a few counters plus FIFOs of waiter futures: as in CPython, a coroutine
// that must wait appends a fresh future to a FIFO and awaits it, and whoever frees the resource
// sets the result of the first one, so waiters wake in order through the loop's ready queue.
//
// Their behaviour is in runtime/impl/asyncio_sync_types.ipp (Lock, Event, Semaphore, Queue),
// asyncio_condition_types.ipp (Condition, Barrier), asyncio_loop_type.ipp (handles), asyncio_timeout_type.ipp, asyncio_task_group_type.ipp and asyncio_as_completed_type.ipp; the
// coroutines their methods return are native coroutines (runtime/future_object.hpp).
#pragma once

#include <coil/vm/heap.hpp>
#include <coil/vm/object.hpp>
#include <coil/vm/value.hpp>

#include <cstdint>
#include <deque>
#include <memory_resource>
#include <vector>

namespace coil::runtime {

// Lock (`count` 1 while locked), Event (`count` 1 while set), Semaphore and BoundedSemaphore
// (`count` is the counter, `bound` the initial value a BoundedSemaphore may not exceed).
struct sync_primitive_object : vm::object {
  static constexpr const char* layout_name = "sync primitive";
  explicit sync_primitive_object(std::pmr::memory_resource* memory) : waiters(memory) {}
  std::int64_t count = 0;
  std::int64_t bound = 0;
  std::pmr::vector<vm::value> waiters;  // futures, oldest first
  void trace(vm::tracer& t) {
    for (auto& w : waiters) t.visit(w);
  }
};

// asyncio.Condition: the Lock it waits with (its own or the one given) and the futures of its
// wait()s, oldest first; notify() sets the results of the first ones.
struct condition_object : vm::object {
  static constexpr const char* layout_name = "condition";
  explicit condition_object(std::pmr::memory_resource* memory) : waiters(memory) {}
  vm::value lock = vm::value::none();
  std::pmr::deque<vm::value> waiters;
  void trace(vm::tracer& t) {
    t.visit(lock);
    for (auto& w : waiters) t.visit(w);
  }
};

// asyncio.Barrier (3.11+): a Condition whose waiters look at `state` and `count`, as CPython's.
enum class barrier_state : std::uint8_t { filling, draining, resetting, broken };
struct barrier_object : vm::object {
  static constexpr const char* layout_name = "barrier";
  vm::value condition = vm::value::none();
  vm::value parties = vm::value::none();  // as given (an int or a float)
  double parties_number = 0;              // the same, to compare `index + 1 == parties`
  std::int64_t count = 0;                 // tasks inside wait()
  barrier_state state = barrier_state::filling;
  void trace(vm::tracer& t) {
    t.visit(condition);
    t.visit(parties);
  }
};

// What loop.call_soon/call_later/call_at return (asyncio.Handle, TimerHandle): the callback and
// its arguments, run by a native loop callback unless cancel() came first.
struct loop_handle_object : vm::object {
  static constexpr const char* layout_name = "loop handle";
  vm::value callback = vm::value::none();
  vm::value args = vm::value::none();  // a tuple
  std::uint64_t id = 0;                // the loop's handle id, for event_loop::cancel
  bool cancelled = false;
  bool timer = false;  // a TimerHandle, with `when`
  double when = 0;     // loop.time() seconds
  void trace(vm::tracer& t) {
    t.visit(callback);
    t.visit(args);
  }
};

// asyncio.Queue, LifoQueue and PriorityQueue: the items, the futures of blocked get()s and
// put()s, and what join() waits for.
enum class queue_order : std::uint8_t { fifo, lifo, priority };
struct queue_object : vm::object {
  static constexpr const char* layout_name = "queue";
  explicit queue_object(std::pmr::memory_resource* memory) : items(memory), getters(memory), putters(memory) {}
  queue_order order = queue_order::fifo;
  vm::value maxsize = vm::value::from_small_int(0);  // as given (an int); <= 0 means unbounded
  std::pmr::deque<vm::value> items;  // a binary heap (heapq's layout) for a PriorityQueue
  std::pmr::deque<vm::value> getters;
  std::pmr::deque<vm::value> putters;
  std::int64_t unfinished_tasks = 0;
  vm::value finished = vm::value::none();  // an Event, set while unfinished_tasks == 0
  void trace(vm::tracer& t) {
    t.visit(maxsize);
    for (auto& v : items) t.visit(v);
    for (auto& v : getters) t.visit(v);
    for (auto& v : putters) t.visit(v);
    t.visit(finished);
  }
};

// asyncio.timeout()/timeout_at() (also inside wait_for): CPython's Timeout and its states.
enum class timeout_state : std::uint8_t { created, entered, expiring, expired, exited };
struct timeout_object : vm::object {
  static constexpr const char* layout_name = "timeout";
  timeout_state state = timeout_state::created;
  bool has_deadline = false;  // when() is None otherwise
  double when = 0;            // loop.time() seconds
  std::uint64_t handler = 0;  // the scheduled expiry (a loop handle id), 0: none
  std::uint32_t cancelling = 0;  // the task's cancelling() on entry
  vm::value task = vm::value::none();
  void trace(vm::tracer& t) { t.visit(task); }
};

// asyncio.TaskGroup.
struct task_group_object : vm::object {
  static constexpr const char* layout_name = "task group";
  explicit task_group_object(std::pmr::memory_resource* memory) : tasks(memory) {}
  bool entered = false;
  bool exiting = false;
  bool aborting = false;
  bool parent_cancel_requested = false;
  vm::value parent_task = vm::value::none();
  std::pmr::vector<vm::value> tasks;          // not done yet, in creation order
  vm::value errors = vm::value::none();       // a list of the children's exceptions
  vm::value base_error = vm::value::none();   // a SystemExit/KeyboardInterrupt to re-raise
  vm::value on_completed = vm::value::none(); // the future __aexit__ waits on while children run
  void trace(vm::tracer& t) {
    t.visit(parent_task);
    for (auto& v : tasks) t.visit(v);
    t.visit(errors);
    t.visit(base_error);
    t.visit(on_completed);
  }
};

// The generator as_completed() returns: started by the first next(), then one `_wait_for_one()`
// coroutine per awaitable, each taking the next finished future from `done` (a Queue).
struct as_completed_object : vm::object {
  static constexpr const char* layout_name = "as_completed";
  explicit as_completed_object(std::pmr::memory_resource* memory) : todo(memory) {}
  vm::value awaitables = vm::value::none();  // what was passed, until the first next()
  vm::value timeout = vm::value::none();
  bool started = false;
  bool finished = false;
  std::int64_t remaining = 0;  // coroutines still to hand out
  std::pmr::vector<vm::value> todo;  // futures not finished yet
  vm::value done = vm::value::none();  // a Queue of finished futures (None after the timeout)
  std::uint64_t timeout_handle = 0;
  void trace(vm::tracer& t) {
    t.visit(awaitables);
    t.visit(timeout);
    for (auto& v : todo) t.visit(v);
    t.visit(done);
  }
};

}  // namespace coil::runtime
