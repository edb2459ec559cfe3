// runtime::ordered_table, the table behind dict: CPython-observable layout (growth points, presized
// capacities, copies, popitem reuse, what an iterator sees when a loop mutates the dict; every
// expectation below was printed by CPython 3.12), the restart rules when an __eq__ mutates the
// table, error propagation, memory accounting, and a long randomized differential test against a
// linear reference model.
#include <coil/runtime/ordered_table.hpp>
#include <coil/runtime/type_object.hpp>
#include <coil/vm/heap.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <memory_resource>
#include <new>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

using coil::runtime::eq_result;
using coil::runtime::ordered_table;
using coil::runtime::table_entry;
using coil::runtime::table_status;
using coil::vm::value;

// Counts live bytes and allocations, checks every deallocation matches an allocation exactly, and
// can be told to fail.
class counting_resource final : public std::pmr::memory_resource {
 public:
  std::size_t live_bytes = 0;
  std::size_t allocations = 0;
  std::optional<std::size_t> fail_after;  // allocations allowed before std::bad_alloc
  std::map<void*, std::pair<std::size_t, std::size_t>> blocks;
  bool mismatch = false;

  ~counting_resource() override { CHECK(blocks.empty()); }

 private:
  void* do_allocate(std::size_t bytes, std::size_t alignment) override {
    if (fail_after && allocations >= *fail_after) throw std::bad_alloc();
    void* p = std::pmr::new_delete_resource()->allocate(bytes, alignment);
    blocks[p] = {bytes, alignment};
    live_bytes += bytes;
    ++allocations;
    return p;
  }
  void do_deallocate(void* p, std::size_t bytes, std::size_t alignment) override {
    auto it = blocks.find(p);
    if (it == blocks.end() || it->second != std::pair{bytes, alignment}) {
      mismatch = true;
      return;
    }
    blocks.erase(it);
    live_bytes -= bytes;
    std::pmr::new_delete_resource()->deallocate(p, bytes, alignment);
  }
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }
};

// Python ints: the word is the int and hash(i) == i for the small ones we use.
value key(std::int64_t i) { return value::from_small_int(i); }
bool int_eq(value a, value b) { return a.as_small_int() == b.as_small_int(); }

void put(ordered_table& t, std::int64_t k, std::int64_t v = 0) {
  REQUIRE_FALSE(t.insert_or_assign(k, key(k), key(v), int_eq).failed());
}
void del(ordered_table& t, std::int64_t k) { REQUIRE(t.erase(k, key(k), int_eq).status == table_status::found); }

std::vector<std::int64_t> keys_of(const ordered_table& t) {
  std::vector<std::int64_t> out;
  for (std::size_t i = t.next_live(0); i < t.end_index(); i = t.next_live(i + 1)) out.push_back(t.entry(i).key.as_small_int());
  return out;
}

// CPython's dict iterator protocol over entry indices: it remembers the size and the number of
// items left, and walks indices; what it yields after a mutation depends on the table's layout.
struct dict_iterator {
  const ordered_table* table;
  std::size_t used;
  std::size_t left;
  std::size_t position = 0;
  explicit dict_iterator(const ordered_table& t) : table(&t), used(t.size()), left(t.size()) {}
  // A key, or nullopt at the end; `error` gets the RuntimeError message.
  std::optional<std::int64_t> next(std::string& error) {
    if (table->size() != used) {
      error = "dictionary changed size during iteration";
      return std::nullopt;
    }
    const std::size_t i = table->next_live(position);
    if (i >= table->end_index()) return std::nullopt;
    if (left == 0) {
      error = "dictionary keys changed during iteration";
      return std::nullopt;
    }
    position = i + 1;
    --left;
    return table->entry(i).key.as_small_int();
  }
};

template <class Step>
std::pair<std::vector<std::int64_t>, std::string> iterate_mutating(ordered_table& t, Step step) {
  std::vector<std::int64_t> seen;
  std::string error;
  dict_iterator it(t);
  while (auto k = it.next(error)) {
    seen.push_back(*k);
    step(t, *k);
    REQUIRE(seen.size() < 100);
  }
  return {seen, error.empty() ? "ok" : error};
}

}  // namespace

