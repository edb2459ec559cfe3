// runtime::set_table, the table behind set and frozenset: the slot layouts CPython 3.12 builds (every
// expected layout below was read out of a CPython 3.12 set object: ints hash to themselves, so the
// keys are small ints), the pop finger, rebuilds on growth, shrinking and compaction, merges,
// restarts when an equality callback mutates the table, error and allocation-guard propagation,
// memory accounting, and a randomized test of set semantics against std::set.
#include <coil/runtime/set_table.hpp>
#include <coil/vm/value.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <memory_resource>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

using coil::runtime::eq_result;
using coil::runtime::set_table;
using coil::runtime::table_status;
using coil::vm::value;

class counting_resource final : public std::pmr::memory_resource {
 public:
  std::size_t live_bytes = 0;
  std::size_t allocations = 0;
  std::map<void*, std::size_t> blocks;
  bool mismatch = false;
  ~counting_resource() override { CHECK(blocks.empty()); }

 private:
  void* do_allocate(std::size_t bytes, std::size_t alignment) override {
    void* p = std::pmr::new_delete_resource()->allocate(bytes, alignment);
    blocks[p] = bytes;
    live_bytes += bytes;
    ++allocations;
    return p;
  }
  void do_deallocate(void* p, std::size_t bytes, std::size_t alignment) override {
    auto it = blocks.find(p);
    if (it == blocks.end() || it->second != bytes) {
      mismatch = true;
      return;
    }
    blocks.erase(it);
    live_bytes -= bytes;
    std::pmr::new_delete_resource()->deallocate(p, bytes, alignment);
  }
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }
};

// Small ints are equal only when identical, so identity is the whole equality.
const auto never_equal = [](value, value) { return eq_result::not_equal; };

value key(std::int64_t k) { return value::from_small_int(k); }

void add(set_table& t, std::int64_t k) { REQUIRE(t.insert(k, key(k), never_equal).status != table_status::failed); }
void discard(set_table& t, std::int64_t k) { REQUIRE(t.erase(k, key(k), never_equal) != table_status::failed); }

// The table as CPython's layout reads: "." empty, "D" dummy, else the key, one per slot.
std::string layout(const set_table& t) {
  std::string out;
  for (std::size_t i = 0; i < t.slot_count(); ++i) {
    if (!out.empty()) out += ' ';
    const value k = t.slot(i).key;
    if (same(k, set_table::empty_key)) out += '.';
    else if (same(k, set_table::dummy_key)) out += 'D';
    else out += std::to_string(k.as_small_int());
  }
  return out;
}

std::string dots(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i == 0 ? "." : " .";
  return out;
}

}  // namespace

