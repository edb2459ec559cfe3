// json.dumps' encoder: a Python value to JSON text with CPython 3.12's output and errors, built in
// one std::string. Nesting is walked with an explicit stack of frames, never C++ recursion, and
// is bounded the way CPython bounds it: its C encoder (used when indent is None) raises
// RecursionError past 1497 nested containers, its pure-Python encoder (indent given, and
// json.dump) past the interpreter's recursion limit. The few observable differences between
// those two CPython encoders (error messages for bad separators, what json.dump has already
// written when an error stops it) follow `encoder_options::python_encoder`.
#pragma once

#include <coil/modules/impl/json_sort_keys.ipp>
#include <coil/modules/impl/json_text.ipp>
#include <coil/modules/module_registry.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/dict_object.hpp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace coil::modules::json_detail {

using runtime::str_object;

// CPython's C encoder and scanner enter one C recursion level per container (and per default()
// result): at module level or in any Python function, 1497 levels pass and the next one raises.
inline constexpr std::size_t c_recursion_levels = 1497;
// The pure-Python encoder spends one Python frame per container and two per default() result,
// on top of four (module, dumps, encode, _iterencode) when called from module level.
inline constexpr std::size_t python_recursion_limit = 1000;
inline constexpr std::size_t python_frames_before_encoding = 4;

struct encoder_options {
  bool skip_keys = false;
  bool ensure_ascii = true;
  bool check_circular = true;
  bool allow_nan = true;
  bool sort_keys = false;
  bool python_encoder = false;  // CPython's pure-Python encoder: indent given, or json.dump
  bool has_indent = false;
  std::string indent;           // one level of indentation
  std::string item_separator = ", ";
  std::string key_separator = ": ";
  value item_separator_value = value::none();  // a non-str item separator (pure-Python encoder only)
  value key_separator_value = value::none();   // a non-str key separator (pure-Python encoder only)
  value default_function = value::none();     // None: unknown objects are a TypeError
};

class encoder {
 public:
  encoder(interpreter& in, const encoder_options& options, runtime::list_object* keep)
      : in_(in), options_(options), keep_(keep->items) {}

  // Appends the JSON text of `v` to output(); false with the exception pending. `keep` (given at
  // construction) must be a rooted list: the encoder parks there every value it holds while
  // Python code (default, comparisons) may run.
  bool encode(value v);
  std::string& output() { return out_; }
  // json.dump writes chunk by chunk: after a failed encode, how much of output() CPython's
  // pure-Python encoder had already handed to fp.write.
  std::size_t written_before_error() const { return written_before_error_; }

 private:
  enum class frame_kind : std::uint8_t { list, dict, converted };
  struct frame {
    frame_kind kind = frame_kind::list;
    bool marked = false;          // its object is in the circular-reference markers
    bool wrote_item = false;      // dict: an item was written (skipkeys can skip the first ones)
    value object;                 // the list/tuple/dict, or the object default() converted
    std::size_t index = 0;        // next item
    std::size_t count = 0;        // dict: entries in its snapshot in keep_
    std::size_t snapshot = 0;     // dict: where the snapshot starts in keep_
    std::size_t keep_base = 0;    // keep_'s size before this frame
    std::size_t open_at = 0;      // list: output size before its '['
  };
  static constexpr std::size_t shallow_markers = 32;  // frames searched linearly for markers
  static constexpr std::size_t no_list_item = SIZE_MAX;
  // The longest text a str can hold, less a margin for the short pieces (numbers, brackets)
  // appended without a check between two items.
  static constexpr std::size_t max_output_bytes = UINT32_MAX - (std::size_t{1} << 16);

  bool encode_value(value v);
  bool next_value(value& next);
  bool open_list(value v, std::size_t size);
  bool open_dict(value v);
  bool sort_snapshot(frame& f);
  bool begin_frame(frame_kind kind, value object);
  void end_frame();
  bool enter_nesting(frame_kind kind);
  bool is_marked(value v) const;
  bool newline_indent(std::size_t level);
  bool room_for(std::size_t worst_bytes, std::size_t likely_bytes);
  bool append_string(value v);
  bool append_float(double d);
  bool append_big_int(value v);
  bool append_key(value key, bool& skip);
  bool fail_primitive();
  bool check_item_separator();
  bool check_limits();
  std::size_t container_level() const { return container_frames_; }
  value raise_circular() { return in_.raise_value_error("Circular reference detected"); }

