// coil::externals on its own, without the VM: binding script arguments to C++ parameters (every
// supported type both ways, CPython's TypeErrors for bad calls), the stub text, async externals
// and the host policies (offload, max_concurrent, timeout) on a real asio::io_context with real
// timers and threads. The arity and keyword messages are CPython 3.12's for the same call on a
// Python function of the same parameters.
#include <coil/exception.hpp>
#include <coil/externals.hpp>

#include <asio/bind_cancellation_slot.hpp>
#include <asio/cancellation_signal.hpp>
#include <asio/co_spawn.hpp>
#include <asio/detached.hpp>
#include <asio/io_context.hpp>
#include <asio/post.hpp>
#include <asio/steady_timer.hpp>
#include <asio/strand.hpp>
#include <asio/thread_pool.hpp>
#include <asio/use_awaitable.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace {

using coil::value;
using coil::host::bound_call;
using coil::host::host_arguments;
using namespace std::chrono_literals;

template <class... V>
host_arguments positional(V... v) {
  host_arguments a;
  (a.positional.push_back(value(std::move(v))), ...);
  return a;
}

bound_call bind(const coil::externals& x, std::string_view name, host_arguments a) {
  auto index = x.find(name);
  REQUIRE(index);
  return x.at(*index).bind(std::move(a));
}

value call_sync(const coil::externals& x, std::string_view name, host_arguments a) {
  bound_call call = bind(x, name, std::move(a));
  REQUIRE(call.run_sync);
  REQUIRE_FALSE(call.run_async);
  return call.run_sync();
}

// "Type: message" of the coil::exception `f` throws, or a marker when it throws none.
template <class F>
std::string raised(F&& f) {
  try {
    f();
  } catch (const coil::exception& e) {
    return e.type() + ": " + e.message();
  }
  return "<no exception>";
}

std::string bind_error(const coil::externals& x, std::string_view name, host_arguments a) {
  return raised([&] { bind(x, name, std::move(a)); });
}

// Runs an async bound call to completion on `io`; rethrows what it threw.
value run_on(asio::io_context& io, bound_call call) {
  REQUIRE(call.run_async);
  std::optional<value> result;
  std::exception_ptr error;
  asio::co_spawn(io, call.run_async(), [&](std::exception_ptr e, value v) {
    error = e;
    result = std::move(v);
  });
  io.restart();
  io.run();
  if (error) std::rethrow_exception(error);
  REQUIRE(result);
  return *result;
}

value list(std::vector<value> items) { return value::list(std::move(items)); }
value tuple(std::vector<value> items) { return value::tuple(std::move(items)); }
value dict(std::vector<std::pair<value, value>> entries) { return value::dict(std::move(entries)); }

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::int64_t plus_one(std::int64_t x) { return x + 1; }

}  // namespace

TEST_CASE("externals: scalars convert both ways", "[externals]") {
  coil::externals x;
  x.add("b", [](bool v) { return !v; });
  x.add("i", [](int v) { return v * 2; });
  x.add("i64", plus_one);
  x.add("u8", [](std::uint8_t v) { return static_cast<std::uint8_t>(v + 1); });
  x.add("u64", [](std::uint64_t v) { return v; });
  x.add("d", [](double v) { return v / 2; });
  x.add("f", [](float v) { return v * 2; });
  x.add("s", [](std::string s) { return s + "!"; });
  x.add("sv", [](std::string_view s) { return std::string(s.substr(1)); });
  x.add("cref", [](const std::string& s) -> const std::string& { return s; });
  x.add("obj", [](value v) { return v; });

  CHECK(call_sync(x, "b", positional(true)) == value(false));
  CHECK(call_sync(x, "b", positional(true)).kind() == value::kind::boolean);
  CHECK(call_sync(x, "i", positional(21)) == value(42));
  CHECK(call_sync(x, "i", positional(true)) == value(2));  // bool is an int
  CHECK(call_sync(x, "i64", positional(std::int64_t{9007199254740993})) == value(std::int64_t{9007199254740994}));
  CHECK(call_sync(x, "u8", positional(254)) == value(255));
  CHECK(call_sync(x, "u64", positional(std::uint64_t{18446744073709551615u})).repr() == "18446744073709551615");
  CHECK(call_sync(x, "d", positional(3.0)) == value(1.5));
  CHECK(call_sync(x, "d", positional(3)) == value(1.5));  // an int is accepted for float
  CHECK(call_sync(x, "d", positional(3)).kind() == value::kind::floating);
  CHECK(call_sync(x, "f", positional(0.25)) == value(0.5));
  CHECK(call_sync(x, "s", positional("hé")) == value("hé!"));
  CHECK(call_sync(x, "sv", positional("xyz")) == value("yz"));
  CHECK(call_sync(x, "cref", positional("ref")) == value("ref"));
  value nested = dict({{value("k"), list({value(1), value(nullptr), value::bytes("b")})}});
  CHECK(call_sync(x, "obj", positional(nested)) == nested);
  CHECK(call_sync(x, "obj", positional(nested)).repr() == "{'k': [1, None, b'b']}");
}

