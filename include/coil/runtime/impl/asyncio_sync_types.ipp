// asyncio's synchronisation primitives and queues: Lock, Event, Semaphore, BoundedSemaphore,
// Queue, LifoQueue, PriorityQueue, and the QueueEmpty/QueueFull exceptions, with CPython 3.12's
// behaviour step for step.
//
// A blocked acquire()/wait()/get()/put() appends a new future to the object's FIFO and yields it
// to its task; release()/set()/put_nowait()/get_nowait() set the result of the first waiter that
// is not done, so the woken task runs in the next loop iteration, in FIFO order, exactly when it
// would under CPython. The coroutines are native coroutines (runtime/future_object.hpp) whose
// steps mirror CPython's code, try/finally and `except CancelledError` paths included.
#pragma once

#include <coil/runtime/asyncio_objects.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/impl/asyncio_method_arguments.ipp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/future_type.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <algorithm>
#include <optional>
#include <string>

namespace coil::runtime {
namespace asyncio_sync_detail {

using coroutine = native_coroutine_object;
namespace arguments = asyncio_arguments;

inline sync_primitive_object* as_primitive(value v) { return static_cast<sync_primitive_object*>(v.as_object()); }
inline queue_object* as_queue(value v) { return static_cast<queue_object*>(v.as_object()); }
inline future_object* as_future(value v) { return static_cast<future_object*>(v.as_object()); }
inline bool is_cancelled_error(interpreter& in, value e) {
  return is_subtype(in.type_of(e), exception_type(exception_kind::cancelled_error));
}

template <class Container>
inline void remove_first(Container& c, value v) {
  auto it = std::find_if(c.begin(), c.end(), [&](value w) { return w.raw_bits() == v.raw_bits(); });
  if (it != c.end()) c.erase(it);
}

inline value new_waiter(interpreter& in) { return value::from_object(in.new_future(&future_type)); }

// The common tail of `try: await fut / finally: waiters.remove(fut)`: after a wake-up (exception
// None) or a throw, whether the coroutine goes on waiting (`yielded`), or the exception it must
// handle (None when the future gave a result). Removes the future from `waiters` when done.
template <class Container>
inline value settle_wait(interpreter& in, coroutine& self, Container* waiters, value exception, bool& yielded) {
  auto* fut = as_future(self.waiting_on);
  if (exception.is_none() && !fut->done()) {
    yielded = true;
    return self.waiting_on;
  }
  if (waiters != nullptr) remove_first(*waiters, self.waiting_on);
  if (!exception.is_none()) return exception;
  value outcome = in.future_outcome(fut);
  if (outcome.is_raised()) return in.take_pending_exception();
  return value::none();
}

// ---------------------------------------------------------------------------------------------
// Lock

inline bool all_waiters_cancelled(const sync_primitive_object* p) {
  return std::all_of(p->waiters.begin(), p->waiters.end(), [](value w) { return as_future(w)->state == future_state::cancelled; });
}

// Lock._wake_up_first: only the first waiter, even if it is done already.
inline void lock_wake_up_first(interpreter& in, sync_primitive_object* lock) {
  if (lock->waiters.empty()) return;
  auto* fut = as_future(lock->waiters.front());
  if (!fut->done()) in.set_future_result(fut, value::from_bool(true));
}

inline value lock_release(interpreter& in, value self) {
  auto* lock = as_primitive(self);
  if (lock->count == 0) return in.raise_error(exception_type(exception_kind::runtime_error), "Lock is not acquired.");
  lock->count = 0;
  lock_wake_up_first(in, lock);
  return value::none();
}

// Lock.acquire (and __aenter__, whose `argument` is None rather than True): `owner` the lock,
// `waiting_on` its waiter future while blocked.
inline value lock_acquire_step(interpreter& in, coroutine& self, value exception, bool& yielded) {
  auto* lock = as_primitive(self.owner);
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
    if (lock->count == 0 && all_waiters_cancelled(lock)) {
      lock->count = 1;
      return self.argument;
    }
    self.waiting_on = new_waiter(in);
    lock->waiters.push_back(self.waiting_on);
    self.stage = 1;
    yielded = true;
    return self.waiting_on;
  }
  value error = settle_wait(in, self, &lock->waiters, exception, yielded);
  if (yielded) return error;
  if (!error.is_none()) {
    if (is_cancelled_error(in, error) && lock->count == 0) lock_wake_up_first(in, lock);
    return in.raise_exception(error);
  }
  lock->count = 1;
  return self.argument;
}

// _ContextManagerMixin.__aexit__ of Lock and Semaphore: `owner` released on the first step.
inline value semaphore_release(interpreter& in, value self);

inline value release_on_exit_step(interpreter& in, coroutine& self, value exception, bool&) {
  if (!exception.is_none()) return in.raise_exception(exception);
  value r = in.type_of(self.owner) == &lock_type ? lock_release(in, self.owner) : semaphore_release(in, self.owner);
  if (r.is_raised()) return r;
  return value::none();
}

inline value construct_lock(interpreter& in, type_object* type, const call_arguments& args) {
  if (!arguments::bind(in, args, "Lock.__init__", arguments::self_kind::constructor, {}, nullptr)) return value::raised();
  return value::from_object(in.heap().make<sync_primitive_object>(type, &in.heap()));
}

inline value lock_locked(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Lock.locked")) return value::raised();
  return value::from_bool(as_primitive(args.positional[0])->count != 0);
}
inline value lock_acquire(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Lock.acquire")) return value::raised();
  return new_native_coroutine(in, lock_acquire_step, "Lock.acquire", args.positional[0], value::from_bool(true));
}
inline value lock_release_method(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Lock.release")) return value::raised();
  return lock_release(in, args.positional[0]);
}
inline value lock_aenter(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "_ContextManagerMixin.__aenter__")) return value::raised();
  return new_native_coroutine(in, lock_acquire_step, "_ContextManagerMixin.__aenter__", args.positional[0], value::none());
}
inline value context_aexit(interpreter& in, const call_arguments& args) {
  value bound[3];
  if (!arguments::bind(in, args, "_ContextManagerMixin.__aexit__", arguments::self_kind::method, {{"exc_type", true}, {"exc", true}, {"tb", true}}, bound))
    return value::raised();
  return new_native_coroutine(in, release_on_exit_step, "_ContextManagerMixin.__aexit__", args.positional[0]);
}