  interpreter& in_;
  const encoder_options& options_;
  std::pmr::vector<value>& keep_;
  std::string out_;
  std::vector<frame> frames_;
  std::unordered_set<const vm::object*> deep_markers_;  // marked objects of frames past shallow_markers
  std::size_t container_frames_ = 0;
  std::size_t python_frames_ = python_frames_before_encoding;
  std::size_t list_item_start_ = no_list_item;  // output size before the current list item's separator
  std::size_t written_before_error_ = 0;
  std::size_t items_ = 0;
  std::size_t next_memory_check_ = 1 << 16;
  // Pure-Python encoder with a non-str key separator: the chunk index ''.join stops at.
  std::size_t chunks_ = 0;
  std::size_t bad_chunk_ = SIZE_MAX;
};

namespace encoder_detail {
inline void prefetch(value v) {
#if defined(__GNUC__)
  if (v.is_object()) __builtin_prefetch(v.as_object());
#else
  (void)v;
#endif
}
// A text longer than any str can be: a catchable MemoryError, as for 'x' * 2**40 (not the memory
// limit, which ends the run).
inline value raise_too_long(interpreter& in) {
  in.heap().take_refused_bytes();
  return in.raise_memory_error();
}
inline bool is_str(value v) { return v.is_object() && runtime::is_subtype(v.as_object()->type, &runtime::str_type); }
inline std::string_view str_view(value v) { return static_cast<str_object*>(v.as_object())->view(); }
}  // namespace encoder_detail

using encoder_detail::raise_too_long;

inline bool encoder::check_limits() {
  // Like any native loop: the time and memory limits every 4096 items (the values held are all
  // reachable from keep_ or the caller's arguments), and the output string, which the heap does
  // not count, against the memory limit as it grows.
  if ((++items_ & 0xFFF) == 0 && !in_.check_limits()) return false;
  if (out_.size() >= next_memory_check_) {
    if (out_.size() > max_output_bytes) {
      raise_too_long(in_);
      return false;
    }
    if (!in_.heap().could_allocate(out_.size())) {
      in_.raise_memory_error();
      return false;
    }
    next_memory_check_ = std::min(out_.size() + (out_.size() >> 2), max_output_bytes + 1);
  }
  return true;
}

inline bool encoder::is_marked(value v) const {
  const std::size_t shallow = std::min(frames_.size(), shallow_markers);
  for (std::size_t i = 0; i < shallow; ++i)
    if (frames_[i].marked && same(frames_[i].object, v)) return true;
  return frames_.size() > shallow_markers && deep_markers_.count(v.as_object()) != 0;
}

// One more level of nesting, or CPython's RecursionError for it.
inline bool encoder::enter_nesting(frame_kind kind) {
  if (options_.python_encoder) {
    const std::size_t cost = kind == frame_kind::converted ? 2 : 1;
    if (python_frames_ + cost > python_recursion_limit) {
      in_.raise_error(runtime::exception_type(runtime::exception_kind::recursion_error), "maximum recursion depth exceeded");
      return false;
    }
    python_frames_ += cost;
    return true;
  }
  if (frames_.size() >= c_recursion_levels) {
    in_.raise_error(runtime::exception_type(runtime::exception_kind::recursion_error),
                    "maximum recursion depth exceeded while encoding a JSON object");
    return false;
  }
  return true;
}

inline bool encoder::begin_frame(frame_kind kind, value object) {
  const bool mark = options_.check_circular;
  if (mark && is_marked(object)) {
    raise_circular();
    return false;
  }
  frame f;
  f.kind = kind;
  f.marked = mark;
  f.object = object;
  f.keep_base = keep_.size();
  keep_.push_back(object);
  if (mark && frames_.size() >= shallow_markers) deep_markers_.insert(object.as_object());
  if (kind != frame_kind::converted) ++container_frames_;
  frames_.push_back(f);
  return true;
}

inline void encoder::end_frame() {
  const frame& f = frames_.back();
  if (f.marked && frames_.size() > shallow_markers) deep_markers_.erase(f.object.as_object());
  if (f.kind != frame_kind::converted) --container_frames_;
  if (options_.python_encoder) python_frames_ -= f.kind == frame_kind::converted ? 2 : 1;
  keep_.resize(f.keep_base);
  frames_.pop_back();
}

// Before an append of unbounded size (a string, an indentation, a separator): the result must fit
// in a str, and the memory limit must leave room for it (checked for big appends only: the
// periodic check in check_limits covers the small ones).
inline bool encoder::room_for(std::size_t worst_bytes, std::size_t likely_bytes) {
  if (worst_bytes > max_output_bytes - std::min(out_.size(), max_output_bytes)) {
    raise_too_long(in_);
    return false;
  }
  if (likely_bytes >= (std::size_t{1} << 20) && !in_.heap().could_allocate(out_.size() + likely_bytes)) {
    in_.raise_memory_error();  // the memory limit is reached
    return false;
  }
  return true;
}