TEST_CASE("externals: containers convert both ways", "[externals]") {
  coil::externals x;
  x.add("vec", [](std::vector<int> v) {
    std::reverse(v.begin(), v.end());
    return v;
  });
  x.add("strings", [](const std::vector<std::string>& v) { return v; });
  x.add("bools", [](std::vector<bool> v) { return v; });
  x.add("map", [](std::map<std::string, int> m) {
    m["total"] = 0;
    for (auto& [k, v] : m) m["total"] += k == "total" ? 0 : v;
    return m;
  });
  x.add("umap", [](std::unordered_map<std::string, double> m) { return m.size(); });
  x.add("umap_out", [] { return std::unordered_map<std::string, std::string>{{"a", "b"}}; });
  x.add("opt", [](std::optional<int> v) { return v ? std::optional<int>(*v + 1) : std::nullopt; });
  x.add("tup", [](std::tuple<int, std::string, double> t) {
    return std::tuple<double, std::string, int>(std::get<2>(t), std::get<1>(t), std::get<0>(t));
  });
  x.add("pair", [](std::pair<std::string, int> p) { return p; });
  x.add("empty_tuple", [](std::tuple<> t) { return t; });
  x.add("nested", [](std::map<std::string, std::vector<std::optional<int>>> m) { return m; });
  x.add("values", [](std::vector<value> v) { return v; });

  CHECK(call_sync(x, "vec", positional(list({value(1), value(2), value(3)}))).repr() == "[3, 2, 1]");
  CHECK(call_sync(x, "vec", positional(tuple({value(1), value(true)}))).repr() == "[1, 1]");  // a tuple is accepted
  CHECK(call_sync(x, "vec", positional(list({}))).repr() == "[]");
  CHECK(call_sync(x, "strings", positional(list({value("a"), value("b")}))).repr() == "['a', 'b']");
  CHECK(call_sync(x, "bools", positional(list({value(true), value(false)}))).repr() == "[True, False]");
  CHECK(call_sync(x, "map", positional(dict({{value("b"), value(2)}, {value("a"), value(1)}}))).repr() ==
        "{'a': 1, 'b': 2, 'total': 3}");
  CHECK(call_sync(x, "umap", positional(dict({{value("x"), value(1.5)}, {value("y"), value(2)}}))) == value(2));
  CHECK(call_sync(x, "umap_out", {}).repr() == "{'a': 'b'}");
  CHECK(call_sync(x, "opt", positional(4)) == value(5));
  CHECK(call_sync(x, "opt", positional(nullptr)).is_none());
  CHECK(call_sync(x, "opt", {}).is_none());  // omitted trailing optional: None
  CHECK(call_sync(x, "tup", positional(tuple({value(1), value("s"), value(2.5)}))).repr() == "(2.5, 's', 1)");
  CHECK(call_sync(x, "tup", positional(list({value(1), value("s"), value(2)}))).repr() == "(2.0, 's', 1)");
  CHECK(call_sync(x, "pair", positional(tuple({value("p"), value(7)}))).repr() == "('p', 7)");
  CHECK(call_sync(x, "empty_tuple", positional(tuple({}))).repr() == "()");
  CHECK(call_sync(x, "nested", positional(dict({{value("k"), list({value(1), value(nullptr)})}}))).repr() ==
        "{'k': [1, None]}");
  CHECK(call_sync(x, "values", positional(tuple({value("a"), value(nullptr)}))).repr() == "['a', None]");
}

TEST_CASE("externals: void results are None, and mutable lambdas and function objects bind", "[externals]") {
  coil::externals x;
  int calls = 0;
  x.add("count", [&calls](int n) { calls += n; });
  x.add("counter", [n = 0]() mutable { return ++n; });
  struct doubler {
    double operator()(double v) const noexcept { return v * 2; }
  };
  x.add("doubler", doubler{});
  x.add("fn", std::function<std::string(int)>([](int i) { return std::to_string(i); }));

  CHECK(call_sync(x, "count", positional(3)).is_none());
  CHECK(calls == 3);
  CHECK(call_sync(x, "counter", {}) == value(1));
  CHECK(call_sync(x, "counter", {}) == value(2));
  CHECK(call_sync(x, "doubler", positional(1.25)) == value(2.5));
  CHECK(call_sync(x, "fn", positional(12)) == value("12"));
}