inline std::string waiters_suffix(std::size_t n) { return n == 0 ? "" : ", waiters:" + std::to_string(n); }

inline value lock_repr(interpreter& in, value self) {
  auto* lock = as_primitive(self);
  return in.make_str("<asyncio.locks.Lock object at " + callable_detail::address_of(self) + " [" + (lock->count ? "locked" : "unlocked") +
                     waiters_suffix(lock->waiters.size()) + "]>");
}

// ---------------------------------------------------------------------------------------------
// Event

inline void event_set(interpreter& in, sync_primitive_object* event) {
  if (event->count != 0) return;
  event->count = 1;
  // A future that completes can run no Python code here, so the vector does not change under us.
  for (value w : event->waiters)
    if (!as_future(w)->done()) in.set_future_result(as_future(w), value::from_bool(true));
}

// Event.wait (and Queue.join on the queue's `finished` event, returning None): `owner` the
// event, `argument` what it returns, `waiting_on` its waiter.
inline value event_wait_step(interpreter& in, coroutine& self, value exception, bool& yielded) {
  auto* event = as_primitive(self.owner);
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
    if (event->count != 0) return self.argument;
    self.waiting_on = new_waiter(in);
    event->waiters.push_back(self.waiting_on);
    self.stage = 1;
    yielded = true;
    return self.waiting_on;
  }
  value error = settle_wait(in, self, &event->waiters, exception, yielded);
  if (yielded) return error;
  if (!error.is_none()) return in.raise_exception(error);
  return self.argument;
}