TEST_CASE("an empty table allocates nothing and a small one allocates once", "[ordered_table]") {
  counting_resource memory;
  ordered_table t(&memory);
  CHECK(t.size() == 0);
  CHECK(t.empty());
  CHECK(t.end_index() == 0);
  CHECK(t.find(1, key(1), int_eq).missing());
  CHECK(t.erase(1, key(1), int_eq).status == table_status::missing);
  CHECK_FALSE(t.pop_last());
  CHECK(memory.allocations == 0);
  CHECK(t.allocated_bytes() == 0);
  CHECK(t.capacity() == 5);
  CHECK(t.growth_bytes() == 8 + 5 * sizeof(table_entry));
  put(t, 1);
  CHECK(memory.allocations == 1);
  CHECK(memory.live_bytes == 8 + 5 * sizeof(table_entry));
  CHECK(t.allocated_bytes() == memory.live_bytes);
  for (int i = 2; i <= 5; ++i) put(t, i);
  CHECK(memory.allocations == 1);
  CHECK(t.growth_bytes() == 16 + 10 * sizeof(table_entry));
  t.clear();
  CHECK(memory.live_bytes == 0);
  CHECK(t.size() == 0);
  CHECK(keys_of(t).empty());
}

TEST_CASE("insertion order follows CPython's dict", "[ordered_table]") {
  counting_resource memory;
  ordered_table t(&memory);
  for (int i : {5, 3, 9, 1}) put(t, i, i);
  CHECK(keys_of(t) == std::vector<std::int64_t>{5, 3, 9, 1});
  // Re-assigning keeps the position.
  const auto r = t.insert_or_assign(3, key(3), key(33), int_eq);
  CHECK(r.found());
  CHECK(t.entry(r.index).value.as_small_int() == 33);
  CHECK(keys_of(t) == std::vector<std::int64_t>{5, 3, 9, 1});
  // Deleting then re-inserting moves the key to the end.
  del(t, 5);
  put(t, 5);
  CHECK(keys_of(t) == std::vector<std::int64_t>{3, 9, 1, 5});
  // get_or_insert keeps an existing value.
  auto g = t.get_or_insert(9, key(9), key(-1), int_eq);
  CHECK(g.found());
  CHECK(t.entry(g.index).value.as_small_int() == 9);
  g = t.get_or_insert(7, key(7), key(-1), int_eq);
  CHECK(g.inserted());
  CHECK(t.entry(g.index).value.as_small_int() == -1);
  // popitem is LIFO.
  auto last = t.pop_last();
  REQUIRE(last);
  CHECK(last->key.as_small_int() == 7);
  last = t.pop_last();
  REQUIRE(last);
  CHECK(last->key.as_small_int() == 5);
  CHECK(keys_of(t) == std::vector<std::int64_t>{3, 9, 1});
  CHECK(t.size() == 3);
}

TEST_CASE("re-assigning through an equal key keeps the stored key", "[ordered_table]") {
  // d = {1: 'a'}; d[1.0] = 'b' keeps the key 1: here key words 1 and 1001 are "equal".
  counting_resource memory;
  ordered_table t(&memory);
  auto eq = [](value a, value b) { return a.as_small_int() % 1000 == b.as_small_int() % 1000; };
  t.insert_or_assign(1, key(1), key(10), eq);
  const auto r = t.insert_or_assign(1, key(1001), key(20), eq);
  CHECK(r.found());
  CHECK(t.entry(r.index).key.as_small_int() == 1);
  CHECK(t.entry(r.index).value.as_small_int() == 20);
  const auto e = t.erase(1, key(2001), eq);
  CHECK(e.status == table_status::found);
  CHECK(e.key.as_small_int() == 1);
  CHECK(e.value.as_small_int() == 20);
}

TEST_CASE("the table grows when and as much as CPython's dict", "[ordered_table]") {
  counting_resource memory;
  // sys.getsizeof changes after insertions 1, 6, 11, 22, 43, 86 and 171: 8, 16, ... 512 slots.
  ordered_table t(&memory);
  std::vector<int> grew_at;
  std::vector<std::size_t> capacities;
  for (int i = 0; i < 200; ++i) {
    const auto before = t.capacity();
    const auto bytes_before = t.allocated_bytes();
    const auto predicted = t.growth_bytes();
    put(t, i);
    if (t.allocated_bytes() != bytes_before) {
      grew_at.push_back(i + 1);
      capacities.push_back(t.capacity());
      CHECK(predicted == t.allocated_bytes());
    } else {
      CHECK(predicted == 0);
      CHECK(t.capacity() == before);
    }
  }
  CHECK(grew_at == std::vector<int>{1, 6, 11, 22, 43, 86, 171});
  CHECK(capacities == std::vector<std::size_t>{5, 10, 21, 42, 85, 170, 341});

  // Five entries, all but `used` deleted, then one insertion: 8 slots for 0 live, 16 for 1..5.
  for (std::size_t used = 0; used <= 5; ++used) {
    ordered_table u(&memory);
    for (int i = 0; i < 5; ++i) put(u, i);
    for (std::size_t i = 0; i < 5 - used; ++i) del(u, static_cast<int>(i));
    put(u, 100);
    CHECK(u.capacity() == (used == 0 ? 5u : 10u));
  }
}