TEST_CASE("set_table: layouts CPython 3.12 builds", "[set_table]") {
  counting_resource memory;
  SECTION("a collision in the small table follows the perturbed sequence") {
    set_table t(&memory);
    for (int k : {94, 206, 4}) add(t, k);
    CHECK(layout(t) == ". . . . 4 206 94 .");
    CHECK(memory.allocations == 0);  // the first 8 slots are inline
  }
  SECTION("an insertion reuses the last dummy it passed") {
    set_table t(&memory);
    for (int k : {0, 1, 6, 7}) add(t, k);
    discard(t, 0);
    discard(t, 6);
    add(t, 16);
    CHECK(layout(t) == "D 1 . . . . 16 7");
    CHECK(t.fill() == 4);
    CHECK(t.size() == 3);

    set_table u(&memory);
    for (int k : {1, 9, 17, 25}) add(u, k);
    discard(u, 9);
    discard(u, 17);
    CHECK(layout(u) == ". 1 . . 25 . D D");
    add(u, 33);
    CHECK(layout(u) == ". 1 . . 25 . D 33");
  }
  SECTION("the fifth key grows the table to 32 slots; linear runs of ten") {
    set_table t(&memory);
    for (int k : {100, 101, 102, 103, 104}) add(t, k);
    CHECK(t.slot_count() == 32);
    CHECK(layout(t) == ". . . . 100 101 102 103 104 " + dots(23));
    add(t, 0);
    add(t, 1);
    discard(t, 0);
    discard(t, 1);
    add(t, 32);
    CHECK(layout(t) == "D 32 . . 100 101 102 103 104 " + dots(23));
  }
  SECTION("dummies count towards growth; the rebuild is sized from the live keys") {
    set_table t(&memory);
    for (int k = 0; k < 5; ++k) add(t, k);
    for (int k = 0; k < 4; ++k) discard(t, k);
    CHECK(layout(t) == "D D D D 4 " + dots(27));
    for (int k : {40, 41, 42}) add(t, k);
    CHECK(layout(t) == "D D D D 4 . . . 40 41 42 " + dots(21));
    for (int k = 100; k < 119; ++k) add(t, k);
    CHECK(t.slot_count() == 64);
    CHECK(t.fill() == 23);
    std::string expected = dots(4) + " 4 " + dots(31) + " 100 101 102 103 40 41 42";
    for (int k = 104; k < 119; ++k) expected += " " + std::to_string(k);
    expected += " " + dots(6);
    CHECK(layout(t) == expected);

    SECTION("merging into an empty table of the same size copies the layout") {
      set_table copy(&memory);
      REQUIRE(copy.merge(t, never_equal));
      CHECK(layout(copy) == expected);
    }
    SECTION("merging into a non-empty table inserts in slot order") {
      set_table u(&memory);
      add(u, 1);
      add(u, 2);
      REQUIRE(u.merge(t, never_equal));
      CHECK(u.slot_count() == 64);
      CHECK(u.size() == 25);
      CHECK(layout(u).substr(0, 9) == ". 1 2 . 4");
    }
  }
  SECTION("reserve before adding a dict's keys") {
    set_table t(&memory);
    add(t, 1);
    add(t, 2);
    REQUIRE(t.reserve(4));
    for (int k : {10, 18, 26, 34}) add(t, k);
    CHECK(layout(t) == ". 1 2 18 26 34 . . . . 10 . . . . .");
  }
  SECTION("compaction after removing many keys can shrink back to the inline slots") {
    set_table t(&memory);
    for (int k = 0; k < 10; ++k) add(t, k);
    CHECK(t.slot_count() == 32);
    for (int k = 0; k < 9; ++k) discard(t, k);
    REQUIRE(t.compact_if_sparse());
    CHECK(layout(t) == ". 9 . . . . . .");
    CHECK(memory.live_bytes == 0);

    set_table u(&memory);
    for (int k = 0; k < 20; ++k) add(u, k);
    for (int k = 0; k < 3; ++k) discard(u, k);
    REQUIRE(u.compact_if_sparse());
    CHECK(u.fill() == 20);  // 3 dummies of 128 slots: kept
  }
  SECTION("pop scans from a finger that clear() keeps") {
    set_table t(&memory);
    for (int k : {1, 2, 3}) add(t, k);
    CHECK(t.pop()->key.as_small_int() == 1);
    CHECK(t.pop()->key.as_small_int() == 2);
    CHECK(layout(t) == ". D D 3 . . . .");
    t.clear();
    CHECK(layout(t) == dots(8));
    for (int k : {5, 6, 7}) add(t, k);
    CHECK(t.pop()->key.as_small_int() == 5);  // from slot 3 on
    set_table empty(&memory);
    CHECK(!empty.pop());
  }
}

TEST_CASE("set_table: swapping contents, inline or allocated", "[set_table]") {
  counting_resource memory;
  set_table small(&memory);
  set_table large(&memory);
  for (int k : {1, 2}) add(small, k);
  for (int k = 0; k < 40; ++k) add(large, k);
  const std::string small_layout = layout(small);
  const std::string large_layout = layout(large);
  small.swap_contents(large);
  CHECK(layout(small) == large_layout);
  CHECK(layout(large) == small_layout);
  add(large, 3);
  add(small, 100);
  CHECK(large.size() == 3);
  CHECK(small.size() == 41);
  small.clear();
  large.clear();
  CHECK(memory.live_bytes == 0);
  CHECK(!memory.mismatch);
}

