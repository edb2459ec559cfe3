// Embedding coil in an async server: a TCP server on Asio that reads one Python script per
// connection (until the client shuts down its sending side), runs it with limits and a few host
// tools, and writes back what it printed and its result, or the error. Every connection is one
// coroutine; scripts waiting on host calls cost no thread. A script runs on a strand of a small
// thread pool: coil does not preempt a script between its waits, so a script that computes for
// its whole time limit occupies its thread, not the server's network thread.
//
//   coil_server [--port 8765]         serve until killed
//   coil_server --self-test           start on a free port, send scripts as clients, check replies
#include <coil/coil.hpp>

#include <asio.hpp>
#include <asio/experimental/as_tuple.hpp>
#include <asio/experimental/awaitable_operators.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {

using asio::ip::tcp;
using namespace std::chrono_literals;

// The tools every script gets.
coil::externals make_tools() {
  coil::externals tools;
  tools.add("fetch_price", [](std::string symbol) -> asio::awaitable<double> {
    asio::steady_timer timer(co_await asio::this_coro::executor, 30ms);  // a slow upstream service
    co_await timer.async_wait(asio::use_awaitable);
    if (symbol.empty()) throw coil::exception("ValueError", "empty symbol");
    double price = 0;
    for (char c : symbol) price += static_cast<unsigned char>(c);
    co_return price / 10.0;
  }, {"symbol"});
  tools.add("log", [](std::string line) { std::clog << "[script] " << line << "\n"; }, {"line"});
  return tools;
}

asio::awaitable<void> serve_connection(tcp::socket socket, const coil::externals& tools, asio::thread_pool& scripts) {
  std::string source;
  auto [read_error, n] = co_await asio::async_read(socket, asio::dynamic_buffer(source, 1 << 20),
                                                   asio::experimental::as_tuple(asio::use_awaitable));
  if (read_error && read_error != asio::error::eof) co_return;
  std::string reply;
  auto program = coil::compile(source, {.script_name = "request.py"});
  if (!program) {
    reply = "error\n" + program.error().display();
  } else {
    coil::run_options options;
    options.limits.max_duration = 2s;
    options.limits.max_memory = 16 * 1024 * 1024;
    std::string printed;
    options.on_output = [&printed](coil::stream, std::string_view text) { printed += text; };
    auto result = co_await coil::async_run(asio::make_strand(scripts), *program, tools, std::move(options), asio::use_awaitable);
    reply = result ? "ok\n" + printed + "result: " + result->repr() + "\n" : "error\n" + printed + result.error().display();
  }
  co_await asio::async_write(socket, asio::buffer(reply), asio::experimental::as_tuple(asio::use_awaitable));
  socket.shutdown(tcp::socket::shutdown_both);
}

asio::awaitable<void> listen(tcp::acceptor& acceptor, const coil::externals& tools, asio::thread_pool& scripts) {
  for (;;) {
    auto [error, socket] = co_await acceptor.async_accept(asio::experimental::as_tuple(asio::use_awaitable));
    if (error) co_return;
    asio::co_spawn(acceptor.get_executor(), serve_connection(std::move(socket), tools, scripts), asio::detached);
  }
}

asio::awaitable<std::string> send_script(tcp::endpoint server, std::string script) {
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  co_await asio::async_write(socket, asio::buffer(script), asio::use_awaitable);
  socket.shutdown(tcp::socket::shutdown_send);
  std::string reply;
  co_await asio::async_read(socket, asio::dynamic_buffer(reply), asio::experimental::as_tuple(asio::use_awaitable));
  co_return reply;
}

int self_test() {
  asio::io_context context;
  const coil::externals tools = make_tools();
  asio::thread_pool scripts(2);
  tcp::acceptor acceptor(context, tcp::endpoint(asio::ip::address_v4::loopback(), 0));
  asio::co_spawn(context, listen(acceptor, tools, scripts), asio::detached);
  int failures = 0;
  auto expect = [&failures](const std::string& reply, const std::string& wanted) {
    const bool ok = reply.find(wanted) != std::string::npos;
    std::cout << (ok ? "ok   " : "FAIL ") << "reply contains " << wanted << "\n";
    if (!ok) {
      std::cout << reply << "\n";
      ++failures;
    }
  };
  asio::co_spawn(context, [&]() -> asio::awaitable<void> {
    const auto server = acceptor.local_endpoint();
    const auto start = std::chrono::steady_clock::now();
    using namespace asio::experimental::awaitable_operators;
    // Three clients at once: a portfolio (concurrent host calls), a script error, a runaway loop.
    auto [portfolio, failing, runaway] = co_await (
        send_script(server, "import asyncio\nprices = await asyncio.gather(*(fetch_price(s) for s in ['AAPL', 'MSFT', 'GOOG']))\n"
                            "print('total', round(sum(prices), 1))\n{'max': max(prices)}\n") &&
        send_script(server, "def f(x):\n    return 1 / x\nf(0)\n") &&
        send_script(server, "while True:\n    pass\n"));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    expect(portfolio, "total 90.0");
    expect(portfolio, "result: {'max': 31.4}");
    expect(failing, "ZeroDivisionError: division by zero");
    expect(failing, "line 2, in f");
    expect(runaway, "TimeoutError");
    std::cout << "three scripts served in " << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms\n";
    acceptor.close();
  }, asio::detached);
  context.run();
  return failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--self-test") return self_test();
  unsigned short port = 8765;
  if (argc > 2 && std::string(argv[1]) == "--port") port = static_cast<unsigned short>(std::atoi(argv[2]));
  asio::io_context context;
  const coil::externals tools = make_tools();
  asio::thread_pool scripts(4);
  tcp::acceptor acceptor(context, tcp::endpoint(tcp::v4(), port));
  std::cout << "coil server on port " << acceptor.local_endpoint().port() << "; send a script and shut down the sending side\n";
  asio::co_spawn(context, listen(acceptor, tools, scripts), asio::detached);
  context.run();
}