TEST_CASE("presized capacities match dict.fromkeys of a set", "[ordered_table]") {
  counting_resource memory;
  // 1..4 -> 16 slots, 5 -> 8, 6..10 -> 16, 11..20 -> 32, 21..42 -> 64, 43..84 -> 128, 85 -> 256.
  auto expected_capacity = [](std::size_t n) -> std::size_t {
    if (n <= 4) return 10;
    if (n == 5) return 5;
    if (n <= 10) return 10;
    if (n <= 20) return 21;
    if (n <= 42) return 42;
    if (n <= 84) return 85;
    return 170;
  };
  for (std::size_t n = 1; n <= 89; ++n) {
    ordered_table t(&memory);
    t.presize(n);
    CHECK(t.capacity() == expected_capacity(n));
    CHECK(t.allocated_bytes() == ordered_table::bytes_needed_for(n));
    CHECK(memory.live_bytes == ordered_table::bytes_needed_for(n));
    for (std::size_t i = 0; i < n; ++i) put(t, static_cast<std::int64_t>(i));
    CHECK(memory.allocations >= 1);
    CHECK(t.capacity() == expected_capacity(n));  // no growth while filling
  }
  CHECK(ordered_table::bytes_needed_for(SIZE_MAX / 2) == SIZE_MAX);
  CHECK(ordered_table::bytes_needed_for(SIZE_MAX) == SIZE_MAX);
}

TEST_CASE("copies are clones or compacted like CPython's", "[ordered_table]") {
  counting_resource memory;
  {
    ordered_table t(&memory);
    for (int i = 0; i < 40; ++i) put(t, i, i * 2);
    for (int i = 0; i < 30; ++i) del(t, i);
    ordered_table c = t.copy();  // sparse: compacted to 16 slots
    CHECK(c.capacity() == 10);
    CHECK(c.end_index() == 10);
    CHECK(keys_of(c) == keys_of(t));
    CHECK(c.entry(0).value.as_small_int() == 60);
    CHECK(c.find(35, key(35), int_eq).found());
  }
  {
    ordered_table t(&memory);
    for (int i = 0; i < 40; ++i) put(t, i, i * 2);
    for (int i = 0; i < 10; ++i) del(t, i);
    ordered_table c = t.copy();  // mostly live: cloned with its 64 slots and tombstones
    CHECK(c.capacity() == 42);
    CHECK(c.end_index() == 40);
    CHECK(keys_of(c) == keys_of(t));
    CHECK(c.allocated_bytes() == t.allocated_bytes());
    // The copy is independent.
    put(c, 1000);
    del(c, 39);
    CHECK(t.find(39, key(39), int_eq).found());
    CHECK(t.find(1000, key(1000), int_eq).missing());
    CHECK(t.size() == 30);
    CHECK(c.size() == 30);
  }
  {
    ordered_table t(&memory);
    ordered_table c = t.copy();
    CHECK(c.allocated_bytes() == 0);
    put(t, 1);
    for (int i = 2; i <= 7; ++i) put(t, i);
    for (int i = 2; i <= 6; ++i) del(t, i);
    ordered_table small = t.copy();  // 2 live of 7: compacted into 8 slots
    CHECK(small.capacity() == 5);
    CHECK(keys_of(small) == std::vector<std::int64_t>{1, 7});
  }
  CHECK(memory.live_bytes == 0);
  CHECK_FALSE(memory.mismatch);
}

TEST_CASE("popitem frees the tail index for the next insertion, as CPython does", "[ordered_table]") {
  counting_resource memory;
  ordered_table t(&memory);
  for (int i = 0; i < 5; ++i) put(t, i);
  t.pop_last();
  t.pop_last();
  CHECK(t.end_index() == 3);
  put(t, 10);  // the insertion budget was not given back: this rebuilds into 16 slots
  put(t, 11);
  CHECK(keys_of(t) == std::vector<std::int64_t>{0, 1, 2, 10, 11});
  CHECK(t.capacity() == 10);

  ordered_table u(&memory);
  for (int i = 0; i < 4; ++i) put(u, i);
  del(u, 3);
  del(u, 1);
  auto last = u.pop_last();  // skips the trailing tombstone
  REQUIRE(last);
  CHECK(last->key.as_small_int() == 2);
  CHECK(u.end_index() == 2);
  put(u, 7);
  CHECK(keys_of(u) == std::vector<std::int64_t>{0, 7});
  CHECK(u.find(7, key(7), int_eq).index == 2);
}