TEST_CASE("externals: keywords bind by the given names, optionals default to None", "[externals]") {
  coil::externals x;
  x.add("get_temp", [](double lat, double lng) { return lat * 1000 + lng; }, {"lat", "lng"});
  x.add("search", [](std::string query, std::optional<int> limit, std::optional<std::string> lang) {
    return query + "/" + (limit ? std::to_string(*limit) : "none") + "/" + lang.value_or("none");
  }, {"query", "limit", "lang"});
  x.add("middle", [](std::optional<int> a, int b) { return a.value_or(-1) + b; }, {"a", "b"});

  host_arguments a;
  a.keywords = {{"lng", value(2)}, {"lat", value(1)}};
  CHECK(call_sync(x, "get_temp", std::move(a)) == value(1002.0));
  host_arguments b = positional(1.0);
  b.keywords = {{"lng", value(3.0)}};
  CHECK(call_sync(x, "get_temp", std::move(b)) == value(1003.0));

  CHECK(call_sync(x, "search", positional("q")) == value("q/none/none"));
  CHECK(call_sync(x, "search", positional("q", 5)) == value("q/5/none"));
  CHECK(call_sync(x, "search", positional("q", nullptr, "en")) == value("q/none/en"));
  host_arguments c = positional("q");
  c.keywords = {{"lang", value("fr")}};
  CHECK(call_sync(x, "search", std::move(c)) == value("q/none/fr"));

  // An optional that is not trailing has no default: it must be given (None is fine).
  CHECK(call_sync(x, "middle", positional(nullptr, 2)) == value(1));
  CHECK(bind_error(x, "middle", positional(1)) == "TypeError: middle() missing 1 required positional argument: 'b'");
}

TEST_CASE("externals: arity and keyword errors use CPython's wording", "[externals]") {
  coil::externals x;
  x.add("get_temp", [](double, double) { return 0.0; }, {"lat", "lng"});
  x.add("one", [](int) {}, {"a"});
  x.add("zero", [] {});
  x.add("three", [](int, int, int) {}, {"a", "b", "c"});
  x.add("opt", [](int, std::optional<int>, std::optional<int>) {}, {"a", "b", "c"});
  x.add("anon", [](double, double) { return 0.0; });

  auto kw = [](host_arguments a, std::vector<std::pair<std::string, value>> keywords) {
    a.keywords = std::move(keywords);
    return a;
  };
  CHECK(bind_error(x, "get_temp", positional(1.0)) ==
        "TypeError: get_temp() missing 1 required positional argument: 'lng'");
  CHECK(bind_error(x, "get_temp", {}) ==
        "TypeError: get_temp() missing 2 required positional arguments: 'lat' and 'lng'");
  CHECK(bind_error(x, "three", {}) == "TypeError: three() missing 3 required positional arguments: 'a', 'b', and 'c'");
  CHECK(bind_error(x, "three", positional(1)) ==
        "TypeError: three() missing 2 required positional arguments: 'b' and 'c'");
  CHECK(bind_error(x, "get_temp", kw({}, {{"lng", value(2)}})) ==
        "TypeError: get_temp() missing 1 required positional argument: 'lat'");
  CHECK(bind_error(x, "get_temp", positional(1, 2, 3)) ==
        "TypeError: get_temp() takes 2 positional arguments but 3 were given");
  CHECK(bind_error(x, "one", positional(1, 2)) == "TypeError: one() takes 1 positional argument but 2 were given");
  CHECK(bind_error(x, "zero", positional(1)) == "TypeError: zero() takes 0 positional arguments but 1 was given");
  CHECK(bind_error(x, "opt", positional(1, 2, 3, 4)) ==
        "TypeError: opt() takes from 1 to 3 positional arguments but 4 were given");
  CHECK(bind_error(x, "opt", {}) == "TypeError: opt() missing 1 required positional argument: 'a'");
  CHECK(bind_error(x, "get_temp", kw(positional(1, 2), {{"x", value(3)}})) ==
        "TypeError: get_temp() got an unexpected keyword argument 'x'");
  CHECK(bind_error(x, "zero", kw({}, {{"x", value(1)}})) == "TypeError: zero() got an unexpected keyword argument 'x'");
  CHECK(bind_error(x, "get_temp", kw(positional(1), {{"lat", value(2)}})) ==
        "TypeError: get_temp() got multiple values for argument 'lat'");
  // CPython checks keywords before the positional count, and reports the first keyword problem.
  CHECK(bind_error(x, "get_temp", kw(positional(1, 2, 3), {{"x", value(1)}})) ==
        "TypeError: get_temp() got an unexpected keyword argument 'x'");
  CHECK(bind_error(x, "get_temp", kw(positional(1, 2, 3), {{"lat", value(1)}})) ==
        "TypeError: get_temp() got multiple values for argument 'lat'");
  CHECK(bind_error(x, "get_temp", kw(positional(1), {{"x", value(2)}, {"lat", value(3)}})) ==
        "TypeError: get_temp() got an unexpected keyword argument 'x'");
  // The same keyword twice (possible only through ** in Python) is named as CPython's ** merge does.
  CHECK(bind_error(x, "get_temp", kw({}, {{"lat", value(1)}, {"lat", value(2)}})) ==
        "TypeError: get_temp() got multiple values for keyword argument 'lat'");
  // Without names the parameters are positional-only: keywords are refused as builtins refuse them.
  CHECK(bind_error(x, "anon", kw(positional(1), {{"arg1", value(2)}})) == "TypeError: anon() takes no keyword arguments");
  CHECK(bind_error(x, "anon", positional(1)) == "TypeError: anon() missing 1 required positional argument: 'arg1'");
}