inline value construct_event(interpreter& in, type_object* type, const call_arguments& args) {
  if (!arguments::bind(in, args, "Event.__init__", arguments::self_kind::constructor, {}, nullptr)) return value::raised();
  return value::from_object(in.heap().make<sync_primitive_object>(type, &in.heap()));
}
inline value event_is_set(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Event.is_set")) return value::raised();
  return value::from_bool(as_primitive(args.positional[0])->count != 0);
}
inline value event_set_method(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Event.set")) return value::raised();
  event_set(in, as_primitive(args.positional[0]));
  return value::none();
}
inline value event_clear(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Event.clear")) return value::raised();
  as_primitive(args.positional[0])->count = 0;
  return value::none();
}
inline value event_wait(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Event.wait")) return value::raised();
  return new_native_coroutine(in, event_wait_step, "Event.wait", args.positional[0], value::from_bool(true));
}
inline value event_repr(interpreter& in, value self) {
  auto* event = as_primitive(self);
  return in.make_str("<asyncio.locks.Event object at " + callable_detail::address_of(self) + " [" + (event->count ? "set" : "unset") +
                     waiters_suffix(event->waiters.size()) + "]>");
}

// ---------------------------------------------------------------------------------------------
// Semaphore and BoundedSemaphore

inline bool semaphore_locked(const sync_primitive_object* s) {
  return s->count == 0 ||
         std::any_of(s->waiters.begin(), s->waiters.end(), [](value w) { return as_future(w)->state != future_state::cancelled; });
}

// Semaphore._wake_up_next: the first waiter not done takes one unit on its behalf.
inline void semaphore_wake_up_next(interpreter& in, sync_primitive_object* s) {
  for (value w : s->waiters) {
    if (as_future(w)->done()) continue;
    --s->count;
    in.set_future_result(as_future(w), value::from_bool(true));
    return;
  }
}

inline value semaphore_release(interpreter& in, value self) {
  auto* s = as_primitive(self);
  if (in.type_of(self) == &bounded_semaphore_type && s->count >= s->bound)
    return in.raise_value_error("BoundedSemaphore released too many times");
  ++s->count;
  semaphore_wake_up_next(in, s);
  return value::none();
}

// Semaphore.acquire (and __aenter__): `owner` the semaphore, `waiting_on` its waiter.
inline value semaphore_acquire_step(interpreter& in, coroutine& self, value exception, bool& yielded) {
  auto* s = as_primitive(self.owner);
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
    if (!semaphore_locked(s)) {
      --s->count;
      return self.argument;
    }
    self.waiting_on = new_waiter(in);
    s->waiters.push_back(self.waiting_on);
    self.stage = 1;
    yielded = true;
    return self.waiting_on;
  }
  value error = settle_wait(in, self, &s->waiters, exception, yielded);
  if (yielded) return error;
  if (!error.is_none()) {
    if (is_cancelled_error(in, error) && as_future(self.waiting_on)->state != future_state::cancelled) {
      ++s->count;
      semaphore_wake_up_next(in, s);
    }
    return in.raise_exception(error);
  }
  if (s->count > 0) semaphore_wake_up_next(in, s);
  return self.argument;
}