TEST_CASE("iterators see what CPython's see when a loop mutates the dict", "[ordered_table]") {
  counting_resource memory;
  using keys = std::vector<std::int64_t>;
  {
    ordered_table t(&memory);
    put(t, 0);
    auto [seen, outcome] = iterate_mutating(t, [](ordered_table& d, std::int64_t k) {
      del(d, k);
      put(d, k + 1);
    });
    CHECK(seen == keys{0});
    CHECK(outcome == "dictionary keys changed during iteration");
    CHECK(keys_of(t) == keys{1});
  }
  {
    ordered_table t(&memory);
    for (int i = 0; i < 3; ++i) put(t, i);
    auto [seen, outcome] = iterate_mutating(t, [](ordered_table& d, std::int64_t k) {
      d.pop_last();
      put(d, 100 + k);
    });
    CHECK(seen == keys{0, 1, 101});
    CHECK(outcome == "ok");
    CHECK(keys_of(t) == keys{0, 1, 201});
  }
  {
    ordered_table t(&memory);
    for (int i = 0; i < 8; ++i) put(t, i);
    auto [seen, outcome] = iterate_mutating(t, [](ordered_table& d, std::int64_t k) {
      del(d, keys_of(d).front());
      put(d, 1000 + k);
    });
    CHECK(seen == keys{0, 1, 2, 6, 7, 1000, 1001, 1002});
    CHECK(outcome == "dictionary keys changed during iteration");
    CHECK(keys_of(t) == keys{1000, 1001, 1002, 1006, 1007, 2000, 2001, 2002});
  }
  {
    ordered_table t(&memory);
    for (int i = 0; i < 6; ++i) put(t, i);
    auto [seen, outcome] = iterate_mutating(t, [](ordered_table& d, std::int64_t k) {
      if (k % 2 == 0) {
        d.pop_last();
        put(d, k + 50);
      }
    });
    CHECK(seen == keys{0, 1, 2, 3, 4, 54});
    CHECK(outcome == "ok");
    CHECK(keys_of(t) == keys{0, 1, 2, 3, 4, 104});
  }
  {
    ordered_table t(&memory);
    for (int i = 0; i < 4; ++i) put(t, i);
    auto [seen, outcome] = iterate_mutating(t, [](ordered_table& d, std::int64_t k) { put(d, k, k + 1); });
    CHECK(seen == keys{0, 1, 2, 3});
    CHECK(outcome == "ok");
  }
}

TEST_CASE("an __eq__ that mutates the dict restarts the search exactly when CPython's does", "[ordered_table]") {
  // CPython 3.12, with class K (hash 0, __eq__ comparing .v and mutating d on its first call):
  //   d = {first: 'a', 1: 'b'}; d[K(1)]
  //   clear            -> KeyError, 1 call,  d == {}
  //   grow (10 keys)   -> 'a',      2 calls, 12 items
  //   unrelated key    -> 'a',      1 call,  3 items
  //   delete d[1]      -> 'a',      1 call,  [first]
  //   replace compared -> KeyError, 2 calls, [1, K(9)]
  // Words: small ints below 100 are plain ints (hash = the int); 100 + v*10 + n is the n-th K(v).
  counting_resource memory;
  auto is_k = [](value w) { return w.as_small_int() >= 100; };
  auto k_v = [](value w) { return (w.as_small_int() - 100) / 10; };
  const value first = key(110), probe = key(111), k9 = key(190);
  for (std::string mode : {"clear", "grow", "unrelated", "delete_self", "replace_compared"}) {
    INFO(mode);
    ordered_table d(&memory);
    int calls = 0;
    auto plain_eq = [&](value a, value b) {
      if (is_k(a) || is_k(b)) return is_k(a) && is_k(b) && k_v(a) == k_v(b);
      return a.as_small_int() == b.as_small_int();
    };
    d.insert_or_assign(0, first, key(1), plain_eq);
    d.insert_or_assign(1, key(1), key(2), plain_eq);
    auto k_eq = [&](value stored, value searched) -> eq_result {
      if (is_k(stored)) {
        ++calls;
        if (calls == 1) {
          if (mode == "clear") d.clear();
          if (mode == "grow")
            for (int i = 0; i < 10; ++i) d.insert_or_assign(1000 + i, key(1000 + i), key(i), plain_eq);
          if (mode == "unrelated") d.insert_or_assign(5000, key(5000), key(1), plain_eq);
          if (mode == "delete_self") d.erase(1, key(1), plain_eq);
          if (mode == "replace_compared") {
            d.erase(0, first, plain_eq);
            d.insert_or_assign(0, k9, key(3), plain_eq);
          }
        }
      }
      return plain_eq(stored, searched) ? eq_result::equal : eq_result::not_equal;
    };
    const auto r = d.find(0, probe, k_eq);
    if (mode == "clear") {
      CHECK(r.missing());
      CHECK(calls == 1);
      CHECK(d.size() == 0);
    } else if (mode == "grow") {
      CHECK(r.found());
      CHECK(calls == 2);
      CHECK(d.size() == 12);
    } else if (mode == "unrelated") {
      CHECK(r.found());
      CHECK(calls == 1);
      CHECK(d.size() == 3);
    } else if (mode == "delete_self") {
      CHECK(r.found());
      CHECK(calls == 1);
      CHECK(d.size() == 1);
    } else {
      CHECK(r.missing());
      CHECK(calls == 2);
      CHECK(d.size() == 2);
    }
    if (r.found()) CHECK(same(d.entry(r.index).key, first));
  }
}