TEST_CASE("externals: values that do not convert name the argument and both types", "[externals]") {
  coil::externals x;
  x.add("get_temp", [](double, double) { return 0.0; }, {"lat", "lng"});
  x.add("flag", [](bool) {}, {"on"});
  x.add("count", [](int) {}, {"n"});
  x.add("small", [](std::int8_t) {}, {"n"});
  x.add("unsigned", [](unsigned) {}, {"n"});
  x.add("u64", [](std::uint64_t) {}, {"n"});
  x.add("text", [](std::string) {}, {"s"});
  x.add("floats", [](std::vector<double>) {}, {"xs"});
  x.add("table", [](std::map<std::string, int>) {}, {"m"});
  x.add("maybe", [](std::optional<int>) {}, {"v"});
  x.add("pair", [](std::tuple<int, std::string>) {}, {"p"});
  x.add("deep", [](std::vector<std::map<std::string, std::optional<std::vector<int>>>>) {}, {"d"});
  x.add("anon", [](std::string, int) {});

  CHECK(bind_error(x, "get_temp", positional("north", 1.0)) ==
        "TypeError: get_temp() argument 'lat' must be float, not str");
  CHECK(bind_error(x, "get_temp", positional(1.0, nullptr)) ==
        "TypeError: get_temp() argument 'lng' must be float, not NoneType");
  CHECK(bind_error(x, "flag", positional(1)) == "TypeError: flag() argument 'on' must be bool, not int");
  CHECK(bind_error(x, "count", positional(1.5)) == "TypeError: count() argument 'n' must be int, not float");
  CHECK(bind_error(x, "count", positional("1")) == "TypeError: count() argument 'n' must be int, not str");
  CHECK(bind_error(x, "count", positional(std::int64_t{1} << 40)) ==
        "OverflowError: count() argument 'n' must be between -2147483648 and 2147483647");
  CHECK(bind_error(x, "small", positional(-129)) == "OverflowError: small() argument 'n' must be between -128 and 127");
  CHECK(bind_error(x, "unsigned", positional(-1)) ==
        "OverflowError: unsigned() argument 'n' must be between 0 and 4294967295");
  CHECK(bind_error(x, "u64", positional(-1)) ==
        "OverflowError: u64() argument 'n' must be between 0 and 18446744073709551615");
  CHECK(bind_error(x, "u64", positional(*coil::runtime::big_int::parse("18446744073709551616", 10))) ==
        "OverflowError: u64() argument 'n' must be between 0 and 18446744073709551615");
  CHECK(bind_error(x, "get_temp", positional(*coil::runtime::big_int::parse("1" + std::string(400, '0'), 10), 1)) ==
        "OverflowError: get_temp() argument 'lat' is an int too large to convert to float");
  CHECK(bind_error(x, "text", positional(value::bytes("b"))) == "TypeError: text() argument 's' must be str, not bytes");
  CHECK(bind_error(x, "floats", positional("abc")) == "TypeError: floats() argument 'xs' must be list[float], not str");
  CHECK(bind_error(x, "floats", positional(list({value(1), value(2.5), value("3")}))) ==
        "TypeError: floats() argument 'xs'[2] must be float, not str");
  CHECK(bind_error(x, "floats", positional(value::set({value(1.0)}))) ==
        "TypeError: floats() argument 'xs' must be list[float], not set");
  CHECK(bind_error(x, "table", positional(list({}))) == "TypeError: table() argument 'm' must be dict[str, int], not list");
  CHECK(bind_error(x, "table", positional(dict({{value("a"), value(1)}, {value(2), value(3)}}))) ==
        "TypeError: table() argument 'm' key 2 must be str, not int");
  CHECK(bind_error(x, "table", positional(dict({{value("a"), value("x")}}))) ==
        "TypeError: table() argument 'm'['a'] must be int, not str");
  CHECK(bind_error(x, "maybe", positional("x")) == "TypeError: maybe() argument 'v' must be int | None, not str");
  CHECK(bind_error(x, "pair", positional(tuple({value(1)}))) ==
        "TypeError: pair() argument 'p' must be tuple[int, str], not a tuple of 1 item");
  CHECK(bind_error(x, "pair", positional(list({value(1), value(2), value(3)}))) ==
        "TypeError: pair() argument 'p' must be tuple[int, str], not a list of 3 items");
  CHECK(bind_error(x, "pair", positional(tuple({value(1), value(2)}))) ==
        "TypeError: pair() argument 'p'[1] must be str, not int");
  CHECK(bind_error(x, "pair", positional(dict({}))) == "TypeError: pair() argument 'p' must be tuple[int, str], not dict");
  value deep = list({dict({{value("k"), list({value(1), value(2.0)})}})});
  CHECK(bind_error(x, "deep", positional(deep)) == "TypeError: deep() argument 'd'[0]['k'][1] must be int, not float");
  std::string long_key(100, 'k');
  CHECK(bind_error(x, "table", positional(dict({{value(long_key), value("x")}}))) ==
        "TypeError: table() argument 'm'['" + std::string(36, 'k') + "...] must be int, not str");
  CHECK(bind_error(x, "anon", positional("s", "t")) == "TypeError: anon() argument 'arg1' must be int, not str");
}

