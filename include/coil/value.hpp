// coil::value: a Python value as the host sees it, plain self-contained C++ data (a deep copy of
// what the script produced), so nothing the host holds can dangle into a collected heap.
// Conversion to and from the interpreter's own values happens only at the boundary (host/).
#pragma once

#include <coil/config.hpp>
#include <coil/error.hpp>
#include <coil/runtime/big_int.hpp>

#include <concepts>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coil {

class value {
 public:
  enum class kind { none, boolean, integer, floating, string, bytes, list, tuple, dict, set, frozenset };

  value() = default;
  value(std::nullptr_t) {}  // NOLINT: None
  value(bool b) : kind_(kind::boolean), boolean_(b) {}  // NOLINT
  template <std::integral T>
    requires(!std::same_as<T, bool> && !std::same_as<T, char>)
  value(T i) : kind_(kind::integer), integer_(static_cast<std::int64_t>(i)) {  // NOLINT
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) integer_ = runtime::big_int::from_uint64(i);
  }
  value(double d) : kind_(kind::floating), floating_(d) {}  // NOLINT
  value(std::string s) : kind_(kind::string), text_(std::move(s)) {}  // NOLINT
  value(std::string_view s) : kind_(kind::string), text_(s) {}  // NOLINT
  value(const char* s) : kind_(kind::string), text_(s) {}  // NOLINT
  value(runtime::big_int i) : kind_(kind::integer), integer_(std::move(i)) {}  // NOLINT

  static value bytes(std::string data) {
    value v(std::move(data));
    v.kind_ = kind::bytes;
    return v;
  }
  static value list(std::vector<value> items) { return sequence(kind::list, std::move(items)); }
  static value tuple(std::vector<value> items) { return sequence(kind::tuple, std::move(items)); }
  static value set(std::vector<value> items) { return sequence(kind::set, std::move(items)); }
  static value frozenset(std::vector<value> items) { return sequence(kind::frozenset, std::move(items)); }
  static value dict(std::vector<std::pair<value, value>> entries) {
    value v;
    v.kind_ = kind::dict;
    v.entries_ = std::move(entries);
    return v;
  }

  enum kind kind() const { return kind_; }
  bool is_none() const { return kind_ == kind::none; }

  // The value as a C++ type: bool, std::int64_t (or any integral type that holds it), double
  // (ints convert), std::string (str or bytes), runtime::big_int, std::vector<value> (list,
  // tuple, set), std::vector<std::pair<value, value>> (dict). A mismatch is a TypeError error.
  template <class T>
  result<T> as() const;

  const std::vector<value>& items() const { return items_; }                      // list, tuple, set
  const std::vector<std::pair<value, value>>& entries() const { return entries_; }  // dict, in order
  const std::string& text() const { return text_; }                                // str (UTF-8) or bytes
  const runtime::big_int& integer() const { return integer_; }

  // Python's repr(), e.g. "{'a': [1, 2.5, None]}".
  COIL_DECL std::string repr() const;
  // Python's ==, with 1 == 1.0 == True and order-insensitive sets.
  friend COIL_DECL bool operator==(const value& a, const value& b);

 private:
  static value sequence(enum kind k, std::vector<value> items) {
    value v;
    v.kind_ = k;
    v.items_ = std::move(items);
    return v;
  }
  COIL_DECL static result<value> type_error(std::string_view wanted, enum kind got);

  enum kind kind_ = kind::none;
  bool boolean_ = false;
  runtime::big_int integer_;
  double floating_ = 0.0;
  std::string text_;
  std::vector<value> items_;
  std::vector<std::pair<value, value>> entries_;
};

COIL_DECL std::string_view kind_name(enum value::kind k);

template <class T>
result<T> value::as() const {
  auto mismatch = [&](std::string_view wanted) -> result<T> {
    error e;
    e.type = "TypeError";
    e.message = "expected " + std::string(wanted) + ", got " + std::string(kind_name(kind_));
    return tl::unexpected(std::move(e));
  };
  if constexpr (std::same_as<T, bool>) {
    if (kind_ != kind::boolean) return mismatch("bool");
    return boolean_;
  } else if constexpr (std::integral<T>) {
    if (kind_ == kind::boolean) return static_cast<T>(boolean_);
    if (kind_ != kind::integer) return mismatch("int");
    auto i = integer_.to_int64();
    if (!i || *i < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
        (*i > 0 && static_cast<std::uint64_t>(*i) > static_cast<std::uint64_t>(std::numeric_limits<T>::max()))) {
      error e;
      e.type = "OverflowError";
      e.message = "int too large to convert";
      return tl::unexpected(std::move(e));
    }
    return static_cast<T>(*i);
  } else if constexpr (std::same_as<T, double>) {
    if (kind_ == kind::floating) return floating_;
    if (kind_ == kind::integer || kind_ == kind::boolean) {
      if (kind_ == kind::boolean) return boolean_ ? 1.0 : 0.0;
      auto d = integer_.to_double();
      if (!d) {
        error e;
        e.type = "OverflowError";
        e.message = "int too large to convert to float";
        return tl::unexpected(std::move(e));
      }
      return *d;
    }
    return mismatch("float");
  } else if constexpr (std::same_as<T, std::string>) {
    if (kind_ != kind::string && kind_ != kind::bytes) return mismatch("str");
    return text_;
  } else if constexpr (std::same_as<T, runtime::big_int>) {
    if (kind_ == kind::boolean) return runtime::big_int(boolean_ ? 1 : 0);
    if (kind_ != kind::integer) return mismatch("int");
    return integer_;
  } else if constexpr (std::same_as<T, std::vector<value>>) {
    if (kind_ != kind::list && kind_ != kind::tuple && kind_ != kind::set && kind_ != kind::frozenset) return mismatch("list");
    return items_;
  } else if constexpr (std::same_as<T, std::vector<std::pair<value, value>>>) {
    if (kind_ != kind::dict) return mismatch("dict");
    return entries_;
  } else {
    static_assert(sizeof(T) == 0, "coil::value::as<T>: unsupported type");
  }
}

}  // namespace coil

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/impl/value.ipp>
#endif