TEST_CASE("a callback that clears and refills the table is noticed even at the same address", "[ordered_table]") {
  counting_resource memory;
  ordered_table t(&memory);
  for (int i = 0; i < 4; ++i) t.insert_new(0, key(i), key(i));  // one hash: a collision chain
  int calls = 0;
  auto eq = [&](value a, value b) {
    if (++calls == 1) {
      t.clear();  // the same block size comes straight back from the allocator
      for (int i = 3; i >= 0; --i) t.insert_new(0, key(i), key(i * 10));
    }
    return a.as_small_int() == b.as_small_int() + 100;
  };
  const auto r = t.find(0, key(-98), eq);  // "equal" to key 2
  REQUIRE(r.found());
  CHECK(t.entry(r.index).key.as_small_int() == 2);
  CHECK(t.entry(r.index).value.as_small_int() == 20);
  CHECK(r.index == 1);
}

TEST_CASE("an equality error aborts the operation and leaves the table unchanged", "[ordered_table]") {
  counting_resource memory;
  ordered_table t(&memory);
  for (int i = 0; i < 5; ++i) t.insert_new(7, key(i), key(i));
  auto failing = [](value, value) -> std::optional<bool> { return std::nullopt; };
  const auto version = t.version();
  CHECK(t.find(7, key(100), failing).failed());
  CHECK(t.insert_or_assign(7, key(100), key(0), failing).failed());
  CHECK(t.get_or_insert(7, key(100), key(0), failing).failed());
  CHECK(t.erase(7, key(100), failing).status == table_status::failed);
  CHECK(t.version() == version);
  CHECK(keys_of(t) == std::vector<std::int64_t>{0, 1, 2, 3, 4});
  // Identity needs no callback (key 0 is first on its probe sequence), nor does a different hash.
  CHECK(t.find(7, key(0), failing).found());
  CHECK(t.find(7, key(3), failing).failed());  // entries 0..2 collide before it
  CHECK(t.find(8, key(100), failing).missing());
  // The identity_only callback: only the same word matches.
  CHECK(t.find(7, key(4), coil::runtime::identity_only{}).index == 4);
  CHECK(t.find(7, key(400), coil::runtime::identity_only{}).missing());
}

TEST_CASE("table equality follows dict ==", "[ordered_table]") {
  counting_resource memory;
  ordered_table a(&memory), b(&memory);
  for (int i = 0; i < 20; ++i) put(a, i, i * 3);
  for (int i = 19; i >= 0; --i) put(b, i, i * 3);
  int value_calls = 0;
  auto eq = [&](value x, value y) {
    ++value_calls;
    return x.as_small_int() == y.as_small_int();
  };
  CHECK(equal(a, b, eq) == eq_result::equal);
  CHECK(value_calls == 0);  // identical words never call back
  CHECK(equal(a, a, eq) == eq_result::equal);
  put(b, 5, 16);
  CHECK(equal(a, b, eq) == eq_result::not_equal);
  put(b, 5, 15);
  del(b, 7);
  CHECK(equal(a, b, eq) == eq_result::not_equal);  // sizes differ
  put(b, 70, 21);
  CHECK(equal(a, b, eq) == eq_result::not_equal);  // same size, a key missing
  ordered_table empty1(&memory), empty2(&memory);
  CHECK(equal(empty1, empty2, eq) == eq_result::equal);

  // Values compared through the callback, errors propagated.
  ordered_table c(&memory), d(&memory);
  put(c, 1, 10);
  put(d, 1, 1010);
  auto loose = [](value x, value y) { return x.as_small_int() % 1000 == y.as_small_int() % 1000; };
  CHECK(equal(c, d, loose) == eq_result::equal);
  auto failing = [](value x, value y) -> eq_result {
    return x.as_small_int() == y.as_small_int() ? eq_result::equal : eq_result::error;
  };
  CHECK(equal(c, d, failing) == eq_result::error);
}