TEST_CASE("externals: registration errors are C++ errors", "[externals]") {
  coil::externals x;
  auto f2 = [](int, int) {};
  CHECK_THROWS_AS(x.add("f", f2, {"a"}), std::invalid_argument);
  CHECK_THROWS_AS(x.add("f", f2, {"a", "b", "c"}), std::invalid_argument);
  CHECK_THROWS_AS(x.add("f", f2, {"a", "a"}), std::invalid_argument);
  CHECK_THROWS_AS(x.add("f", f2, {"a", "lambda"}), std::invalid_argument);
  CHECK_THROWS_AS(x.add("f", f2, {"a", "2b"}), std::invalid_argument);
  CHECK_THROWS_AS(x.add("not a name", f2), std::invalid_argument);
  CHECK_THROWS_AS(x.add("class", f2), std::invalid_argument);
  CHECK(x.size() == 0);
  x.add("f", f2, {"a", "b"});
  CHECK_THROWS_AS(x.add("f", [] {}), std::invalid_argument);
  CHECK(x.size() == 1);

  asio::thread_pool pool(1);
  auto async_fn = []() -> asio::awaitable<int> { co_return 1; };
  CHECK_THROWS_AS(x.add("g", async_fn, {}, {.offload = &pool}), std::invalid_argument);
  CHECK_THROWS_AS(x.add("g", [] { return 1; }, {}, {.timeout = 10ms}), std::invalid_argument);
  CHECK_THROWS_AS(x.add("g", [] { return 1; }, {}, {.offload = &pool, .timeout = 0ms}), std::invalid_argument);
  CHECK_THROWS_AS(x.add("g", async_fn, {}, {.max_concurrent = 0}), std::invalid_argument);
  CHECK(x.size() == 1);
  CHECK_FALSE(x.find("g"));
  CHECK(x.find("f") == 0u);
}

