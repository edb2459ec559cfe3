// Definitions for coil/value.hpp: Python's repr and == for host values.
#pragma once

#include <coil/runtime/float_repr.hpp>
#include <coil/runtime/text/str_repr.hpp>
#include <coil/value.hpp>

#include <algorithm>

namespace coil {

COIL_DECL std::string_view kind_name(enum value::kind k) {
  switch (k) {
    case value::kind::none: return "NoneType";
    case value::kind::boolean: return "bool";
    case value::kind::integer: return "int";
    case value::kind::floating: return "float";
    case value::kind::string: return "str";
    case value::kind::bytes: return "bytes";
    case value::kind::list: return "list";
    case value::kind::tuple: return "tuple";
    case value::kind::dict: return "dict";
    case value::kind::set: return "set";
    case value::kind::frozenset: return "frozenset";
  }
  return "object";
}

namespace value_detail {

inline void append_bytes_repr(std::string& out, std::string_view data) {
  const bool use_double = data.find('\'') != std::string_view::npos && data.find('"') == std::string_view::npos;
  const char quote = use_double ? '"' : '\'';
  out += 'b';
  out += quote;
  constexpr char hex[] = "0123456789abcdef";
  for (unsigned char c : data) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
}

// Appends repr(v); containers are walked with an explicit stack, so deep nesting is safe.
inline void append_repr(std::string& out, const value& root) {
  struct pending {
    const value* v;
    std::size_t next = 0;  // next child index
  };
  std::vector<pending> stack{{&root}};
  while (!stack.empty()) {
    pending& top = stack.back();
    const value& v = *top.v;
    switch (v.kind()) {
      case value::kind::none: out += "None"; break;
      case value::kind::boolean: out += *v.as<bool>() ? "True" : "False"; break;
      case value::kind::integer: {
        auto text = v.integer().to_string(10);
        out += text ? *text : std::string("<int too large to print>");
        break;
      }
      case value::kind::floating: out += runtime::repr_float(*v.as<double>()); break;
      case value::kind::string: runtime::text::append_repr(out, v.text()); break;
      case value::kind::bytes: append_bytes_repr(out, v.text()); break;
      case value::kind::list:
      case value::kind::tuple:
      case value::kind::set:
      case value::kind::frozenset: {
        const auto& items = v.items();
        const bool is_tuple = v.kind() == value::kind::tuple;
        const bool is_set = v.kind() == value::kind::set || v.kind() == value::kind::frozenset;
        if (top.next == 0) {
          if (is_set && items.empty()) {
            out += v.kind() == value::kind::set ? "set()" : "frozenset()";
            break;
          }
          if (v.kind() == value::kind::frozenset) out += "frozenset(";
          out += is_tuple ? "(" : is_set ? "{" : "[";
        } else if (top.next < items.size()) {
          out += ", ";
        }
        if (top.next < items.size()) {
          const value* child = &items[top.next++];
          stack.push_back({child});
          continue;
        }
        if (is_tuple && items.size() == 1) out += ",";
        out += is_tuple ? ")" : is_set ? "}" : "]";
        if (v.kind() == value::kind::frozenset) out += ")";
        break;
      }
      case value::kind::dict: {
        const auto& entries = v.entries();
        // Children alternate key, value: index 2k is entry k's key, 2k+1 its value.
        if (top.next == 0) out += "{";
        if (top.next < entries.size() * 2) {
          if (top.next % 2 == 0 && top.next > 0) out += ", ";
          if (top.next % 2 == 1) out += ": ";
          const value* child = top.next % 2 == 0 ? &entries[top.next / 2].first : &entries[top.next / 2].second;
          ++top.next;
          stack.push_back({child});
          continue;
        }
        out += "}";
        break;
      }
    }
    stack.pop_back();
  }
}

inline bool numeric_equal(const value& a, const value& b) {
  auto as_number_kind = [](const value& v) {
    return v.kind() == value::kind::boolean || v.kind() == value::kind::integer || v.kind() == value::kind::floating;
  };
  if (!as_number_kind(a) || !as_number_kind(b)) return false;
  if (a.kind() == value::kind::floating || b.kind() == value::kind::floating) {
    if (a.kind() == value::kind::floating && b.kind() == value::kind::floating) return *a.as<double>() == *b.as<double>();
    const value& f = a.kind() == value::kind::floating ? a : b;
    const value& i = a.kind() == value::kind::floating ? b : a;
    return runtime::big_int::equals(*i.as<runtime::big_int>(), *f.as<double>());
  }
  return *a.as<runtime::big_int>() == *b.as<runtime::big_int>();
}

}  // namespace value_detail

COIL_DECL std::string value::repr() const {
  std::string out;
  value_detail::append_repr(out, *this);
  return out;
}

COIL_DECL bool operator==(const value& a, const value& b) {
  if (value_detail::numeric_equal(a, b)) return true;
  using k = enum value::kind;
  auto is_number = [](const value& v) { return v.kind() == k::boolean || v.kind() == k::integer || v.kind() == k::floating; };
  if (is_number(a) || is_number(b)) return false;
  auto is_set = [](const value& v) { return v.kind() == k::set || v.kind() == k::frozenset; };
  if (is_set(a) && is_set(b)) {
    if (a.items().size() != b.items().size()) return false;
    return std::all_of(a.items().begin(), a.items().end(), [&](const value& x) {
      return std::any_of(b.items().begin(), b.items().end(), [&](const value& y) { return x == y; });
    });
  }
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case k::none: return true;
    case k::string:
    case k::bytes: return a.text() == b.text();
    case k::list:
    case k::tuple: return a.items() == b.items();
    case k::dict: {
      if (a.entries().size() != b.entries().size()) return false;
      for (const auto& entry : a.entries()) {
        auto found = std::find_if(b.entries().begin(), b.entries().end(), [&](const auto& e) { return e.first == entry.first; });
        if (found == b.entries().end() || !(found->second == entry.second)) return false;
      }
      return true;
    }
    default: return false;
  }
}

}  // namespace coil