TEST_CASE("table equality survives callbacks that mutate either table", "[ordered_table]") {
  counting_resource memory;
  for (int mode = 0; mode < 4; ++mode) {
    INFO(mode);
    ordered_table a(&memory), b(&memory);
    // Equal keys with different words so every lookup in b calls back.
    for (int i = 0; i < 30; ++i) a.insert_new(i % 4, key(i), key(i));
    for (int i = 0; i < 30; ++i) b.insert_new(i % 4, key(i + 1000), key(i + 1000));
    int calls = 0;
    auto eq = [&](value x, value y) {
      ++calls;
      if (calls == 7) {
        if (mode == 0) a.clear();
        if (mode == 1) b.clear();
        if (mode == 2)
          for (int i = 0; i < 100; ++i) a.insert_new(i % 4, key(5000 + i), key(0));
        if (mode == 3) a.pop_last();
      }
      return x.as_small_int() % 1000 == y.as_small_int() % 1000;
    };
    const eq_result r = equal(a, b, eq);
    CHECK(r != eq_result::error);
    if (mode == 1) CHECK(r == eq_result::not_equal);  // b lost its keys
  }
}

TEST_CASE("trace visits every live key and value once", "[ordered_table]") {
  coil::vm::heap h;
  ordered_table t(&h);
  for (int i = 0; i < 50; ++i) put(t, i, 1000 + i);
  for (int i = 0; i < 50; i += 3) del(t, i);
  std::vector<std::int64_t> visited;
  t.trace([&](value v) { visited.push_back(v.as_small_int()); });
  std::vector<std::int64_t> expected;
  for (int i = 0; i < 50; ++i)
    if (i % 3 != 0) {
      expected.push_back(i);
      expected.push_back(1000 + i);
    }
  CHECK(visited == expected);
  struct member_visitor {
    int count = 0;
    void visit(value) { ++count; }
  } counter;
  t.trace(counter);
  CHECK(counter.count == static_cast<int>(expected.size()));
  // The heap counts the table's bytes.
  CHECK(h.live_bytes() == t.allocated_bytes());
  t.clear();
  CHECK(h.live_bytes() == 0);
}

TEST_CASE("growth failing with bad_alloc leaves the table intact", "[ordered_table]") {
  counting_resource memory;
  ordered_table t(&memory);
  for (int i = 0; i < 5; ++i) put(t, i, i);
  memory.fail_after = memory.allocations;
  const auto version = t.version();
  CHECK_THROWS_AS(t.insert_or_assign(5, key(5), key(5), int_eq), std::bad_alloc);
  CHECK_THROWS_AS(t.presize(100), std::bad_alloc);
  CHECK_THROWS_AS((void)t.copy(), std::bad_alloc);
  CHECK(t.version() == version);
  CHECK(keys_of(t) == std::vector<std::int64_t>{0, 1, 2, 3, 4});
  CHECK(t.find(3, key(3), int_eq).found());
  put(t, 2, 22);  // assigning needs no memory
  memory.fail_after.reset();
  put(t, 5);
  CHECK(keys_of(t) == std::vector<std::int64_t>{0, 1, 2, 3, 4, 5});
}

TEST_CASE("moves hand over storage and accounting", "[ordered_table]") {
  counting_resource memory;
  ordered_table a(&memory);
  for (int i = 0; i < 10; ++i) put(a, i);
  const auto bytes = memory.live_bytes;
  ordered_table b(std::move(a));
  CHECK(memory.live_bytes == bytes);
  CHECK(b.size() == 10);
  CHECK(a.size() == 0);  // NOLINT(bugprone-use-after-move): moved-from tables are empty and usable
  put(a, 3);
  CHECK(a.size() == 1);
  a = std::move(b);
  CHECK(a.size() == 10);
  CHECK(memory.live_bytes == bytes);
  CHECK_FALSE(memory.mismatch);
}

TEST_CASE("wide slot arrays (int16 and int32) work", "[ordered_table]") {
  counting_resource memory;
  ordered_table t(&memory);
  const int n = 70000;  // 131072 slots: int32 indices
  for (int i = 0; i < n; ++i) put(t, i * 7919, i);
  CHECK(t.size() == static_cast<std::size_t>(n));
  for (int i = 0; i < n; i += 2) del(t, i * 7919);
  for (int i = 0; i < n; ++i) {
    const auto r = t.find(i * 7919, key(i * 7919), int_eq);
    if (i % 2 == 0) {
      CHECK(r.missing());
    } else if (!r.found() || t.entry(r.index).value.as_small_int() != i) {
      FAIL("lost key " << i);
    }
  }
  CHECK(t.allocated_bytes() == memory.live_bytes);
}

