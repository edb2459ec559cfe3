// asyncio.as_completed(fs, timeout=None) (CPython 3.12): a plain generator, not a coroutine.
// Its first next() wraps every awaitable in a future (coroutines become tasks), registers a done
// callback on each that puts the finished future into a Queue, and arms the timeout; then it
// hands out one `_wait_for_one()` coroutine per awaitable, each of which awaits the next future
// from the queue and returns its result (or raises its exception, or TimeoutError once the
// timeout has put a None into the queue for every future still running).
#pragma once

#include <coil/runtime/asyncio_objects.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/impl/asyncio_sync_types.ipp>
#include <coil/runtime/impl/asyncio_timeout_type.ipp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/future_type.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <algorithm>
#include <string>

namespace coil::runtime {
namespace asyncio_as_completed_detail {

using handle = vm::event_loop::handle;

inline as_completed_object* as_iterator(value v) { return static_cast<as_completed_object*>(v.as_object()); }
inline future_object* as_future(value v) { return static_cast<future_object*>(v.as_object()); }

inline void on_completion(interpreter& in, value target, value future) {
  auto* it = as_iterator(target);
  if (it->todo.empty()) return;  // the timeout came first
  auto found = std::find_if(it->todo.begin(), it->todo.end(), [&](value f) { return f.raw_bits() == future.raw_bits(); });
  if (found != it->todo.end()) it->todo.erase(found);
  asyncio_sync_detail::queue_put_nowait(in, it->done, future);
  if (it->todo.empty()) {
    in.loop().cancel(it->timeout_handle);
    it->timeout_handle = 0;
  }
}

inline void on_timeout(interpreter& in, value target, value) {
  auto* it = as_iterator(target);
  it->timeout_handle = 0;
  for (value f : it->todo) {
    in.remove_done_callback(as_future(f), callback_kind::native, target, on_completion);
    asyncio_sync_detail::queue_put_nowait(in, it->done, value::none());
  }
  it->todo.clear();
}

// as_completed.<locals>._wait_for_one: `owner` the iterator, `waiting_on` its done.get().
inline value wait_for_one_step(interpreter& in, native_coroutine_object& self, value exception, bool& yielded) {
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
    self.waiting_on = new_native_coroutine(in, asyncio_sync_detail::queue_transfer_step<false>, "Queue.get", as_iterator(self.owner)->done);
    self.stage = 1;
  }
  value f = in.step_awaitable(self.waiting_on, exception, yielded);
  if (yielded || f.is_raised()) return f;
  if (f.is_none()) return in.raise_error(exception_type(exception_kind::timeout_error), "");
  return in.future_outcome(as_future(f));
}

// The body of as_completed up to its loop, run by the first next().
inline value start(interpreter& in, value self) {
  auto* it = as_iterator(self);
  value given = it->awaitables;
  it->awaitables = value::none();
  auto given_root = in.root(given);
  auto* given_type = in.type_of(given);
  if (is_subtype(given_type, &future_type) || given_type == &coroutine_type || given_type == &native_coroutine_type)
    return in.raise_type_error("expect an iterable of futures, not " + std::string(given_type->name));
  const call_arguments no_arguments{};
  value done = asyncio_sync_detail::construct_queue(in, &queue_type, no_arguments);
  if (done.is_raised()) return done;
  it->done = done;
  value distinct = in.call(value::from_object(&set_type), std::span<const value>(&given, 1));
  if (distinct.is_raised()) return distinct;
  auto distinct_root = in.root(distinct);
  value iterator = in.get_iterator(distinct);
  if (iterator.is_raised()) return iterator;
  auto iterator_root = in.root(iterator);
  for (;;) {
    value item = in.next(iterator);
    if (item.is_raised()) return item;
    if (item.is_unbound()) break;
    value future = ensure_future(in, item);
    if (future.is_raised()) return future;
    if (std::none_of(it->todo.begin(), it->todo.end(), [&](value f) { return f.raw_bits() == future.raw_bits(); }))
      it->todo.push_back(future);
  }
  for (value f : it->todo) in.add_done_callback(as_future(f), callback_kind::native, self, on_completion);
  if (!it->todo.empty() && !it->timeout.is_none()) {
    double delay = 0;
    if (!asyncio_timeout_detail::number_of(it->timeout, delay))
      return in.raise_type_error("unsupported operand type(s) for +: 'float' and '" + std::string(in.type_of(it->timeout)->name) + "'");
    const handle expiry{handle::kind::done_callback, callback_kind::native, self, value::none(), on_timeout};
    it->timeout_handle = in.loop().add_timer(vm::event_loop::deadline_at(vm::event_loop::time_of(vm::clock::now()) + delay), expiry);
  }
  it->remaining = static_cast<std::int64_t>(it->todo.size());
  return value::none();
}

inline value iterator_next(interpreter& in, value self) {
  auto* it = as_iterator(self);
  if (it->finished) return value::unbound();
  if (!it->started) {
    it->started = true;
    if (start(in, self).is_raised()) {
      it->finished = true;
      return value::raised();
    }
  }
  if (it->remaining <= 0) {
    it->finished = true;
    return value::unbound();
  }
  --it->remaining;
  return new_native_coroutine(in, wait_for_one_step, "as_completed.<locals>._wait_for_one", self);
}

inline value iterator_iter(interpreter&, value self) { return self; }

inline value iterator_repr(interpreter& in, value self) {
  return in.make_str("<generator object as_completed at " + callable_detail::address_of(self) + ">");
}

}  // namespace asyncio_as_completed_detail

// as_completed(fs, timeout)'s generator, not started.
inline value new_as_completed(interpreter& in, value awaitables, value timeout) {
  auto* it = in.heap().make<as_completed_object>(&as_completed_type, &in.heap());
  it->awaitables = awaitables;
  it->timeout = timeout;
  return value::from_object(it);
}

inline type_object make_as_completed_type() {
  type_object t = make_plain_type("generator", &vm::layout_of<as_completed_object>, asyncio_as_completed_detail::iterator_repr);
  t.iter = asyncio_as_completed_detail::iterator_iter;
  t.next = asyncio_as_completed_detail::iterator_next;
  return t;
}

}  // namespace coil::runtime
