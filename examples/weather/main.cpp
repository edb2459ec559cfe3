// The seed's scenario, end to end: three async host functions (C++ coroutines that each wait
// 100 ms on an Asio timer) and a script that gathers them for three cities. Nine host calls run
// as two rounds of concurrent timer waits, so the whole run takes about 200 ms, not 900 ms.
//
//   coil_weather [script.py]     (default: the weather.py next to this file, embedded at build time)
#include <coil/coil.hpp>

#include <asio.hpp>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <tuple>

namespace {

using namespace std::chrono_literals;

asio::awaitable<void> pause(std::chrono::milliseconds d) {
  asio::steady_timer timer(co_await asio::this_coro::executor, d);
  co_await timer.async_wait(asio::use_awaitable);
}

asio::awaitable<std::tuple<double, double>> get_lat_lng(std::string city) {
  co_await pause(100ms);
  if (city == "London") co_return std::tuple{51.51, -0.13};
  if (city == "Paris") co_return std::tuple{48.86, 2.35};
  if (city == "Tokyo") co_return std::tuple{35.68, 139.69};
  throw coil::exception("ValueError", "unknown city: " + city);
}

asio::awaitable<double> get_temp(double lat, double lng) {
  co_await pause(100ms);
  co_return 30.0 - lat / 3.0 + lng / 100.0;
}

asio::awaitable<std::string> get_weather_description(double lat, double lng) {
  co_await pause(100ms);
  co_return lat > 50 ? std::string("drizzle") : lng > 100 ? std::string("clear skies") : std::string("sunny spells");
}

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string source = read_file(argc > 1 ? argv[1] : COIL_WEATHER_SCRIPT);
  auto program = coil::compile(source, {.script_name = "weather.py"});
  if (!program) {
    std::cerr << program.error().display();
    return 1;
  }
  coil::externals tools;
  tools.add("get_lat_lng", get_lat_lng, {"city"});
  tools.add("get_temp", get_temp, {"lat", "lng"});
  tools.add("get_weather_description", get_weather_description, {"lat", "lng"});
  std::cout << "# host functions, as the script (or an LLM prompt) sees them:\n" << tools.stubs() << "\n";

  asio::io_context context;
  const auto start = std::chrono::steady_clock::now();
  int status = 0;
  asio::co_spawn(context, [&]() -> asio::awaitable<void> {
    coil::run_options options;
    options.on_output = [](coil::stream s, std::string_view text) { (s == coil::stream::out ? std::cout : std::cerr) << text; };
    options.limits.max_duration = 5s;
    auto result = co_await coil::run(*program, tools, std::move(options));
    if (!result) {
      std::cerr << result.error().display();
      status = 1;
    } else {
      std::cout << "result: " << result->repr() << "\n";
    }
  }, asio::detached);
  context.run();
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  std::cout << "wall time: " << elapsed.count() << " ms for 9 host calls of 100 ms each" << std::endl;
  return status;
}