inline value construct_semaphore(interpreter& in, type_object* type, const call_arguments& args) {
  const bool bounded = type == &bounded_semaphore_type;
  value bound[1];
  if (!arguments::bind(in, args, bounded ? "BoundedSemaphore.__init__" : "Semaphore.__init__", arguments::self_kind::constructor, {{"value", false}}, bound))
    return value::raised();
  std::int64_t initial = 1;
  if (!bound[0].is_unbound()) {
    value v = bound[0];
    if (v.is_bool()) {
      initial = v.is_true() ? 1 : 0;
    } else if (v.is_small_int()) {
      initial = v.as_small_int();
    } else if (in.type_of(v) == &int_type) {
      return in.raise_error(exception_type(exception_kind::overflow_error), "coil: a semaphore's value must fit in 48 bits");
    } else {
      return in.raise_type_error("'<' not supported between instances of '" + std::string(in.type_of(v)->name) + "' and 'int'");
    }
  }
  if (initial < 0) return in.raise_value_error("Semaphore initial value must be >= 0");
  auto* s = in.heap().make<sync_primitive_object>(type, &in.heap());
  s->count = initial;
  s->bound = initial;
  return value::from_object(s);
}
inline value semaphore_locked_method(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Semaphore.locked")) return value::raised();
  return value::from_bool(semaphore_locked(as_primitive(args.positional[0])));
}
inline value semaphore_acquire(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Semaphore.acquire")) return value::raised();
  return new_native_coroutine(in, semaphore_acquire_step, "Semaphore.acquire", args.positional[0], value::from_bool(true));
}
inline value semaphore_release_method(interpreter& in, const call_arguments& args) {
  const bool bounded = in.type_of(args.positional[0]) == &bounded_semaphore_type;
  if (!arguments::none(in, args, bounded ? "BoundedSemaphore.release" : "Semaphore.release")) return value::raised();
  return semaphore_release(in, args.positional[0]);
}
inline value semaphore_aenter(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "_ContextManagerMixin.__aenter__")) return value::raised();
  return new_native_coroutine(in, semaphore_acquire_step, "_ContextManagerMixin.__aenter__", args.positional[0], value::none());
}
inline value semaphore_repr(interpreter& in, value self) {
  auto* s = as_primitive(self);
  std::string extra = semaphore_locked(s) ? "locked" : "unlocked, value:" + std::to_string(s->count);
  return in.make_str("<asyncio.locks." + std::string(in.type_of(self)->name) + " object at " + callable_detail::address_of(self) + " [" +
                     extra + waiters_suffix(s->waiters.size()) + "]>");
}

// ---------------------------------------------------------------------------------------------
// Queue

// `maxsize <= 0` and `qsize() >= maxsize` for an int or float maxsize.
inline bool queue_full(const queue_object* q) {
  double limit = 0;
  if (q->maxsize.is_small_int()) limit = static_cast<double>(q->maxsize.as_small_int());
  else if (q->maxsize.is_double()) limit = q->maxsize.as_double();
  else if (q->maxsize.is_bool()) limit = q->maxsize.is_true() ? 1 : 0;
  else return false;  // a big int: more items than memory could hold
  if (!(limit > 0)) return false;
  return static_cast<double>(q->items.size()) >= limit;
}

// Queue._wakeup_next: drops waiters until one that is not done, and wakes that one.
template <class Container>
inline void queue_wakeup_next(interpreter& in, Container& waiters) {
  while (!waiters.empty()) {
    value w = waiters.front();
    waiters.pop_front();
    if (!as_future(w)->done()) {
      in.set_future_result(as_future(w), value::none());
      return;
    }
  }
}

// PriorityQueue keeps its items as heapq does, with heapq's comparisons (only `<`) in heapq's
// order, so ties and failing comparisons behave as in CPython. A comparison may run Python code
// that changes the queue: then, as heapq, RuntimeError.
using item_deque = std::pmr::deque<value>;

inline std::optional<bool> heap_less(interpreter& in, item_deque& heap, value a, value b) {
  const std::size_t size = heap.size();
  value r = in.compare(compare_operator::less, a, b);
  if (r.is_raised()) return std::nullopt;
  auto truth = in.truthy(r);
  if (truth && heap.size() != size) {
    in.raise_error(exception_type(exception_kind::runtime_error), "list changed size during iteration");
    return std::nullopt;
  }
  return truth;
}

// heapq._siftdown: the item at `pos` moves up towards `start` while it is smaller than its parent.
inline bool heap_sift_down(interpreter& in, item_deque& heap, std::size_t start, std::size_t pos) {
  const value item = heap[pos];
  while (pos > start) {
    const std::size_t parent_pos = (pos - 1) >> 1;
    const value parent = heap[parent_pos];
    auto smaller = heap_less(in, heap, item, parent);
    if (!smaller) return false;
    if (!*smaller) break;
    heap[pos] = parent;
    pos = parent_pos;
  }
  heap[pos] = item;
  return true;
}