TEST_CASE("set_table: callbacks that fail, mutate, or refuse memory", "[set_table]") {
  counting_resource memory;
  set_table t(&memory);
  for (int k : {1, 9, 17}) add(t, k);

  SECTION("an equality error fails the operation and changes nothing") {
    auto failing = [](value, value) { return eq_result::error; };
    // Another word with hash 9 reaches the stored 9 and must be compared.
    const value other = value::from_double(9.5);
    CHECK(t.insert(9, other, failing).failed());
    CHECK(t.find(9, other, failing).failed());
    CHECK(t.erase(9, other, failing) == table_status::failed);
    CHECK(t.size() == 3);
  }
  SECTION("a callback that rebuilds the table makes the search restart") {
    int calls = 0;
    auto mutating = [&](value stored, value) {
      if (++calls == 1) {
        for (int k = 100; k < 140; ++k) add(t, k);  // grows: new storage
      }
      return stored.as_small_int() == 9 ? eq_result::equal : eq_result::not_equal;
    };
    const value other = value::from_double(9.5);
    const auto r = t.find(9, other, mutating);
    CHECK(r.found());
    CHECK(calls == 2);  // the comparison ran again in the new storage
    CHECK(t.slot(r.index).key.as_small_int() == 9);
  }
  SECTION("a callback that removes the compared key makes the search restart") {
    int calls = 0;
    auto removing = [&](value, value) {
      if (++calls == 1) discard(t, 9);
      return eq_result::equal;
    };
    const value other = value::from_double(9.5);
    CHECK(t.insert(9, other, removing).inserted());
    CHECK(calls == 1);
    CHECK(t.size() == 3);
  }
  SECTION("a refused allocation leaves the table as it was") {
    auto refuse = [](std::size_t bytes) { return bytes == 0; };
    CHECK(t.insert(25, key(25), never_equal, refuse).inserted());  // fill 4: no growth yet
    const std::string before = layout(t);
    CHECK(t.insert(33, key(33), never_equal, refuse).failed());
    CHECK(layout(t) == before);
    CHECK(t.size() == 4);
    set_table other(&memory);
    for (int k = 50; k < 60; ++k) add(other, k);
    CHECK(!t.merge(other, never_equal, refuse));
    CHECK(layout(t) == before);
    CHECK(memory.live_bytes == other.allocated_bytes());
  }
}

TEST_CASE("set_table: random operations keep set semantics and account memory", "[set_table]") {
  counting_resource memory;
  std::mt19937_64 random(12345);
  for (int round = 0; round < 40; ++round) {
    set_table t(&memory);
    std::set<std::int64_t> reference;
    for (int step = 0; step < 3000; ++step) {
      const std::int64_t k = static_cast<std::int64_t>(random() % 600) - 300;
      const std::int64_t hash = k == -1 ? -2 : k;
      switch (random() % 5) {
        case 0:
        case 1: {
          const auto r = t.insert(hash, key(k), never_equal);
          CHECK(r.inserted() == reference.insert(k).second);
          break;
        }
        case 2: {
          const bool removed = t.erase(hash, key(k), never_equal) == table_status::found;
          CHECK(removed == (reference.erase(k) == 1));
          break;
        }
        case 3: CHECK(t.find(hash, key(k), never_equal).found() == (reference.count(k) == 1)); break;
        default:
          if (random() % 50 == 0) {
            auto popped = t.pop();
            CHECK(popped.has_value() == !reference.empty());
            if (popped) CHECK(reference.erase(popped->key.as_small_int()) == 1);
          }
          if (random() % 200 == 0) REQUIRE(t.compact_if_sparse());
      }
      REQUIRE(t.size() == reference.size());
      REQUIRE(t.fill() < t.slot_count());
    }
    std::set<std::int64_t> seen;
    for (std::size_t i = t.next_live(0); i < t.slot_count(); i = t.next_live(i + 1)) seen.insert(t.slot(i).key.as_small_int());
    CHECK(seen == reference);
    CHECK(memory.live_bytes == t.allocated_bytes());
  }
  CHECK(memory.live_bytes == 0);
  CHECK(!memory.mismatch);
}