inline bool encoder::newline_indent(std::size_t level) {
  const std::size_t bytes = 1 + level * options_.indent.size();
  if (!room_for(bytes, bytes)) return false;
  out_.push_back('\n');
  for (std::size_t i = 0; i < level; ++i) out_ += options_.indent;
  return true;
}

// A str as a JSON string: at most 6 output bytes per input byte (\u00XX).
inline bool encoder::append_string(value v) {
  const std::string_view text = encoder_detail::str_view(v);
  if (!room_for(6 * text.size() + 2, text.size() + 2)) return false;
  append_json_string(out_, text, options_.ensure_ascii);
  return true;
}

// A primitive could not be written: in a list, CPython's pure-Python encoder had not yet handed
// out the item's separator (it yields them together), elsewhere everything before it is out.
inline bool encoder::fail_primitive() {
  written_before_error_ = list_item_start_ != no_list_item ? list_item_start_ : out_.size();
  return false;
}

// The pure-Python encoder builds item_separator + newline_indent when it opens a non-empty
// container: a separator that is not a str fails there with that operator's TypeError (without
// indent, json.dump hands it to fp.write, which refuses it as sys.stdout.write does).
inline bool encoder::check_item_separator() {
  const value separator = options_.item_separator_value;
  if (separator.is_none()) return true;
  if (!options_.has_indent) {
    in_.raise_type_error("write() argument must be str, not " + std::string(in_.type_of(separator)->name));
    return false;
  }
  value newline = in_.make_str("\n");
  value joined = in_.binary(static_cast<std::size_t>(syntax::binary_operator::add), separator, newline);
  if (joined.is_raised()) return false;
  in_.raise_type_error("sequence item " + std::to_string(chunks_) + ": expected str instance, " + std::string(in_.type_of(joined)->name) + " found");
  return false;
}

inline bool encoder::append_float(double d) {
  if (std::isfinite(d)) {
    append_finite_float(out_, d);
    return true;
  }
  if (!options_.allow_nan) {
    in_.raise_value_error(std::string("Out of range float values are not JSON compliant: ") +
                          (std::isnan(d) ? "nan" : d > 0 ? "inf" : "-inf"));
    return false;
  }
  out_ += std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
  return true;
}

inline bool encoder::append_big_int(value v) {
  auto digits = static_cast<runtime::int_object*>(v.as_object())->value.to_string(10, in_.interrupt());
  if (!digits) {
    runtime::numeric_detail::raise_big_int_error(in_, digits.error());
    return false;
  }
  out_ += *digits;
  return true;
}

inline bool encoder::encode(value root) {
  value current = root;
  for (;;) {
    if (!encode_value(current)) return false;
    if (!next_value(current)) return false;
    if (current.is_unbound()) break;
    if (!check_limits()) {
      written_before_error_ = out_.size();
      return false;
    }
  }
  if (bad_chunk_ != SIZE_MAX) {
    in_.raise_type_error("sequence item " + std::to_string(bad_chunk_) + ": expected str instance, " +
                         std::string(in_.type_of(options_.key_separator_value)->name) + " found");
    return false;
  }
  return true;
}

// Writes `v`, or opens its frame when it is a non-empty container (next_value then walks it).
inline bool encoder::encode_value(value v) {
  using namespace encoder_detail;
  for (;;) {
    // The C encoder's order: None, True, False, str, int, float, list/tuple, dict, default().
    if (v.is_none() || v.is_bool()) {
      out_ += v.is_none() ? "null" : v.is_true() ? "true" : "false";
      ++chunks_;
      return true;
    }
    if (v.is_small_int()) {
      append_int(out_, v.as_small_int());
      ++chunks_;
      return true;
    }
    if (v.is_double()) {
      if (!append_float(v.as_double())) return fail_primitive();
      ++chunks_;
      return true;
    }
    auto* type = v.as_object()->type;
    if (type == &runtime::str_type || is_str(v)) {
      if (!append_string(v)) return fail_primitive();
      ++chunks_;
      return true;
    }
    if (type == &runtime::int_type) {
      if (!append_big_int(v)) return fail_primitive();
      ++chunks_;
      return true;
    }
    // A container or default() result in a list: the pure-Python encoder yields the separator
    // as a chunk of its own first.
    if (list_item_start_ != no_list_item) ++chunks_;
    list_item_start_ = no_list_item;
    written_before_error_ = out_.size();
    if (type == &runtime::list_type || type == &runtime::tuple_type) {
      const std::size_t size = type == &runtime::list_type ? static_cast<runtime::list_object*>(v.as_object())->items.size()
                                                           : static_cast<runtime::tuple_object*>(v.as_object())->size;
      return open_list(v, size);
    }
    if (type == &runtime::dict_type) return open_dict(v);
    // default(o), after the circular check for o; its result is encoded in o's place.
    if (options_.check_circular && is_marked(v)) {
      raise_circular();
      return false;
    }
    if (options_.default_function.is_none()) {
      in_.raise_type_error("Object of type " + std::string(type->name) + " is not JSON serializable");
      return false;
    }
    value converted = in_.call(options_.default_function, std::span<const value>(&v, 1));
    if (converted.is_raised()) return false;
    if (!enter_nesting(frame_kind::converted)) return false;
    if (!begin_frame(frame_kind::converted, v)) return false;
    keep_.push_back(converted);
    v = converted;
  }
}