// heapq._siftup: the hole at `pos` goes down to a leaf along the smaller children, then the item
// that was there sifts back up.
inline bool heap_sift_up(interpreter& in, item_deque& heap, std::size_t pos) {
  const std::size_t end = heap.size();
  const std::size_t start = pos;
  const value item = heap[pos];
  std::size_t child = 2 * pos + 1;
  while (child < end) {
    const std::size_t right = child + 1;
    if (right < end) {
      auto ordered = heap_less(in, heap, heap[child], heap[right]);
      if (!ordered) return false;
      if (!*ordered) child = right;
    }
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  return heap_sift_down(in, heap, start, pos);
}

// Queue._put for the queue's order; false with the exception pending.
inline bool queue_store(interpreter& in, queue_object* q, value item) {
  q->items.push_back(item);
  if (q->order != queue_order::priority) return true;
  return heap_sift_down(in, q->items, 0, q->items.size() - 1);
}

// Queue._get for the queue's order (the queue is not empty).
inline value queue_take(interpreter& in, queue_object* q) {
  if (q->order == queue_order::lifo) {
    value item = q->items.back();
    q->items.pop_back();
    return item;
  }
  if (q->order == queue_order::fifo) {
    value item = q->items.front();
    q->items.pop_front();
    return item;
  }
  value last = q->items.back();  // heapq.heappop
  q->items.pop_back();
  if (q->items.empty()) return last;
  value smallest = q->items.front();
  q->items.front() = last;
  auto root = in.root(smallest);
  if (!heap_sift_up(in, q->items, 0)) return value::raised();
  return smallest;
}

inline value queue_put_nowait(interpreter& in, value self, value item) {
  auto* q = as_queue(self);
  if (queue_full(q)) return in.raise_error(&queue_full_type, "");
  auto root = in.root(item);
  if (!queue_store(in, q, item)) return value::raised();
  ++q->unfinished_tasks;
  as_primitive(q->finished)->count = 0;  // _finished.clear()
  queue_wakeup_next(in, q->getters);
  return value::none();
}

inline value queue_get_nowait(interpreter& in, value self) {
  auto* q = as_queue(self);
  if (q->items.empty()) return in.raise_error(&queue_empty_type, "");
  value item = queue_take(in, q);
  if (item.is_raised()) return item;
  queue_wakeup_next(in, q->putters);
  return item;
}

// Queue.put and Queue.get share one shape: `while blocked: await a new future in my FIFO`, with
// `except: cancel it, leave the FIFO, pass a wake-up on if the queue changed, raise`.
template <bool is_put>
inline value queue_transfer_step(interpreter& in, coroutine& self, value exception, bool& yielded) {
  auto* q = as_queue(self.owner);
  auto& waiters = is_put ? q->putters : q->getters;
  auto blocked = [&] { return is_put ? queue_full(q) : q->items.empty(); };
  if (self.stage == 0 && !exception.is_none()) return in.raise_exception(exception);
  if (self.stage == 1) {
    value error = settle_wait<std::pmr::deque<value>>(in, self, nullptr, exception, yielded);
    if (yielded) return error;
    if (!error.is_none()) {
      auto* waiter = as_future(self.waiting_on);
      in.cancel_future(self.waiting_on, value::none());  // in case it is not done yet
      remove_first(waiters, self.waiting_on);
      if (!blocked() && waiter->state != future_state::cancelled) queue_wakeup_next(in, waiters);
      return in.raise_exception(error);
    }
  }
  if (blocked()) {
    self.waiting_on = new_waiter(in);
    waiters.push_back(self.waiting_on);
    self.stage = 1;
    yielded = true;
    return self.waiting_on;
  }
  if constexpr (is_put) return queue_put_nowait(in, self.owner, self.argument);
  else return queue_get_nowait(in, self.owner);
}

inline value construct_queue(interpreter& in, type_object* type, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "Queue.__init__", arguments::self_kind::constructor, {{"maxsize", false}}, bound)) return value::raised();
  value maxsize = bound[0].is_unbound() ? value::from_small_int(0) : bound[0];
  auto* maxsize_type = in.type_of(maxsize);
  if (maxsize_type != &int_type && maxsize_type != &bool_type && maxsize_type != &float_type)
    return in.raise_type_error("'<=' not supported between instances of '" + std::string(maxsize_type->name) + "' and 'int'");
  auto root = in.root(maxsize);
  auto* event = in.heap().make<sync_primitive_object>(&event_type, &in.heap());
  event->count = 1;
  value finished = value::from_object(event);
  auto event_root = in.root(finished);
  auto* q = in.heap().make<queue_object>(type, &in.heap());
  q->order = type == &lifo_queue_type ? queue_order::lifo : type == &priority_queue_type ? queue_order::priority : queue_order::fifo;
  q->maxsize = maxsize;
  q->finished = finished;
  return value::from_object(q);
}