TEST_CASE("externals: stubs() describes every function in registration order", "[externals]") {
  asio::thread_pool pool(1);
  coil::externals x;
  x.add("get_temp", [](double, double) -> asio::awaitable<double> { co_return 0.0; }, {"lat", "lng"});
  x.add("describe", [](std::string_view, std::optional<int>, std::optional<std::string>) { return std::string(); },
        {"city", "days", "lang"});
  x.add("log", [](std::string) {});
  x.add("now", [] { return std::int64_t{0}; });
  x.add("table", [](std::map<std::string, std::vector<double>>, std::unordered_map<std::string, bool>) {
    return std::tuple<int, std::string, std::optional<double>>();
  }, {"a", "b"});
  x.add("anything", [](value, std::vector<value>) { return value(); }, {"x", "xs"});
  x.add("pair", [](std::pair<int, float>, std::tuple<>) { return std::vector<std::optional<int>>(); });
  x.add("maybe_list", [](std::optional<std::vector<int>>) { return std::optional<std::map<std::string, int>>(); });
  x.add("blocking", [](int n) { return n; }, {"n"}, {.offload = &pool});
  x.add("capped", [](int) -> asio::awaitable<void> { co_return; }, {"n"}, {.max_concurrent = 2});

  CHECK(x.size() == 10);
  CHECK(x.stubs() ==
        "async def get_temp(lat: float, lng: float) -> float: ...\n"
        "def describe(city: str, days: int | None = None, lang: str | None = None) -> str: ...\n"
        "def log(arg0: str, /) -> None: ...\n"
        "def now() -> int: ...\n"
        "def table(a: dict[str, list[float]], b: dict[str, bool]) -> tuple[int, str, float | None]: ...\n"
        "def anything(x: object, xs: list[object]) -> object: ...\n"
        "def pair(arg0: tuple[int, float], arg1: tuple[()], /) -> list[int | None]: ...\n"
        "def maybe_list(arg0: list[int] | None = None, /) -> dict[str, int] | None: ...\n"
        "async def blocking(n: int) -> int: ...\n"
        "async def capped(n: int) -> None: ...\n");
  CHECK(x.at(0).is_async);
  CHECK_FALSE(x.at(1).is_async);
  CHECK(x.at(8).is_async);  // offloaded: the script awaits it
  CHECK(x.at(8).name == "blocking");
  CHECK(coil::externals().stubs().empty());
}

TEST_CASE("externals: async functions run on the io_context", "[externals]") {
  asio::io_context io;
  coil::externals x;
  x.add("wait_then_add", [](int a, const std::string& s, std::string_view v) -> asio::awaitable<std::string> {
    asio::steady_timer timer(co_await asio::this_coro::executor, 20ms);
    co_await timer.async_wait(asio::use_awaitable);
    co_return std::to_string(a) + s + std::string(v);  // the references are still valid after the wait
  }, {"a", "s", "v"});
  x.add("nothing", []() -> asio::awaitable<void> { co_return; });
  x.add("by_value", [](std::string s, std::vector<std::string> v, std::map<std::string, std::string> m,
                       std::tuple<int, std::string> t, std::optional<std::string> o, value any)
                        -> asio::awaitable<std::vector<std::string>> {
    co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
    v.push_back(s);
    v.push_back(m.at("k"));
    v.push_back(std::get<1>(t));
    v.push_back(o.value_or("none"));
    v.push_back(any.repr());
    co_return v;
  }, {"s", "v", "m", "t", "o", "any"});

  bound_call call = bind(x, "wait_then_add", positional(1, "b", "c"));
  CHECK_FALSE(call.run_sync);
  auto start = std::chrono::steady_clock::now();
  CHECK(run_on(io, std::move(call)) == value("1bc"));
  CHECK(seconds_since(start) >= 0.019);
  CHECK(run_on(io, bind(x, "nothing", {})).is_none());
  std::string long_text(100, 'z');  // beyond the small-string buffer: a double destruction would show
  CHECK(run_on(io, bind(x, "by_value", positional(long_text, list({value(long_text)}), dict({{value("k"), value("mv")}}),
                                                   tuple({value(1), value(long_text)}), nullptr,
                                                   list({value(long_text)}))))
            .repr() == "['" + long_text + "', '" + long_text + "', 'mv', '" + long_text + "', 'none', \"['" + long_text +
                           "']\"]");
  // Conversion errors come from bind, before anything runs (as calling a coroutine function does).
  CHECK(bind_error(x, "wait_then_add", positional(1, 2, "c")) ==
        "TypeError: wait_then_add() argument 's' must be str, not int");
}