inline bool encoder::open_list(value v, std::size_t size) {
  if (!enter_nesting(frame_kind::list)) return false;
  if (size == 0) {
    out_ += "[]";
    ++chunks_;
    if (options_.python_encoder) --python_frames_;
    return true;
  }
  const std::size_t open_at = out_.size();
  if (!begin_frame(frame_kind::list, v)) {
    if (options_.python_encoder) --python_frames_;
    return false;
  }
  frames_.back().open_at = open_at;
  {
    const value* items = v.as_object()->type == &runtime::list_type ? static_cast<runtime::list_object*>(v.as_object())->items.data()
                                                                    : static_cast<runtime::tuple_object*>(v.as_object())->items();
    for (std::size_t i = 0; i < size && i < 4; ++i) encoder_detail::prefetch(items[i]);
  }
  if (!check_item_separator()) return false;
  out_.push_back('[');
  return !options_.has_indent || newline_indent(container_level());
}

inline bool encoder::open_dict(value v) {
  auto& table = static_cast<runtime::dict_object*>(v.as_object())->table;
  if (!enter_nesting(frame_kind::dict)) return false;
  if (table.empty()) {
    out_ += "{}";
    ++chunks_;
    if (options_.python_encoder) --python_frames_;
    return true;
  }
  if (!begin_frame(frame_kind::dict, v)) {
    if (options_.python_encoder) --python_frames_;
    return false;
  }
  out_.push_back('{');
  ++chunks_;
  written_before_error_ = out_.size();
  if (!check_item_separator()) return false;
  if (options_.has_indent) {
    if (!newline_indent(container_level())) return false;
    ++chunks_;
  }
  written_before_error_ = out_.size();
  // CPython encodes a snapshot of the items (a dict mutated by default() is not followed).
  frame& f = frames_.back();
  f.snapshot = keep_.size();
  for (std::size_t i = 0; i < table.end_index(); ++i) {
    if (!table.is_live(i)) continue;
    const value key = table.entry(i).key, item = table.entry(i).value;
    // The walk is bound by cache misses on the objects themselves: start loading them now.
    encoder_detail::prefetch(key);
    encoder_detail::prefetch(item);
    keep_.push_back(key);
    keep_.push_back(item);
  }
  f.count = (keep_.size() - f.snapshot) / 2;
  return !options_.sort_keys || sort_snapshot(f);
}

// sort_keys: the snapshot's items in CPython's sorted() order (json_sort_keys.ipp); all-str
// keys, the usual case, sort directly (no two are equal, so stability cannot matter).
inline bool encoder::sort_snapshot(frame& f) {
  using namespace encoder_detail;
  const std::size_t n = f.count, base = f.snapshot;
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  bool all_str = true;
  for (std::size_t i = 0; i < n && all_str; ++i)
    all_str = keep_[base + 2 * i].is_object() && keep_[base + 2 * i].as_object()->type == &runtime::str_type;
  if (all_str) {
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return str_view(keep_[base + 2 * a]) < str_view(keep_[base + 2 * b]); });
  } else {
    struct snapshot_keys {
      const std::pmr::vector<value>& items;
      std::size_t base;
      value operator[](std::size_t i) const { return items[base + 2 * i]; }
    };
    if (!timsort_order(in_, snapshot_keys{keep_, base}, order)) return false;
  }
  std::vector<value> sorted(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    sorted[2 * i] = keep_[base + 2 * order[i]];
    sorted[2 * i + 1] = keep_[base + 2 * order[i] + 1];
  }
  std::copy(sorted.begin(), sorted.end(), keep_.begin() + static_cast<std::ptrdiff_t>(base));
  return true;
}

