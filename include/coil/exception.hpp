// coil::exception: how a host function raises a Python exception in the script. An external
// throws `coil::exception("ValueError", "bad city")` and the script sees `ValueError('bad city')`,
// catchable with try/except; the driver turns any other std::exception into
// `RuntimeError(what())`. The type is a Python exception class name ("ValueError", "KeyError",
// "TimeoutError"...); which names are accepted, and what becomes of an unknown one, is the
// driver's business (host/), not this class's.
#pragma once

#include <exception>
#include <string>
#include <utility>

namespace coil {

class exception : public std::exception {
 public:
  exception(std::string type, std::string message)
      : type_(std::move(type)), message_(std::move(message)), what_(message_.empty() ? type_ : type_ + ": " + message_) {}

  const std::string& type() const noexcept { return type_; }        // the Python exception class, e.g. "ValueError"
  const std::string& message() const noexcept { return message_; }  // str(exception) in the script
  // "ValueError: bad city", the last line of the traceback CPython would print.
  const char* what() const noexcept override { return what_.c_str(); }

 private:
  std::string type_;
  std::string message_;
  std::string what_;
};

}  // namespace coil