namespace {

// The reference: live entries in insertion order, searched linearly by equivalence class.
struct model_entry {
  value key;
  value val;
};

struct differential_run {
  counting_resource memory;
  ordered_table table{&memory};
  std::vector<model_entry> model;
  std::mt19937_64 rng;
  int hash_mode;
  double error_rate;
  double mutation_rate;
  bool in_callback = false;
  std::int64_t next_fresh = 500000;  // keys only mutations insert: never equal to searched ones

  differential_run(std::uint64_t seed, int hash_mode, double error_rate, double mutation_rate)
      : rng(seed), hash_mode(hash_mode), error_rate(error_rate), mutation_rate(mutation_rate) {}

  // Word n and n + 1000000 (and + 2000000) are the same Python key with different identities.
  static std::int64_t cls(value w) { return w.as_small_int() % 1000000; }
  std::int64_t hash_of(std::int64_t c) const {
    switch (hash_mode) {
      case 0: return c;                                          // like small ints
      case 1: return c % 5;                                      // heavy collisions
      case 2: return static_cast<std::int64_t>(c * 0x9E3779B97F4A7C15ull);  // spread, negatives
      default: return 42;                                        // all equal
    }
  }
  double uniform() { return std::uniform_real_distribution<double>(0, 1)(rng); }
  std::size_t below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); }

  std::optional<std::size_t> model_find(std::int64_t c) const {
    for (std::size_t i = 0; i < model.size(); ++i)
      if (cls(model[i].key) == c) return i;
    return std::nullopt;
  }

  // Side effects a Python __eq__ could have, mirrored in the model.
  void mutate() {
    switch (below(6)) {
      case 0:
      case 1: {
        const std::int64_t c = next_fresh++;
        table.insert_new(hash_of(c), key(c), key(-c));
        model.push_back({key(c), key(-c)});
        break;
      }
      case 2:
        if (!model.empty()) {
          const std::size_t m = below(model.size());
          const std::int64_t c = cls(model[m].key);
          const auto r = table.find(hash_of(c), model[m].key, coil::runtime::identity_only{});
          REQUIRE(r.found());
          table.erase_at(r.index);
          model.erase(model.begin() + static_cast<std::ptrdiff_t>(m));
        }
        break;
      case 3:
        if (auto last = table.pop_last()) {
          REQUIRE(!model.empty());
          CHECK(same(last->key, model.back().key));
          model.pop_back();
        }
        break;
      case 4:
        table.presize(table.size() + below(20));
        break;
      default:
        if (below(10) == 0) {
          table.clear();
          model.clear();
        }
        break;
    }
  }

  eq_result eq(value stored, value searched) {
    REQUIRE(stored.is_small_int());
    REQUIRE(searched.is_small_int());
    REQUIRE_FALSE(same(stored, searched));  // identity is the table's job
    if (!in_callback && uniform() < mutation_rate) {
      in_callback = true;
      mutate();
      in_callback = false;
    }
    if (uniform() < error_rate) return eq_result::error;
    return cls(stored) == cls(searched) ? eq_result::equal : eq_result::not_equal;
  }

  void check_all() {
    REQUIRE(table.size() == model.size());
    std::size_t m = 0;
    for (std::size_t i = table.next_live(0); i < table.end_index(); i = table.next_live(i + 1), ++m) {
      REQUIRE(m < model.size());
      REQUIRE(same(table.entry(i).key, model[m].key));
      REQUIRE(same(table.entry(i).value, model[m].val));
      REQUIRE(table.entry(i).hash == hash_of(cls(model[m].key)));
    }
    REQUIRE(m == model.size());
    REQUIRE(table.allocated_bytes() == memory.live_bytes);
    REQUIRE_FALSE(memory.mismatch);
  }

  void step() {
    auto callback = [this](value a, value b) { return eq(a, b); };
    const std::int64_t c = static_cast<std::int64_t>(below(hash_mode == 3 ? 40 : 300));
    const value word = key(c + 1000000 * static_cast<std::int64_t>(below(3)));
    const value val = key(static_cast<std::int64_t>(below(1000)));
    const std::int64_t h = hash_of(c);
    const std::size_t op = below(100);
    if (op < 30) {
      const auto r = table.insert_or_assign(h, word, val, callback);
      const auto m = model_find(c);
      if (r.failed()) return;
      if (m) {
        REQUIRE(r.found());
        REQUIRE(same(table.entry(r.index).key, model[*m].key));
        model[*m].val = val;
      } else {
        REQUIRE(r.inserted());
        model.push_back({word, val});
      }
      REQUIRE(same(table.entry(r.index).value, val));
    } else if (op < 40) {
      const auto r = table.get_or_insert(h, word, val, callback);
      const auto m = model_find(c);
      if (r.failed()) return;
      if (m) {
        REQUIRE(r.found());
        REQUIRE(same(table.entry(r.index).value, model[*m].val));
      } else {
        REQUIRE(r.inserted());
        model.push_back({word, val});
      }
    } else if (op < 60) {
      const auto r = table.find(h, word, callback);
      const auto m = model_find(c);
      if (r.failed()) return;
      REQUIRE(r.found() == m.has_value());
      if (m) REQUIRE(same(table.entry(r.index).key, model[*m].key));
    } else if (op < 82) {
      const auto r = table.erase(h, word, callback);
      const auto m = model_find(c);
      if (r.status == table_status::failed) return;
      REQUIRE((r.status == table_status::found) == m.has_value());
      if (m) {
        REQUIRE(same(r.key, model[*m].key));
        REQUIRE(same(r.value, model[*m].val));
        model.erase(model.begin() + static_cast<std::ptrdiff_t>(*m));
      }
    } else if (op < 88) {
      const auto last = table.pop_last();
      REQUIRE(last.has_value() == !model.empty());
      if (last) {
        REQUIRE(same(last->key, model.back().key));
        REQUIRE(same(last->value, model.back().val));
        model.pop_back();
      }
    } else if (op < 91) {
      if (!model.empty()) {
        const std::size_t m = below(model.size());
        const auto r = table.find(hash_of(cls(model[m].key)), model[m].key, coil::runtime::identity_only{});
        REQUIRE(r.found());
        const table_entry removed = table.erase_at(r.index);
        REQUIRE(same(removed.key, model[m].key));
        model.erase(model.begin() + static_cast<std::ptrdiff_t>(m));
      }
    } else if (op < 93) {
      const std::size_t before = memory.live_bytes;
      ordered_table copied = table.copy();
      REQUIRE(memory.live_bytes == before + copied.allocated_bytes());
      in_callback = true;  // compare without side effects
      REQUIRE(equal(copied, table, callback) != eq_result::not_equal);
      in_callback = false;
      table = std::move(copied);
    } else if (op < 95) {
      const std::size_t n = below(2 * model.size() + 10);
      if (below(2) == 0) {
        table.presize(n);
        REQUIRE(table.allocated_bytes() == ordered_table::bytes_needed_for(std::max(n, model.size())));
      } else {
        table.reserve(n);
        REQUIRE(table.capacity() >= n);
      }
    } else if (op < 96) {
      if (below(20) == 0) {
        table.clear();
        model.clear();
        REQUIRE(memory.live_bytes == 0);
      }
    } else {
      // Iteration by index, then lookups of every key through its other identities.
      check_all();
      in_callback = true;
      for (const model_entry& e : model) {
        const std::int64_t k = cls(e.key);
        const value other = key(k + 1000000 * static_cast<std::int64_t>(1 + below(2)));
        const auto r = table.find(hash_of(k), other, callback);
        if (!r.failed()) REQUIRE((r.found() && same(table.entry(r.index).key, e.key)));
      }
      in_callback = false;
    }
  }
};

}  // namespace

TEST_CASE("randomized operations agree with a reference model", "[ordered_table]") {
  // hash modes: ints, heavy collisions, spread (negative hashes too), all-equal hashes; with and
  // without failing and mutating equality callbacks. 400k operations in all.
  struct config {
    int hash_mode;
    double error_rate;
    double mutation_rate;
    int steps;
  };
  const config configs[] = {{0, 0, 0, 60000},        {1, 0, 0, 60000},     {2, 0, 0, 60000},
                            {3, 0, 0, 20000},        {0, 0.02, 0, 40000},  {1, 0.02, 0.02, 50000},
                            {2, 0.01, 0.03, 50000}, {3, 0.01, 0.05, 20000}, {1, 0, 0.1, 40000}};
  std::uint64_t seed = 1;
  for (const config& c : configs) {
    INFO("hash mode " << c.hash_mode << ", error rate " << c.error_rate << ", mutation rate " << c.mutation_rate);
    differential_run run(seed++, c.hash_mode, c.error_rate, c.mutation_rate);
    for (int i = 0; i < c.steps; ++i) run.step();
    run.check_all();
  }
}
