// The front end's speed: lexes and parses a generated Python file of realistic code (10 000
// lines by default, written by generate_parse_input.py) and reports lines per second, then times
// CPython's `ast.parse` on the same file in the same run (cpython_parse_time.py) and prints the
// ratio. Both sides do the same work: tokenize, parse, build the syntax tree.
//
//   coil_parse_benchmark [--lines N] [--runs N] [--input FILE.py] [--python PYTHON]
//
// Without --input the file is generated into the current directory (needs python3); without a
// Python interpreter the CPython comparison is skipped. Plain std::chrono timing, median of N.
#include <coil/syntax/lexer.hpp>
#include <coil/syntax/parser.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#ifndef COIL_BENCHMARK_SOURCE_DIR
#error "COIL_BENCHMARK_SOURCE_DIR must name the benchmarks/ folder (set by benchmarks/CMakeLists.txt)"
#endif

namespace {

using seconds = std::chrono::duration<double>;

struct settings {
  int lines = 10'000;
  int runs = 15;
  std::string input;             // empty: generate
  std::string python = "python3";
};

void usage() {
  std::cerr << "usage: coil_parse_benchmark [--lines N] [--runs N] [--input FILE.py] [--python PYTHON]\n";
}

std::optional<settings> parse_arguments(int argc, char** argv) {
  settings s;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    if (i + 1 >= argc) return std::nullopt;
    std::string value = argv[++i];
    try {
      if (flag == "--lines") s.lines = std::stoi(value);
      else if (flag == "--runs") s.runs = std::stoi(value);
      else if (flag == "--input") s.input = value;
      else if (flag == "--python") s.python = value;
      else return std::nullopt;
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }
  if (s.lines < 1 || s.runs < 1) return std::nullopt;
  return s;
}

// Quoting for /bin/sh: the paths come from the command line and the build tree.
std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

std::optional<std::string> run_and_capture(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return std::nullopt;
  std::string out;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  if (::pclose(pipe) != 0) return std::nullopt;
  return out;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

double median_seconds(int runs, const std::function<void()>& work) {
  work();  // warm up caches and the allocator
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(seconds(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  auto mid = times.size() / 2;
  return times.size() % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

struct cpython_timing {
  std::string version;
  double median = 0;
};

std::optional<cpython_timing> time_cpython(const settings& s, const std::string& path) {
  std::string command = shell_quote(s.python) + " " +
                        shell_quote(std::string(COIL_BENCHMARK_SOURCE_DIR) + "/cpython_parse_time.py") + " " +
                        shell_quote(path) + " --runs " + std::to_string(s.runs);
  auto out = run_and_capture(command);
  if (!out) return std::nullopt;
  cpython_timing t;
  std::istringstream fields(*out);
  for (std::string field; fields >> field;) {
    if (field.starts_with("python=")) t.version = field.substr(7);
    else if (field.starts_with("median_seconds=")) t.median = std::strtod(field.c_str() + 15, nullptr);
  }
  if (t.median <= 0) return std::nullopt;
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  auto parsed = parse_arguments(argc, argv);
  if (!parsed) {
    usage();
    return 2;
  }
  settings s = *parsed;

  std::string path = s.input;
  if (path.empty()) {
    path = "parse_input_" + std::to_string(s.lines) + ".py";
    std::string command = shell_quote(s.python) + " " +
                          shell_quote(std::string(COIL_BENCHMARK_SOURCE_DIR) + "/generate_parse_input.py") + " " +
                          shell_quote(path) + " --lines " + std::to_string(s.lines);
    if (std::system(command.c_str()) != 0) {
      std::cerr << "coil_parse_benchmark: could not generate the input with " << s.python
                << " (pass --input FILE.py or --python PYTHON)\n";
      return 1;
    }
  }
  auto source = read_file(path);
  if (!source) {
    std::cerr << "coil_parse_benchmark: can't open " << path << "\n";
    return 1;
  }
  const auto line_count = std::count(source->begin(), source->end(), '\n');

  // The benchmark only means something if coil accepts the whole file.
  if (auto tree = coil::syntax::parse_module(*source); !tree) {
    std::cerr << "coil_parse_benchmark: coil rejects " << path << ":\n" << tree.error().display(path);
    return 1;
  }

  std::size_t sink = 0;  // keeps the optimiser from dropping the work
  double lex = median_seconds(s.runs, [&] { sink += coil::syntax::tokenize(*source).tokens.size(); });
  double parse = median_seconds(s.runs, [&] { sink += coil::syntax::parse_module(*source)->body.size(); });

  std::printf("input: %s, %lld lines, %zu bytes; median of %d runs\n", path.c_str(),
              static_cast<long long>(line_count), source->size(), s.runs);
  std::printf("coil tokenize:           %9.3f ms  %12.0f lines/s\n", lex * 1e3, line_count / lex);
  std::printf("coil tokenize+parse:     %9.3f ms  %12.0f lines/s  %7.1f MB/s\n", parse * 1e3, line_count / parse,
              source->size() / parse / 1e6);

  auto cpython = time_cpython(s, path);
  if (!cpython) {
    std::printf("CPython ast.parse:       not measured (%s with benchmarks/cpython_parse_time.py failed)\n",
                s.python.c_str());
  } else {
    std::printf("CPython %-7s ast.parse: %9.3f ms  %12.0f lines/s\n", cpython->version.c_str(), cpython->median * 1e3,
                line_count / cpython->median);
    std::printf("ratio: coil parses %.2fx %s than CPython %s\n",
                cpython->median >= parse ? cpython->median / parse : parse / cpython->median,
                cpython->median >= parse ? "faster" : "slower", cpython->version.c_str());
  }
  return sink == 0 ? 1 : 0;
}
