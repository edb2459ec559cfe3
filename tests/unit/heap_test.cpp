// The heap: accounting of objects and their pmr-allocated parts, collection of unreachable
// objects (cycles included), and the limit predicates the VM checks at safe points.
#include <coil/runtime/type_object.hpp>
#include <coil/vm/heap.hpp>

#include <catch2/catch.hpp>

#include <bit>
#include <limits>

#include <memory_resource>
#include <vector>

namespace {

using coil::vm::heap;
using coil::vm::object;
using coil::vm::value;

// A test-only object: a list of values in a pmr vector allocated from the heap.
struct test_list : object {
  explicit test_list(std::pmr::memory_resource* memory) : items(memory) {}
  std::pmr::vector<value> items;
};

const coil::vm::object_layout test_list_layout{
    "test_list",
    [](object* self, coil::vm::tracer& t) {
      for (value v : static_cast<test_list*>(self)->items) t.visit(v);
    },
    [](object* self) { static_cast<test_list*>(self)->~test_list(); }};

coil::runtime::type_object make_test_type() {
  coil::runtime::type_object type;
  type.name = "test_list";
  type.layout = &test_list_layout;
  return type;
}

}  // namespace

TEST_CASE("values box doubles, small ints and specials without allocating", "[heap]") {
  CHECK(value::from_double(1.5).is_double());
  CHECK(value::from_double(1.5).as_double() == 1.5);
  CHECK(value::from_small_int(-5).as_small_int() == -5);
  CHECK(value::from_small_int(value::small_int_max).as_small_int() == value::small_int_max);
  CHECK(value::from_small_int(value::small_int_min).as_small_int() == value::small_int_min);
  CHECK_FALSE(value::from_small_int(3).is_double());
  CHECK(value::none().is_none());
  CHECK(value::from_bool(true).is_true());
  CHECK_FALSE(value::none().is_double());
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(value::from_double(nan).is_double());
  CHECK(value::from_double(-nan).is_double());
  CHECK(value::from_double(std::bit_cast<double>(std::uint64_t{0xFFFA'0000'0000'1234})).is_double());
}

TEST_CASE("the heap counts objects and their parts and frees unreachable ones", "[heap]") {
  auto type = make_test_type();
  heap h;
  auto* root = h.make<test_list>(&type, &h);
  auto* a = h.make<test_list>(&type, &h);
  auto* b = h.make<test_list>(&type, &h);
  root->items.push_back(value::from_object(a));
  a->items.push_back(value::from_object(b));
  b->items.push_back(value::from_object(a));  // a cycle, reachable from root
  auto* garbage1 = h.make<test_list>(&type, &h);
  auto* garbage2 = h.make<test_list>(&type, &h);
  garbage1->items.push_back(value::from_object(garbage2));
  garbage2->items.push_back(value::from_object(garbage1));  // an unreachable cycle
  for (int i = 0; i < 1000; ++i) garbage1->items.push_back(value::from_small_int(i));
  CHECK(h.object_count() == 5);
  const auto before = h.live_bytes();

  h.collect([&](coil::vm::tracer& t) { t.visit(root); });
  CHECK(h.object_count() == 3);
  CHECK(h.live_bytes() < before - 1000 * sizeof(value));

  root->items.clear();
  h.collect([&](coil::vm::tracer& t) { t.visit(root); });
  CHECK(h.object_count() == 1);
}

TEST_CASE("marking a deep chain does not recurse", "[heap]") {
  auto type = make_test_type();
  heap h;
  auto* head = h.make<test_list>(&type, &h);
  auto* tail = head;
  for (int i = 0; i < 200000; ++i) {
    auto* next = h.make<test_list>(&type, &h);
    tail->items.push_back(value::from_object(next));
    tail = next;
  }
  h.collect([&](coil::vm::tracer& t) { t.visit(head); });
  CHECK(h.object_count() == 200001);
}

TEST_CASE("the heap reports its limits", "[heap]") {
  auto type = make_test_type();
  heap h(coil::vm::heap_limits{1000, 10});
  CHECK_FALSE(h.over_memory_limit());
  CHECK(h.could_allocate(900));
  CHECK_FALSE(h.could_allocate(2000));
  auto* big = h.make<test_list>(&type, &h);
  big->items.resize(200);
  CHECK(h.over_memory_limit());
  for (int i = 0; i < 10; ++i) h.make<test_list>(&type, &h);
  CHECK(h.over_allocation_limit());
}