inline value queue_qsize(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Queue.qsize")) return value::raised();
  return in.make_int(static_cast<std::int64_t>(as_queue(args.positional[0])->items.size()));
}
inline value queue_empty(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Queue.empty")) return value::raised();
  return value::from_bool(as_queue(args.positional[0])->items.empty());
}
inline value queue_full_method(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Queue.full")) return value::raised();
  return value::from_bool(queue_full(as_queue(args.positional[0])));
}
inline value queue_put(interpreter& in, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "Queue.put", arguments::self_kind::method, {{"item", true}}, bound)) return value::raised();
  return new_native_coroutine(in, queue_transfer_step<true>, "Queue.put", args.positional[0], bound[0]);
}
inline value queue_get(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Queue.get")) return value::raised();
  return new_native_coroutine(in, queue_transfer_step<false>, "Queue.get", args.positional[0]);
}
inline value queue_put_nowait_method(interpreter& in, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "Queue.put_nowait", arguments::self_kind::method, {{"item", true}}, bound)) return value::raised();
  return queue_put_nowait(in, args.positional[0], bound[0]);
}
inline value queue_get_nowait_method(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Queue.get_nowait")) return value::raised();
  return queue_get_nowait(in, args.positional[0]);
}
inline value queue_task_done(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Queue.task_done")) return value::raised();
  auto* q = as_queue(args.positional[0]);
  if (q->unfinished_tasks <= 0) return in.raise_value_error("task_done() called too many times");
  if (--q->unfinished_tasks == 0) event_set(in, as_primitive(q->finished));
  return value::none();
}
inline value queue_join(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Queue.join")) return value::raised();
  // join() waits on the queue's `finished` event, which is set exactly while no task is unfinished.
  return new_native_coroutine(in, event_wait_step, "Queue.join", as_queue(args.positional[0])->finished, value::none());
}
inline value queue_get_attribute(interpreter& in, value self, value name) {
  if (static_cast<str_object*>(name.as_object())->view() == "maxsize") return as_queue(self)->maxsize;
  (void)in;
  return value::unbound();
}

// Queue._format: "maxsize=0 _queue=[1, 2] _getters[1] tasks=2".
inline value queue_format(interpreter& in, value self, std::string& text) {
  auto* q = as_queue(self);
  value maxsize = in.repr(q->maxsize);
  if (maxsize.is_raised()) return maxsize;
  text += "maxsize=" + std::string(static_cast<str_object*>(maxsize.as_object())->view());
  if (!q->items.empty()) {
    auto* list = in.new_list();
    value list_value = value::from_object(list);
    auto root = in.root(list_value);
    for (value v : q->items) list->items.push_back(v);
    value shown = in.repr(list_value);
    if (shown.is_raised()) return shown;
    text += " _queue=" + std::string(static_cast<str_object*>(shown.as_object())->view());
  }
  if (!q->getters.empty()) text += " _getters[" + std::to_string(q->getters.size()) + "]";
  if (!q->putters.empty()) text += " _putters[" + std::to_string(q->putters.size()) + "]";
  if (q->unfinished_tasks != 0) text += " tasks=" + std::to_string(q->unfinished_tasks);
  return value::none();
}
inline value queue_repr(interpreter& in, value self) {
  std::string text = "<" + std::string(in.type_of(self)->name) + " at " + callable_detail::address_of(self) + " ";
  if (queue_format(in, self, text).is_raised()) return value::raised();
  return in.make_str(text + ">");
}
inline value queue_str(interpreter& in, value self) {
  std::string text = "<" + std::string(in.type_of(self)->name) + " ";
  if (queue_format(in, self, text).is_raised()) return value::raised();
  return in.make_str(text + ">");
}

}  // namespace asyncio_sync_detail

