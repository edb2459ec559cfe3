// The `str` type's slots: repr, hash, comparison, concatenation, repetition, length, membership,
// indexing, slicing and iteration. The text algorithms behind the methods live in runtime/text/.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/impl/slice_type.ipp>
#include <coil/runtime/text/str_repr.hpp>
#include <coil/runtime/text/str_slice.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <cstring>

namespace coil::runtime {
namespace str_detail {

inline bool is_str(value v) { return v.is_object() && is_subtype(v.as_object()->type, &str_type); }
inline str_object* as_str(value v) { return static_cast<str_object*>(v.as_object()); }

inline value str_repr(interpreter& in, value self) {
  std::string out;
  text::append_repr(out, as_str(self)->view());
  return in.make_str(out);
}
inline value str_str(interpreter&, value self) { return self; }
inline value str_hash(interpreter& in, value self) { return in.make_int(str_hash_of(as_str(self))); }
inline value str_length(interpreter& in, value self) { return in.make_int(as_str(self)->length); }
inline value str_truthy(interpreter&, value self) { return value::from_bool(as_str(self)->byte_length != 0); }

inline value str_compare(interpreter&, value self, value other, compare_operator o) {
  if (!is_str(other)) return value::not_implemented();
  // UTF-8 byte order is code-point order, so comparing bytes compares as Python does.
  auto order = as_str(self)->view() <=> as_str(other)->view();
  switch (o) {
    case compare_operator::less: return value::from_bool(order < 0);
    case compare_operator::less_equal: return value::from_bool(order <= 0);
    case compare_operator::equal: return value::from_bool(order == 0);
    case compare_operator::not_equal: return value::from_bool(order != 0);
    case compare_operator::greater: return value::from_bool(order > 0);
    case compare_operator::greater_equal: return value::from_bool(order >= 0);
  }
  return value::not_implemented();
}

// a + b for two strs: an owner, or a view of a's owner when b fits after a in place (see
// str_object.hpp). A left operand made by `+` gets room to grow (twice the result), so a loop of
// `s += t` copies each byte O(1) times; other results are exactly their size.
inline value concatenate(interpreter& in, str_object* a, str_object* b) {
  const std::size_t a_size = a->byte_length, b_size = b->byte_length;
  const std::size_t total = a_size + b_size;
  if (total > UINT32_MAX - sizeof(str_object) - 64) return in.raise_memory_error();
  const std::uint32_t length = a->length + b->length;
  const bool ascii = a->ascii && b->ascii;
  if (a->form != str_object::storage::plain && b_size != 0) {
    str_object* owner = a->form == str_object::storage::view ? a->owner() : a;
    if (owner->fill == a_size && owner->capacity() - a_size >= b_size) {
      // Make the view first: allocating it cannot move or collect the owner.
      auto* v = in.heap().make_with_trailing<str_object>(&str_type, sizeof(str_object*));
      std::memcpy(v->own_bytes(), &owner, sizeof owner);
      v->form = str_object::storage::view;
      std::memcpy(owner->own_bytes() + a_size, b->data(), b_size);
      owner->fill = static_cast<std::uint32_t>(total);
      v->byte_length = static_cast<std::uint32_t>(total);
      v->length = length;
      v->ascii = ascii;
      return value::from_object(v);
    }
  }
  std::size_t capacity = total + 1;
  if (a->form != str_object::storage::plain) {
    const std::size_t roomy = std::min<std::size_t>(2 * total + 16, UINT32_MAX - sizeof(str_object) - 64);
    if (in.heap().could_allocate(roomy)) capacity = roomy;
  }
  if (!in.heap().could_allocate(capacity)) return in.raise_memory_error();
  auto* r = in.heap().make_with_trailing<str_object>(&str_type, capacity);
  std::memcpy(r->own_bytes(), a->data(), a_size);
  std::memcpy(r->own_bytes() + a_size, b->data(), b_size);
  r->own_bytes()[total] = '\0';
  r->form = str_object::storage::owner;
  r->fill = static_cast<std::uint32_t>(total);
  r->byte_length = static_cast<std::uint32_t>(total);
  r->length = length;
  r->ascii = ascii;
  return value::from_object(r);
}

inline value str_concat(interpreter& in, value self, value other) {
  if (!is_str(other)) {
    std::string message = "can only concatenate str (not \"";
    message += in.type_of(other)->name;
    message += "\") to str";
    return in.raise_type_error(message);
  }
  // As CPython: an empty operand gives the other one back when that is an exact str.
  if (as_str(other)->byte_length == 0 && in.type_of(self) == &str_type) return self;
  if (as_str(self)->byte_length == 0 && in.type_of(other) == &str_type) return other;
  return concatenate(in, as_str(self), as_str(other));
}

inline value str_repeat(interpreter& in, value self, value count) {
  std::int64_t n = 0;
  if (count.is_small_int() || count.is_bool()) {
    n = count.is_bool() ? (count.is_true() ? 1 : 0) : count.as_small_int();
  } else if (count.is_object() && count.as_object()->type == &int_type) {
    auto wide = static_cast<int_object*>(count.as_object())->value.to_int64();
    if (!wide) return in.raise_error(exception_type(exception_kind::overflow_error), "cannot fit 'int' into an index-sized integer");
    n = *wide;
  } else {
    return value::not_implemented();
  }
  auto text = as_str(self)->view();
  if (n <= 0 || text.empty()) return in.make_str("");
  // CPython's length check comes before its allocation fails.
  if (static_cast<std::uint64_t>(n) > static_cast<std::uint64_t>(INT64_MAX) / as_str(self)->length)
    return in.raise_error(exception_type(exception_kind::overflow_error), "repeated string is too long");
  if (static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 40) / text.size() ||
      !in.heap().could_allocate(text.size() * static_cast<std::size_t>(n)))
    return in.raise_memory_error();
  std::string out;
  out.reserve(text.size() * static_cast<std::size_t>(n));
  for (std::int64_t i = 0; i < n; ++i) out += text;
  return in.make_str(out);
}
inline value str_repeat_reflected(interpreter& in, value self, value count) { return str_repeat(in, self, count); }

inline value str_contains(interpreter& in, value self, value item) {
  if (!is_str(item)) {
    std::string message = "'in <string>' requires string as left operand, not ";
    message += in.type_of(item)->name;
    return in.raise_type_error(message);
  }
  return value::from_bool(as_str(self)->view().find(as_str(item)->view()) != std::string_view::npos);
}

// Byte offset of code point `index` (0 <= index <= length).
inline std::size_t byte_offset(const str_object* s, std::int64_t index) {
  if (s->ascii) return static_cast<std::size_t>(index);
  const char* data = s->data();
  std::size_t offset = 0;
  for (std::int64_t seen = 0; offset < s->byte_length; ++offset) {
    if ((static_cast<unsigned char>(data[offset]) & 0xC0) != 0x80) {
      if (seen == index) return offset;
      ++seen;
    }
  }
  return offset;
}

// s[i:j:k] by code points. ASCII text slices its bytes directly; s[:] of an exact str is s.
inline value str_get_slice(interpreter& in, value self, value key) {
  auto* s = as_str(self);
  auto b = slice_for_length(in, key, s->length);
  if (!b) return value::raised();
  if (b->length == 0) return in.make_str("");
  if (b->step == 1 && b->length == s->length && in.type_of(self) == &str_type) return self;
  if (!in.heap().could_allocate(s->ascii ? static_cast<std::size_t>(b->length) : s->byte_length)) return in.raise_memory_error();
  const auto start = static_cast<std::size_t>(b->start);
  const auto count = static_cast<std::size_t>(b->length);
  if (b->step == 1) {
    if (s->ascii) return in.make_str(s->view().substr(start, count));
    return in.make_str(text::str_view(s->view(), s->length, false).substr(start, start + count));
  }
  return in.make_str(text::extended_slice(text::str_view(s->view(), s->length, s->ascii), start, count, b->step));
}

inline value str_get_item(interpreter& in, value self, value key) {
  auto* s = as_str(self);
  if (slice_detail::is_slice(key)) return str_get_slice(in, self, key);
  if (key.is_small_int() || key.is_bool()) {
    std::int64_t i = key.is_bool() ? (key.is_true() ? 1 : 0) : key.as_small_int();
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) return in.raise_error(exception_type(exception_kind::index_error), "string index out of range");
    std::size_t begin = byte_offset(s, i);
    std::size_t end = s->ascii ? begin + 1 : byte_offset(s, i + 1);
    return in.make_str(s->view().substr(begin, end - begin));
  }
  if (value e = oversized_index_error(in, key, "string index out of range"); e.is_raised()) return e;
  std::string message = "string indices must be integers, not '";
  message += in.type_of(key)->name;
  message += "'";
  return in.raise_type_error(message);
}

inline value str_iter(interpreter& in, value self) {
  auto* it = in.heap().make<sequence_iterator_object>(as_str(self)->ascii ? &str_ascii_iterator_type : &str_iterator_type);
  it->sequence = self;
  return value::from_object(it);
}

}  // namespace str_detail

inline type_object make_str_type() {
  using namespace str_detail;
  using op = syntax::binary_operator;
  type_object t;
  t.name = "str";
  t.layout = &vm::layout_of<str_object>;
  t.base = &object_type;
  t.repr = str_repr;
  t.str = str_str;
  t.hash = str_hash;
  t.compare = str_compare;
  t.length = str_length;
  t.truthy = str_truthy;
  t.contains = str_contains;
  t.get_item = str_get_item;
  t.iter = str_iter;
  t.binary[static_cast<std::size_t>(op::add)] = str_concat;
  t.binary[static_cast<std::size_t>(op::mult)] = str_repeat;
  t.reflected[static_cast<std::size_t>(op::mult)] = str_repeat_reflected;
  return t;
}

}  // namespace coil::runtime
