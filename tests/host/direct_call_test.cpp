// The fast path of host calls (coil/host/direct_call.hpp) as a script meets it: plain positional
// calls convert straight between the VM's values and the C++ types, and every call the fast path
// declines (keywords, omitted optionals, big ints, wrong types) still gets the general path's
// result or CPython-worded error, so a script cannot tell the two apart. Policies are never
// bypassed, and async arguments outlive the call expression.
#include <coil/coil.hpp>

#include <asio.hpp>
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace std::chrono_literals;

namespace {

std::string run_printing(std::string_view source, const coil::externals& tools) {
  auto program = coil::compile(source);
  if (!program) FAIL(program.error().display());
  std::string out;
  coil::run_options options;
  options.on_output = [&out](coil::stream, std::string_view text) { out += text; };
  asio::io_context context;
  bool ok = false;
  asio::co_spawn(context, coil::run(*program, tools, std::move(options)), [&](std::exception_ptr e, coil::result<coil::value> r) {
    REQUIRE(!e);
    if (!r) FAIL(r.error().display());
    ok = true;
  });
  context.run();
  REQUIRE(ok);
  return out;
}

}  // namespace

TEST_CASE("fast host calls: scalars and str convert both ways as through bind", "[host][direct]") {
  coil::externals tools;
  tools.add("twice", [](long i) { return 2 * i; }, {"i"});
  tools.add("half", [](double d) { return d / 2; }, {"d"});
  tools.add("negate", [](bool b) { return !b; }, {"b"});
  tools.add("shout", [](const std::string& s) { return s + "!"; }, {"s"});
  tools.add("length", [](std::string_view s) { return s.size(); }, {"s"});
  tools.add("maybe", [](std::optional<std::string> s) { return s ? *s : std::string("none"); }, {"s"});
  tools.add("small", [](std::int8_t i) { return static_cast<int>(i); }, {"i"});
  tools.add("huge", []() { return std::uint64_t{18446744073709551615u}; });
  tools.add("biggest", []() { return std::int64_t{9223372036854775807}; });
  tools.add("nothing", [](long) {}, {"i"});
  tools.add("total", [](std::vector<long> xs) {
    long t = 0;
    for (long x : xs) t += x;
    return t;
  }, {"xs"});
  tools.add("keys", [](std::map<std::string, long> m) {
    std::string k;
    for (auto& [key, v] : m) k += key;
    return k;
  }, {"m"});
  tools.add("echo", [](coil::value v) { return v; }, {"v"});
  auto out = run_printing(R"(
print(twice(21), twice(True), twice(-2**40))
print(half(3), half(1.5), half(False))
print(negate(True), negate(False))
print(shout('héllo'), length('héllo'), maybe(None), maybe('x'))
print(small(-128), small(127))
print(huge(), biggest(), nothing(1))
print(total([1, 2, 3]), total((4, 5)), keys({'b': 1, 'a': 2}), echo([1, {'k': (None, 2.5)}]))
print(twice(i=4), maybe(), twice(2**70 // 2**69))
)", tools);
  CHECK(out ==
        "42 2 -2199023255552\n"
        "1.5 0.75 0.0\n"
        "False True\n"
        "héllo! 6 none x\n"
        "-128 127\n"
        "18446744073709551615 9223372036854775807 None\n"
        "6 9 ab [1, {'k': (None, 2.5)}]\n"
        "8 none 4\n");
}

TEST_CASE("fast host calls: what the fast path declines fails exactly as through bind", "[host][direct]") {
  coil::externals tools;
  tools.add("twice", [](long i) { return 2 * i; }, {"i"});
  tools.add("small", [](std::int8_t i) { return static_cast<int>(i); }, {"i"});
  tools.add("negate", [](bool b) { return !b; }, {"b"});
  tools.add("shout", [](std::string s) { return s + "!"; }, {"s"});
  tools.add("fails", [](long i) -> long { throw coil::exception("KeyError", "no " + std::to_string(i)); }, {"i"});
  tools.add("crashes", [](long) -> long { throw std::runtime_error("boom"); }, {"i"});
  auto out = run_printing(R"(
for call in (lambda: twice(2**70), lambda: small(128), lambda: small(-2**60), lambda: negate(1),
             lambda: shout(None), lambda: shout(range(3)), lambda: twice('3'), lambda: twice(1, 2),
             lambda: twice(), lambda: twice(j=1), lambda: fails(7), lambda: crashes(1), lambda: twice(print)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
)", tools);
  CHECK(out ==
        "OverflowError twice() argument 'i' must be between -9223372036854775808 and 9223372036854775807\n"
        "OverflowError small() argument 'i' must be between -128 and 127\n"
        "OverflowError small() argument 'i' must be between -128 and 127\n"
        "TypeError negate() argument 'b' must be bool, not int\n"
        "TypeError shout() argument 's' must be str, not NoneType\n"
        "TypeError shout(): a value of type 'range' cannot leave the interpreter\n"
        "TypeError twice() argument 'i' must be int, not str\n"
        "TypeError twice() takes 1 positional argument but 2 were given\n"
        "TypeError twice() missing 1 required positional argument: 'i'\n"
        "TypeError twice() got an unexpected keyword argument 'j'\n"
        "KeyError 'no 7'\n"
        "RuntimeError boom\n"
        "TypeError twice(): a value of type 'builtin_function_or_method' cannot leave the interpreter\n");
}

TEST_CASE("fast host calls: async arguments outlive the call, results and errors arrive", "[host][direct]") {
  coil::externals tools;
  tools.add("later", [](std::string_view s, long n) -> asio::awaitable<std::string> {
    asio::steady_timer timer(co_await asio::this_coro::executor, 5ms);
    co_await timer.async_wait(asio::use_awaitable);
    std::string r;
    for (long i = 0; i < n; ++i) r += s;
    co_return r;
  }, {"s", "n"});
  tools.add("now", [](long i) -> asio::awaitable<long> { co_return i + 1; }, {"i"});
  tools.add("bad", [](long i) -> asio::awaitable<long> {
    throw coil::exception("ValueError", "bad " + std::to_string(i));
    co_return i;
  }, {"i"});
  auto out = run_printing(R"(
import asyncio
t = 0
for i in range(1000):
    t += await now(i)
print(t)
print(await later('ab' * 3, 2), await later(s='x', n=3))
print(await asyncio.gather(later(str(7), 2), now(1), now(i=2)))
try:
    await bad(3)
except ValueError as e:
    print('ValueError', e)
try:
    await now('3')
except TypeError as e:
    print('TypeError', e)
)", tools);
  CHECK(out == "500500\nabababababab xxx\n['77', 2, 3]\nValueError bad 3\nTypeError now() argument 'i' must be int, not str\n");
}

TEST_CASE("fast host calls: a function under a policy is never called inline", "[host][direct]") {
  coil::externals tools;
  tools.add("limited", [](long i) { return i * 3; }, {"i"}, {.max_concurrent = 1});
  auto out = run_printing(R"(
c = limited(2)
print(type(c) is int)
print(await c)
)", tools);
  CHECK(out == "False\n6\n");
}
