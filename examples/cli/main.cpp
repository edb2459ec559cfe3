// The `coil` command-line program: a thin shell over the public API.
//   coil check FILE.py   compile without running: prints "ok" or the syntax error (exit 1)
//   coil ast FILE.py     prints the syntax tree as CPython's ast.dump() does
#include <coil/coil.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

namespace {

int usage() {
  std::cerr << "usage: coil check FILE.py\n"
               "       coil ast FILE.py\n";
  return 2;
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
  if (argc != 3) return usage();
  const std::string command = argv[1];
  const std::string path = argv[2];
  auto source = read_file(path);
  if (!source) {
    std::cerr << "coil: can't open file '" << path << "'\n";
    return 2;
  }
  coil::compile_options options;
  options.script_name = path;
  if (command == "check") {
    auto checked = coil::check_syntax(*source, options);
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
