// An agent loop in a script, with a C++ stand-in for the LLM: `call_llm` answers with tool calls
// twice (the script runs the tools concurrently through another host function) and then with
// text. The host passes the prompt as an input and gets the answer back as the run's result.
//
//   coil_agent [script.py]
#include <coil/coil.hpp>

#include <asio.hpp>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

using namespace std::chrono_literals;

asio::awaitable<void> pause(std::chrono::milliseconds d) {
  asio::steady_timer timer(co_await asio::this_coro::executor, d);
  co_await timer.async_wait(asio::use_awaitable);
}

// The model: a list of messages (tool calls) or the final text.
asio::awaitable<coil::value> call_llm(std::string prompt, std::vector<coil::value> messages) {
  co_await pause(20ms);
  std::size_t tool_results = 0;
  for (const auto& m : messages)
    if (m.kind() == coil::value::kind::dict)
      for (const auto& [key, item] : m.entries())
        if (key == coil::value("role") && item == coil::value("tool")) ++tool_results;
  if (tool_results == 0) {
    co_return coil::value::list({
        coil::value::dict({{"role", "tool_call"}, {"tool", "get_weather"}, {"city", "Lisbon"}}),
        coil::value::dict({{"role", "tool_call"}, {"tool", "get_weather"}, {"city", "Oslo"}}),
    });
  }
  if (tool_results == 2) {
    co_return coil::value::list({coil::value::dict({{"role", "tool_call"}, {"tool", "get_weather"}, {"city", "Nairobi"}})});
  }
  co_return coil::value("For \"" + prompt + "\": Lisbon is warmest; Oslo is wet; Nairobi is mild (" +
                        std::to_string(messages.size()) + " messages).");
}

asio::awaitable<std::string> get_weather(std::string city) {
  co_await pause(50ms);
  if (city == "Lisbon") co_return "24 C, sunny";
  if (city == "Oslo") co_return "9 C, rain";
  co_return "19 C, clouds";
}

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int main(int argc, char** argv) {
  auto program = coil::compile(read_file(argc > 1 ? argv[1] : COIL_AGENT_SCRIPT), {.script_name = "agent.py"});
  if (!program) {
    std::cerr << program.error().display();
    return 1;
  }
  coil::externals tools;
  tools.add("call_llm", call_llm, {"prompt", "messages"});
  tools.add("get_weather", get_weather, {"city"});
  coil::run_options options;
  options.inputs.emplace_back("prompt", "Where should I go this weekend?");
  options.limits.max_duration = std::chrono::seconds(10);
  options.limits.max_memory = 64 * 1024 * 1024;
  auto result = coil::run_sync(*program, tools, std::move(options));
  if (!result) {
    std::cerr << result.error().display();
    return 1;
  }
  std::cout << "result: " << result->repr() << "\n";
  return 0;
}