// A dict key as JSON: strs as they are; floats, ints, True, False and None as their JSON text in
// quotes; anything else skipped (skipkeys) or a TypeError. Checked before the item's separator
// is written, as CPython does.
inline bool encoder::append_key(value key, bool& skip) {
  using namespace encoder_detail;
  skip = false;
  std::string text;
  if (is_str(key)) {
    // fall through to the separator below
  } else if (key.is_double()) {
    const double d = key.as_double();
    if (std::isfinite(d)) {
      append_finite_float(text, d);
    } else if (!options_.allow_nan) {
      in_.raise_value_error(std::string("Out of range float values are not JSON compliant: ") +
                            (std::isnan(d) ? "nan" : d > 0 ? "inf" : "-inf"));
      return false;
    } else {
      text = std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }
  } else if (key.is_bool() || key.is_none()) {
    text = key.is_none() ? "null" : key.is_true() ? "true" : "false";
  } else if (key.is_small_int()) {
    append_int(text, key.as_small_int());
  } else if (in_.type_of(key) == &runtime::int_type) {
    auto digits = static_cast<runtime::int_object*>(key.as_object())->value.to_string(10, in_.interrupt());
    if (!digits) {
      runtime::numeric_detail::raise_big_int_error(in_, digits.error());
      return false;
    }
    text = std::move(*digits);
  } else if (options_.skip_keys) {
    skip = true;
    return true;
  } else {
    in_.raise_type_error("keys must be str, int, float, bool or None, not " + std::string(in_.type_of(key)->name));
    return false;
  }
  frame& f = frames_.back();
  if (f.wrote_item) {
    if (!room_for(options_.item_separator.size(), options_.item_separator.size())) return false;
    out_ += options_.item_separator;
    if (options_.has_indent && !newline_indent(container_level())) return false;
    ++chunks_;
  }
  f.wrote_item = true;
  if (is_str(key)) {
    if (!append_string(key)) return false;
  } else {
    append_json_string(out_, text, false);
  }
  ++chunks_;
  if (bad_chunk_ == SIZE_MAX && !options_.key_separator_value.is_none()) bad_chunk_ = chunks_;
  if (!room_for(options_.key_separator.size(), options_.key_separator.size())) return false;
  out_ += options_.key_separator;
  ++chunks_;
  return true;
}

// The next value to encode from the innermost open frame, closing the frames that are done;
// unbound when the whole document is written.
inline bool encoder::next_value(value& next) {
  while (!frames_.empty()) {
    frame& f = frames_.back();
    if (f.kind == frame_kind::list) {
      // A list is re-read at every step (default() may change it), as CPython does.
      const auto* type = f.object.as_object()->type;
      const std::size_t size = type == &runtime::list_type ? static_cast<runtime::list_object*>(f.object.as_object())->items.size()
                                                           : static_cast<runtime::tuple_object*>(f.object.as_object())->size;
      if (f.index < size) {
        list_item_start_ = f.index == 0 ? f.open_at : out_.size();
        if (f.index != 0) {
          if (!room_for(options_.item_separator.size(), options_.item_separator.size())) return false;
          out_ += options_.item_separator;
          if (options_.has_indent && !newline_indent(container_level())) return false;
        }
        const value* items = type == &runtime::list_type ? static_cast<runtime::list_object*>(f.object.as_object())->items.data()
                                                         : static_cast<runtime::tuple_object*>(f.object.as_object())->items();
        next = items[f.index];
        if (f.index + 4 < size) encoder_detail::prefetch(items[f.index + 4]);
        ++f.index;
        return true;
      }
      if (options_.has_indent && !newline_indent(container_level() - 1)) return false;
      out_.push_back(']');
      chunks_ += options_.has_indent ? 2 : 1;
    } else if (f.kind == frame_kind::dict) {
      list_item_start_ = no_list_item;
      written_before_error_ = out_.size();
      bool skipped = false;
      while (f.index < f.count) {
        const std::size_t at = f.snapshot + 2 * f.index++;
        if (!append_key(keep_[at], skipped)) {
          written_before_error_ = out_.size();
          return false;
        }
        if (!skipped) {
          next = keep_[at + 1];
          return true;
        }
      }
      if (options_.has_indent && !newline_indent(container_level() - 1)) return false;
      out_.push_back('}');
      chunks_ += options_.has_indent ? 2 : 1;
    }
    end_frame();
  }
  next = value::unbound();
  return true;
}

}  // namespace coil::modules::json_detail
