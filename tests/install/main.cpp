// A user's program: includes coil the documented way and checks a script's syntax.
#include <coil/coil.hpp>

#include <iostream>
#include <string>

std::string report_for(std::string_view source);  // second_unit.cpp

int main() {
  auto ok = coil::check_syntax("import asyncio\n\nasync def main():\n    return await asyncio.sleep(0)\n");
  if (!ok) {
    std::cerr << "consumer: a valid script was rejected:\n" << ok.error().display();
    return 1;
  }
  const std::string report = report_for("total = (1 +\n");
  if (report.find("SyntaxError") == std::string::npos) {
    std::cerr << "consumer: expected a SyntaxError report, got:\n" << report;
    return 1;
  }
  std::cout << "consumer: ok\n";
  return 0;
}
