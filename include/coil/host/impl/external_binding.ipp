// Definitions for host/external_binding.hpp: the parts that do not depend on the C++ types,
// matching a call to parameters (CPython's order of checks and its wording), the conversion error
// message and the stub line.
#pragma once

#include <coil/host/external_binding.hpp>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace coil::host {

namespace binding_detail {

// Python's keywords: a parameter or function with one of these names could not be written in a stub.
inline bool is_python_keyword(std::string_view name) {
  static constexpr std::array<std::string_view, 35> keywords{
      "False",  "None",   "True",    "and",      "as",       "assert", "async", "await", "break",
      "class",  "continue", "def",   "del",      "elif",     "else",   "except", "finally", "for",
      "from",   "global", "if",      "import",   "in",       "is",     "lambda", "nonlocal", "not",
      "or",     "pass",   "raise",   "return",   "try",      "while",  "with",  "yield"};
  return std::find(keywords.begin(), keywords.end(), name) != keywords.end();
}

// ASCII identifiers only: names the host picks, which must read back unchanged in any stub.
inline bool is_python_identifier(std::string_view name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return !is_python_keyword(name);
}

[[noreturn]] inline void throw_type_error(const parameter_list& p, std::string text) {
  throw coil::exception("TypeError", p.function + "() " + text);
}

}  // namespace binding_detail

COIL_DECL parameter_list make_parameter_list(std::string function, std::vector<std::string> names, std::size_t arity,
                                             std::size_t trailing_optionals) {
  if (!binding_detail::is_python_identifier(function))
    throw std::invalid_argument("coil::externals: '" + function + "' is not a valid Python function name");
  parameter_list p;
  // A function without parameters checks keywords as `def f(): ...` does (the stub shows no '/').
  p.accepts_keywords = !names.empty() || arity == 0;
  if (names.empty()) {
    for (std::size_t i = 0; i < arity; ++i) names.push_back("arg" + std::to_string(i));
  } else {
    if (names.size() != arity)
      throw std::invalid_argument("coil::externals: " + std::to_string(names.size()) + " parameter names given for " +
                                  function + "(), which takes " + std::to_string(arity));
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (!binding_detail::is_python_identifier(names[i]))
        throw std::invalid_argument("coil::externals: parameter name '" + names[i] + "' of " + function +
                                    "() is not a valid Python identifier");
      if (std::find(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(i), names[i]) !=
          names.begin() + static_cast<std::ptrdiff_t>(i))
        throw std::invalid_argument("coil::externals: parameter name '" + names[i] + "' of " + function +
                                    "() is repeated");
    }
  }
  p.function = std::move(function);
  p.names = std::move(names);
  p.required = arity - trailing_optionals;
  return p;
}

COIL_DECL void match_arguments(const parameter_list& p, host_arguments& arguments, coil::value** slots) {
  const std::size_t n = p.names.size();
  const std::size_t given = arguments.positional.size();
  if (arguments.keywords.empty() && given == n) {  // the common call: every parameter, by position
    for (std::size_t i = 0; i < n; ++i) slots[i] = &arguments.positional[i];
    return;
  }
  if (!arguments.keywords.empty() && !p.accepts_keywords) binding_detail::throw_type_error(p, "takes no keyword arguments");
  const std::size_t filled = std::min(given, n);
  for (std::size_t i = 0; i < n; ++i) slots[i] = i < filled ? &arguments.positional[i] : nullptr;
  // CPython's order: keywords first (in call order), then too many positionals, then missing ones.
  for (auto& [name, v] : arguments.keywords) {
    auto found = std::find(p.names.begin(), p.names.end(), name);
    if (found == p.names.end()) binding_detail::throw_type_error(p, "got an unexpected keyword argument '" + name + "'");
    const auto i = static_cast<std::size_t>(found - p.names.begin());
    if (slots[i] != nullptr)
      binding_detail::throw_type_error(p, (i < filled ? "got multiple values for argument '"
                                                      : "got multiple values for keyword argument '") +
                                              name + "'");
    slots[i] = &v;
  }
  if (given > n) {
    std::string text = "takes ";
    if (p.required < n)
      text += "from " + std::to_string(p.required) + " to " + std::to_string(n) + " positional arguments";
    else
      text += std::to_string(n) + (n == 1 ? " positional argument" : " positional arguments");
    text += " but " + std::to_string(given) + (given == 1 ? " was given" : " were given");
    binding_detail::throw_type_error(p, std::move(text));
  }
  std::vector<std::string_view> missing;
  for (std::size_t i = 0; i < p.required; ++i)
    if (slots[i] == nullptr) missing.push_back(p.names[i]);
  if (missing.empty()) return;
  std::string text = "missing " + std::to_string(missing.size()) + " required positional argument" +
                     (missing.size() == 1 ? ": " : "s: ");
  for (std::size_t i = 0; i < missing.size(); ++i) {
    if (i > 0) text += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
    text += '\'';
    text += missing[i];
    text += '\'';
  }
  binding_detail::throw_type_error(p, std::move(text));
}

COIL_DECL void throw_conversion_failure(const parameter_list& p, std::size_t index, conversion_failure&& failure) {
  throw coil::exception(std::move(failure.type), p.function + "() argument '" + p.names[index] + "'" + failure.path +
                                                     " " + failure.detail);
}

COIL_DECL std::string make_stub(const parameter_list& p, bool is_async, const std::vector<std::string>& types,
                                std::string_view result_type) {
  std::string stub = is_async ? "async def " : "def ";
  stub += p.function;
  stub += '(';
  for (std::size_t i = 0; i < p.names.size(); ++i) {
    if (i > 0) stub += ", ";
    stub += p.names[i];
    stub += ": ";
    stub += types[i];
    if (i >= p.required) stub += " = None";
  }
  if (!p.accepts_keywords && !p.names.empty()) stub += ", /";
  stub += ") -> ";
  stub += result_type;
  stub += ": ...";
  return stub;
}

COIL_DECL std::string key_repr_for_message(const coil::value& key) {
  constexpr std::size_t longest = 40;
  std::string text = key.repr();
  if (text.size() <= longest) return text;
  std::size_t cut = longest - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  text.resize(cut);
  return text + "...";
}

}  // namespace coil::host
