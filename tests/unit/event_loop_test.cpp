// The event loop's queues (vm/event_loop.hpp): timers leave in deadline order, equal deadlines
// in the order they were set (CPython's heap of TimerHandles), and cancel() removes a handle
// whether it still waits for its deadline or already sits in the ready queue.
#include <coil/vm/event_loop.hpp>

#include <catch2/catch.hpp>

#include <limits>
#include <vector>

namespace {

using coil::vm::clock;
using coil::vm::event_loop;
using coil::vm::value;

event_loop::handle tagged(std::int64_t tag) {
  return event_loop::handle{event_loop::handle::kind::set_result_unless_done, coil::runtime::callback_kind::wake_task,
                            value::from_small_int(tag), value::none()};
}

// The handles the loop would run now, in order (cancelled ones are skipped as run_loop does).
std::vector<std::int64_t> drain(event_loop& loop) {
  std::vector<std::int64_t> tags;
  while (!loop.ready.empty()) {
    const auto h = loop.ready.front();
    loop.ready.pop_front();
    if (loop.take(h)) tags.push_back(h.a.as_small_int());
  }
  return tags;
}

}  // namespace

TEST_CASE("timers leave in deadline order, equal deadlines in the order they were set", "[event_loop]") {
  event_loop loop;
  const auto t0 = clock::now();
  loop.add_timer(t0 + std::chrono::milliseconds(30), tagged(3));
  loop.add_timer(t0 + std::chrono::milliseconds(10), tagged(1));
  loop.add_timer(t0 + std::chrono::milliseconds(20), tagged(2));
  loop.add_timer(t0 + std::chrono::milliseconds(10), tagged(11));
  REQUIRE(loop.next_timer() == t0 + std::chrono::milliseconds(10));
  loop.release_due_timers(t0 + std::chrono::milliseconds(5));
  CHECK(loop.ready.empty());
  loop.release_due_timers(t0 + std::chrono::milliseconds(20));
  CHECK(drain(loop) == std::vector<std::int64_t>{1, 11, 2});
  loop.release_due_timers(t0 + std::chrono::seconds(1));
  CHECK(drain(loop) == std::vector<std::int64_t>{3});
  CHECK_FALSE(loop.next_timer().has_value());
}

TEST_CASE("cancel removes a timer or a ready handle and nothing else", "[event_loop]") {
  event_loop loop;
  const auto t0 = clock::now();
  const auto a = loop.add_timer(t0 + std::chrono::milliseconds(10), tagged(1));
  const auto b = loop.add_timer(t0 + std::chrono::milliseconds(20), tagged(2));
  const auto c = loop.add_timer(t0 + std::chrono::milliseconds(30), tagged(3));
  CHECK(a != b);
  loop.cancel(a);
  REQUIRE(loop.next_timer() == t0 + std::chrono::milliseconds(20));
  loop.call_soon(tagged(7));
  const auto soon = loop.call_soon_cancellable(tagged(8));
  loop.call_soon(tagged(9));
  loop.cancel(soon);
  loop.cancel(0);  // "no handle" is ignored
  loop.release_due_timers(t0 + std::chrono::milliseconds(25));
  loop.cancel(b);  // already in the ready queue: it must not run either
  loop.cancel(c);
  CHECK(drain(loop) == std::vector<std::int64_t>{7, 9});
  CHECK_FALSE(loop.next_timer().has_value());
}

TEST_CASE("many cancelled timers are compacted away and never run", "[event_loop]") {
  event_loop loop;
  const auto t0 = clock::now();
  std::vector<std::uint64_t> ids;
  for (int i = 0; i < 1000; ++i) ids.push_back(loop.add_timer(t0 + std::chrono::seconds(100 + i), tagged(i)));
  const auto kept = loop.add_timer(t0 + std::chrono::seconds(50), tagged(5000));
  for (auto id : ids) loop.cancel(id);
  CHECK(loop.timers.size() < 100);  // compacted, not 1001 entries waiting for a far deadline
  REQUIRE(loop.next_timer() == t0 + std::chrono::seconds(50));
  loop.cancel(ids[3]);  // cancelling twice is harmless
  loop.cancel(kept);
  CHECK_FALSE(loop.next_timer().has_value());
  // A handle that already ran cannot be cancelled into a later one's slot.
  const auto ran = loop.call_soon_cancellable(tagged(1));
  CHECK(drain(loop) == std::vector<std::int64_t>{1});
  loop.cancel(ran);
  loop.call_soon(tagged(2));
  CHECK(drain(loop) == std::vector<std::int64_t>{2});
}

TEST_CASE("loop time and deadlines convert both ways and clamp absurd values", "[event_loop]") {
  const auto now = clock::now();
  const double seconds = event_loop::time_of(now);
  const auto back = event_loop::deadline_at(seconds + 1.5);
  CHECK(std::chrono::duration<double>(back - now).count() == Approx(1.5).margin(1e-3));
  CHECK(event_loop::deadline_at(-1e300) <= now);
  CHECK(event_loop::deadline_at(std::numeric_limits<double>::quiet_NaN()) <= now);
  CHECK(event_loop::deadline_at(1e300) > now + std::chrono::hours(24 * 365));
}