inline type_object make_lock_type() {
  type_object t = make_plain_type("Lock", &vm::layout_of<sync_primitive_object>, asyncio_sync_detail::lock_repr);
  t.module_name = "asyncio.locks";
  return t;
}
inline std::span<native_function_object* const> lock_methods() {
  using namespace asyncio_sync_detail;
  static const auto methods = make_methods("Lock", {{"locked", lock_locked}, {"acquire", lock_acquire}, {"release", lock_release_method},
                                                    {"__aenter__", lock_aenter}, {"__aexit__", context_aexit}});
  return methods;
}

inline type_object make_event_type() {
  type_object t = make_plain_type("Event", &vm::layout_of<sync_primitive_object>, asyncio_sync_detail::event_repr);
  t.module_name = "asyncio.locks";
  return t;
}
inline std::span<native_function_object* const> event_methods() {
  using namespace asyncio_sync_detail;
  static const auto methods =
      make_methods("Event", {{"is_set", event_is_set}, {"set", event_set_method}, {"clear", event_clear}, {"wait", event_wait}});
  return methods;
}

inline type_object make_semaphore_type(std::string_view name, type_object* base) {
  type_object t = make_plain_type(name, &vm::layout_of<sync_primitive_object>, asyncio_sync_detail::semaphore_repr);
  if (base != nullptr) t.base = base;
  t.module_name = "asyncio.locks";
  return t;
}
inline std::span<native_function_object* const> semaphore_methods() {
  using namespace asyncio_sync_detail;
  static const auto methods =
      make_methods("Semaphore", {{"locked", semaphore_locked_method}, {"acquire", semaphore_acquire}, {"release", semaphore_release_method},
                                 {"__aenter__", semaphore_aenter}, {"__aexit__", context_aexit}});
  return methods;
}

inline type_object make_queue_type(std::string_view name, type_object* base) {
  type_object t = make_plain_type(name, &vm::layout_of<queue_object>, asyncio_sync_detail::queue_repr);
  if (base != nullptr) t.base = base;
  t.module_name = "asyncio.queues";
  t.str = asyncio_sync_detail::queue_str;
  t.get_attribute = asyncio_sync_detail::queue_get_attribute;
  return t;
}
inline std::span<native_function_object* const> queue_methods() {
  using namespace asyncio_sync_detail;
  static const auto methods = make_methods(
      "Queue", {{"qsize", queue_qsize}, {"empty", queue_empty}, {"full", queue_full_method}, {"put", queue_put}, {"get", queue_get},
                {"put_nowait", queue_put_nowait_method}, {"get_nowait", queue_get_nowait_method}, {"task_done", queue_task_done},
                {"join", queue_join}});
  return methods;
}

// asyncio's own exception classes (QueueEmpty, QueueFull, InvalidStateError): plain Exception
// subclasses, built like the builtin ones from `base`, which must be initialised already;
// `module` is where CPython defines them (tracebacks print "asyncio.queues.QueueEmpty").
inline type_object make_asyncio_exception_type(std::string_view name, std::string_view module, type_object* base) {
  type_object t = *base;
  t.name = name;
  t.module_name = module;
  t.base = base;
  t.methods = {};
  return t;
}

}  // namespace coil::runtime