TEST_CASE("externals: exceptions thrown by host functions pass through unchanged", "[externals]") {
  asio::io_context io;
  asio::thread_pool pool(1);
  coil::externals x;
  x.add("sync", [](std::string city) -> double { throw coil::exception("ValueError", "bad city " + city); }, {"city"});
  x.add("sync_std", []() -> int { throw std::out_of_range("index 4"); });
  x.add("fetch", [](std::string city) -> asio::awaitable<double> {
    co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
    throw coil::exception("KeyError", city);
  }, {"city"});
  x.add("offloaded", []() -> int { throw coil::exception("PermissionError", "no"); }, {}, {.offload = &pool});
  x.add("capped", []() -> asio::awaitable<int> { throw std::logic_error("broken"); co_return 0; }, {},
        {.max_concurrent = 1, .timeout = 1000ms});

  CHECK(raised([&] { call_sync(x, "sync", positional("Paris")); }) == "ValueError: bad city Paris");
  CHECK_THROWS_AS(call_sync(x, "sync_std", {}), std::out_of_range);
  CHECK_THROWS_WITH(call_sync(x, "sync_std", {}), "index 4");
  CHECK(raised([&] { run_on(io, bind(x, "fetch", positional("Oslo"))); }) == "KeyError: Oslo");
  CHECK(raised([&] { run_on(io, bind(x, "offloaded", {})); }) == "PermissionError: no");
  auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(run_on(io, bind(x, "capped", {})), std::logic_error);
  CHECK(seconds_since(start) < 0.5);  // an early failure is not mistaken for (or delayed to) a timeout
  CHECK_THROWS_AS(run_on(io, bind(x, "capped", {})), std::logic_error);  // the slot was released
  CHECK(coil::exception("ValueError", "m").what() == std::string("ValueError: m"));
  CHECK(coil::exception("StopIteration", "").what() == std::string("StopIteration"));
}

TEST_CASE("externals: offload runs on the pool and resumes on the caller's thread", "[externals]") {
  asio::io_context io;
  asio::thread_pool pool(2);
  coil::externals x;
  std::thread::id ran_on;
  x.add("blocking", [&ran_on](int n) {
    ran_on = std::this_thread::get_id();
    std::this_thread::sleep_for(30ms);
    return n * 2;
  }, {"n"}, {.offload = &pool});

  std::thread::id resumed_on;
  std::optional<value> result;
  bound_call call = bind(x, "blocking", positional(21));
  REQUIRE(call.run_async);
  asio::co_spawn(io, [&]() -> asio::awaitable<void> {
    result = co_await call.run_async();
    resumed_on = std::this_thread::get_id();
  }, asio::detached);
  io.run();
  REQUIRE(result);
  CHECK(*result == value(42));
  CHECK(ran_on != std::this_thread::get_id());
  CHECK(ran_on != std::thread::id());
  CHECK(resumed_on == std::this_thread::get_id());

  // Offloaded calls overlap on the pool: the io_context thread does not wait for each in turn.
  std::atomic<int> running = 0;
  std::atomic<int> most = 0;
  x.add("overlapping", [&] {
    int now = ++running;
    int seen = most.load();
    while (now > seen && !most.compare_exchange_weak(seen, now)) {
    }
    std::this_thread::sleep_for(50ms);
    --running;
  }, {}, {.offload = &pool});
  int done = 0;
  for (int i = 0; i < 2; ++i)
    asio::co_spawn(io, bind(x, "overlapping", {}).run_async(), [&](std::exception_ptr e, value) {
      CHECK_FALSE(e);
      ++done;
    });
  io.restart();
  io.run();
  CHECK(done == 2);
  CHECK(most == 2);
}

TEST_CASE("externals: max_concurrent lets at most N calls run, in arrival order", "[externals]") {
  asio::io_context io;
  coil::externals x;
  std::atomic<int> running = 0;
  std::atomic<int> most = 0;
  std::vector<int> started;
  x.add("slow", [&](int i) -> asio::awaitable<int> {
    started.push_back(i);
    most = std::max(most.load(), ++running);
    asio::steady_timer timer(co_await asio::this_coro::executor, 50ms);
    co_await timer.async_wait(asio::use_awaitable);
    --running;
    co_return i;
  }, {"i"}, {.max_concurrent = 2});

  std::vector<int> results;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 6; ++i)
    asio::co_spawn(io, bind(x, "slow", positional(i)).run_async(), [&](std::exception_ptr e, value v) {
      REQUIRE_FALSE(e);
      results.push_back(static_cast<int>(*v.as<std::int64_t>()));
    });
  io.run();
  const double elapsed = seconds_since(start);
  CHECK(results.size() == 6);
  CHECK(most == 2);
  CHECK(started == std::vector<int>{0, 1, 2, 3, 4, 5});
  CHECK(elapsed >= 0.149);
  CHECK(elapsed < 0.3);
}

TEST_CASE("externals: max_concurrent holds across threads and strands, offloaded too", "[externals]") {
  asio::thread_pool io(4);  // runs on four threads, each on its own strand
  asio::thread_pool workers(4);
  coil::externals x;
  std::atomic<int> running = 0;
  std::atomic<int> most = 0;
  x.add("blocking", [&](int i) {
    int now = ++running;
    int seen = most.load();
    while (now > seen && !most.compare_exchange_weak(seen, now)) {
    }
    std::this_thread::sleep_for(20ms);
    --running;
    return i;
  }, {"i"}, {.offload = &workers, .max_concurrent = 2});

  std::atomic<int> done = 0;
  std::atomic<int> failed = 0;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 8; ++i)
    asio::co_spawn(asio::make_strand(io), bind(x, "blocking", positional(i)).run_async(),
                   [&](std::exception_ptr e, value) { ++(e ? failed : done); });
  io.join();
  CHECK(done == 8);
  CHECK(failed == 0);
  CHECK(most == 2);
  CHECK(seconds_since(start) >= 0.079);  // 8 calls of 20 ms, two at a time
}

