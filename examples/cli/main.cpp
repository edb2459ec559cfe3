// The `coil` command-line program: a thin shell over the public API.
//   coil run FILE.py [--max-duration D] [--max-memory M] [--max-allocations N] [--max-recursion N]
//                        runs the script: prints go to stdout, an uncaught exception's traceback
//                        (or a limit breach) to stderr with exit status 1
//   coil check FILE.py   compiles without running: prints "ok" or the error (exit 1)
//   coil check --syntax-only FILE.py
//                        parses only (for scripts using features the compiler does not support
//                        yet)
//   coil ast FILE.py     prints the syntax tree as CPython's ast.dump() does
#include <coil/coil.hpp>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

namespace {

int usage() {
  std::cerr << "usage: coil run FILE.py [--max-duration D] [--max-memory M] [--max-allocations N] [--max-recursion N]\n"
               "       coil check [--syntax-only] FILE.py\n"
               "       coil ast FILE.py\n"
               "durations: 2, 2s, 500ms; sizes: 67108864, 64KB, 64MB, 1GB\n";
  return 2;
}

// "2", "2s", "500ms" -> milliseconds.
std::optional<std::chrono::milliseconds> parse_duration(std::string_view text) {
  double number = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec != std::errc() || number < 0) return std::nullopt;
  std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
  if (unit == "ms") return std::chrono::milliseconds(static_cast<long long>(number));
  if (unit.empty() || unit == "s") return std::chrono::milliseconds(static_cast<long long>(number * 1000));
  return std::nullopt;
}

// "67108864", "64KB", "64MB", "1GB" -> bytes.
std::optional<std::size_t> parse_size(std::string_view text) {
  std::size_t number = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec != std::errc()) return std::nullopt;
  std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
  if (unit.empty() || unit == "B") return number;
  if (unit == "KB") return number << 10;
  if (unit == "MB") return number << 20;
  if (unit == "GB") return number << 30;
  return std::nullopt;
}

std::optional<std::size_t> parse_count(std::string_view text) {
  std::size_t number = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

int report(const coil::error& e) {
  std::cerr << e.display();
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return usage();
  const std::string command = argv[1];
  int first_flag = 3;
  bool syntax_only = false;
  std::string path = argv[2];
  if (command == "check" && argc == 4 && (std::string_view(argv[2]) == "--syntax-only" || std::string_view(argv[3]) == "--syntax-only")) {
    syntax_only = true;
    first_flag = 4;
    if (path == "--syntax-only") path = argv[3];
  }
  coil::limits limits;
  for (int i = first_flag; i < argc; ++i) {
    const std::string_view flag = argv[i];
    if (command != "run" || i + 1 >= argc) return usage();
    const std::string_view argument = argv[++i];
    bool ok = true;
    if (flag == "--max-duration") {
      limits.max_duration = parse_duration(argument);
      ok = limits.max_duration.has_value();
    } else if (flag == "--max-memory") {
      limits.max_memory = parse_size(argument);
      ok = limits.max_memory.has_value();
    } else if (flag == "--max-allocations") {
      limits.max_allocations = parse_count(argument);
      ok = limits.max_allocations.has_value();
    } else if (flag == "--max-recursion") {
      limits.max_recursion_depth = parse_count(argument);
      ok = limits.max_recursion_depth.has_value();
    } else {
      return usage();
    }
    if (!ok) {
      std::cerr << "coil: invalid value for " << flag << ": " << argument << "\n";
      return 2;
    }
  }
  auto source = read_file(path);
  if (!source) {
    std::cerr << "coil: can't open file '" << path << "'\n";
    return 2;
  }
  coil::compile_options options;
  options.script_name = path;
  if (command == "run") {
    auto compiled = coil::compile(*source, options);
    if (!compiled) return report(compiled.error());
    coil::run_options run;
    run.limits = limits;
    auto result = coil::run_sync(*compiled, std::move(run));
    std::cout.flush();
    if (!result) return report(result.error());
    return 0;
  }
  if (command == "check") {
    auto checked = syntax_only ? coil::check_syntax(*source, options) : coil::check_program(*source, options);
    if (!checked) return report(checked.error());
    std::cout << "ok\n";
    return 0;
  }
  if (command == "ast") {
    auto dumped = coil::dump_ast(*source, options);
    if (!dumped) return report(dumped.error());
    std::cout << *dumped << "\n";
    return 0;
  }
  return usage();
}