TEST_CASE("externals: timeout raises TimeoutError and cancels the call", "[externals]") {
  asio::io_context io;
  asio::thread_pool pool(1);
  coil::externals x;
  bool cancelled = false;
  x.add("slow", [&](int ms) -> asio::awaitable<int> {
    asio::steady_timer timer(co_await asio::this_coro::executor, std::chrono::milliseconds(ms));
    try {
      co_await timer.async_wait(asio::use_awaitable);
    } catch (const std::system_error&) {
      cancelled = true;
      throw;
    }
    co_return ms;
  }, {"ms"}, {.timeout = 50ms});
  std::atomic<bool> finished = false;
  x.add("blocking", [&] {
    std::this_thread::sleep_for(200ms);
    finished = true;
  }, {}, {.offload = &pool, .timeout = 30ms});

  CHECK(run_on(io, bind(x, "slow", positional(5))) == value(5));
  CHECK_FALSE(cancelled);
  auto start = std::chrono::steady_clock::now();
  CHECK(raised([&] { run_on(io, bind(x, "slow", positional(5000))); }) == "TimeoutError: slow() timed out after 50ms");
  CHECK(cancelled);
  CHECK(seconds_since(start) < 1.0);

  // An offloaded call cannot be interrupted, but the script stops waiting for it at the timeout.
  start = std::chrono::steady_clock::now();
  CHECK(raised([&] { run_on(io, bind(x, "blocking", {})); }) == "TimeoutError: blocking() timed out after 30ms");
  CHECK(seconds_since(start) < 0.15);
  CHECK_FALSE(finished);
  pool.join();
  CHECK(finished);
}

TEST_CASE("externals: cancelling a call waiting for its slot leaves no work behind", "[externals]") {
  asio::io_context io;
  coil::externals x;
  int completed = 0;
  x.add("slow", [&]() -> asio::awaitable<void> {
    asio::steady_timer timer(co_await asio::this_coro::executor, 40ms);
    co_await timer.async_wait(asio::use_awaitable);
    ++completed;
  }, {}, {.max_concurrent = 1});

  asio::cancellation_signal signal;
  std::exception_ptr first_error, second_error, third_error;
  auto spawn = [&](std::exception_ptr& error, asio::cancellation_slot slot) {
    asio::co_spawn(io, bind(x, "slow", {}).run_async(),
                   asio::bind_cancellation_slot(slot, [&error](std::exception_ptr e, value) { error = e; }));
  };
  spawn(first_error, {});
  spawn(second_error, signal.slot());  // waits behind the first
  spawn(third_error, {});
  io.poll();  // all three started: the first runs, the other two wait for its slot
  signal.emit(asio::cancellation_type::terminal);
  io.run();
  CHECK_FALSE(first_error);
  CHECK(second_error);
  CHECK_THROWS_AS(std::rethrow_exception(second_error), std::system_error);
  CHECK_FALSE(third_error);
  CHECK(completed == 2);  // the cancelled call never ran; the third got the slot after the first
}

TEST_CASE("externals: cancelling an offloaded call resumes the caller at once", "[externals]") {
  asio::io_context io;
  asio::thread_pool pool(1);
  coil::externals x;
  std::atomic<int> ran = 0;
  x.add("blocking", [&] {
    std::this_thread::sleep_for(100ms);
    ++ran;
  }, {}, {.offload = &pool});

  asio::cancellation_signal signal;
  std::exception_ptr error;
  bool completed = false;
  asio::co_spawn(io, bind(x, "blocking", {}).run_async(),
                 asio::bind_cancellation_slot(signal.slot(), [&](std::exception_ptr e, value) {
                   error = e;
                   completed = true;
                 }));
  asio::steady_timer timer(io, 20ms);
  timer.async_wait([&](std::error_code) { signal.emit(asio::cancellation_type::terminal); });
  auto start = std::chrono::steady_clock::now();
  io.run();
  CHECK(completed);
  CHECK(error);
  CHECK(seconds_since(start) < 0.09);
  pool.join();
  CHECK(ran == 1);
}
