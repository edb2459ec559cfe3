// The machinery under the parser's grammar rules (syntax/parser_rules.hpp): the token cursor,
// allocation of nodes and lists in the tree's arena, the nesting-depth guard, and the creation of
// SyntaxErrors with the positions CPython 3.12 reports.
//
// CPython parses in two passes: a fast one with the plain grammar and, only when it fails, a second
// one in which extra "invalid_" rules produce specialised messages. The cursor mirrors what matters
// for error positions: `furthest_` is the last token any rule has looked at (CPython's last fetched
// token), because a generic "invalid syntax" points there. Rules signal "this alternative does not
// match" with `parse_mismatch` (callers may backtrack) and a final error with `parse_abort`.
#pragma once

#include <coil/config.hpp>
#include <coil/syntax/ast.hpp>
#include <coil/syntax/lexer.hpp>
#include <coil/syntax/syntax_error.hpp>
#include <coil/syntax/token.hpp>
#include <coil/syntax/unicode_normalization.hpp>

#include <cstddef>
#include <cstdint>
#include <memory_resource>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coil::syntax {

// The current alternative does not match here. Callers that try alternatives catch it and restore
// the cursor; at the top it becomes "invalid syntax" at the furthest token of the first pass.
struct parse_mismatch {};

// A final error: raised by a rule, by the lexer (its error token was reached) or by the depth guard.
struct parse_abort {
  syntax_error error;
  bool from_lexer = false;  // the lexer's own error, which no later error replaces
};

class parser_state {
 public:
  // `stream.tokens` ends with end_marker or error (then `stream.error` says why); the stream
  // outlives the parser.
  parser_state(std::string_view source, const token_stream& stream, std::pmr::memory_resource& arena);

 protected:
  // ---- token cursor ---------------------------------------------------------------------------
  // The token `ahead` places after the cursor. Looking at a token is what makes it "fetched" for
  // CPython's error positions; looking at the lexer's error token raises the lexer's error.
  const token& look(std::size_t ahead = 0) {
    std::size_t index = pos_ + ahead;
    if (index >= last_) index = last_;
    if (index > furthest_) furthest_ = index;
    if (index == last_ && lexer_error_token_) reached_lexer_error();
    return tokens_[index];
  }
  token_kind kind_at(std::size_t ahead = 0) { return look(ahead).kind; }
  bool at(token_kind kind) { return look().kind == kind; }
  // A NAME token spelling a soft keyword (match, case, type, _).
  bool at_soft_keyword(std::string_view word) { return look().kind == token_kind::name && look().text == word; }
  const token& take() {
    const token& t = look();
    if (pos_ < last_) ++pos_;
    return t;
  }
  bool accept(token_kind kind) {
    if (!at(kind)) return false;
    take();
    return true;
  }
  const token& expect(token_kind kind) {
    if (!at(kind)) mismatch();
    return take();
  }
  // CPython's forced token (`&&':'` in the grammar): its absence is an error even in the first pass.
  COIL_DECL const token& expect_forced(token_kind kind);
  // The last token consumed, skipping NEWLINE/INDENT/DEDENT as CPython does for a node's end.
  const token& previous() const {
    for (std::size_t i = pos_; i > 0; --i) {
      token_kind kind = tokens_[i - 1].kind;
      if (kind != token_kind::newline && kind != token_kind::indent && kind != token_kind::dedent &&
          kind != token_kind::end_marker)
        return tokens_[i - 1];
    }
    return tokens_[0];
  }
  const token& token_at(std::size_t index) const { return tokens_[index < last_ ? index : last_]; }
  // Bracket nesting after token `index` (CPython's token level), for the missing-comma message.
  COIL_DECL int level_after(std::size_t index);

  // ---- spans ----------------------------------------------------------------------------------
  static source_span span_of(const token& t) { return {t.line, t.column, t.end_line, t.end_column}; }
  // From the start of `first` to the end of the last consumed token.
  source_span span_from(const token& first) const {
    const token& last = previous();
    return {first.line, first.column, last.end_line, last.end_column};
  }
  source_span span_from(const source_span& first) const {
    const token& last = previous();
    return {first.line, first.column, last.end_line, last.end_column};
  }
  static source_span span_between(const source_span& first, const source_span& last) {
    return {first.line, first.column, last.end_line, last.end_column};
  }

  // ---- arena ----------------------------------------------------------------------------------
  template <class T>
  T* make() {
    void* memory = arena_.allocate(sizeof(T), alignof(T));
    return ::new (memory) T{};
  }
  template <class T, class Kind>
  T* make_node(Kind kind, const source_span& where) {
    T* node = make<T>();
    node->kind = kind;
    node->where = where;
    return node;
  }
  COIL_DECL std::string_view store_text(std::string_view text);
  // A NAME token as an identifier of the tree: CPython normalises non-ASCII names to NFKC (PEP
  // 3131), after keywords and soft keywords were recognised on the text as written.
  std::string_view identifier(const token& t) { return is_ascii(t.text) ? t.text : store_text(nfkc(t.text)); }

  // Lists are built on a scratch stack shared by all rules (nested lists push above their parent's
  // entries), then copied into the arena by `finish_list` from the mark the builder took.
  std::size_t list_mark() const { return scratch_.size(); }
  void list_push(void* item) { scratch_.push_back(item); }
  std::size_t list_size(std::size_t mark) const { return scratch_.size() - mark; }
  template <class T>
  T* list_item(std::size_t mark, std::size_t i) const { return static_cast<T*>(scratch_[mark + i]); }
  template <class T>
  node_list<T> finish_list(std::size_t mark) {
    std::size_t count = scratch_.size() - mark;
    if (count == 0) return {};
    void* memory = arena_.allocate(sizeof(T*) * count, alignof(T*));
    T** items = static_cast<T**>(memory);
    for (std::size_t i = 0; i < count; ++i) items[i] = static_cast<T*>(scratch_[mark + i]);
    scratch_.resize(mark);
    return node_list<T>(items, count);
  }
  template <class T>
  node_list<T> single_list(T* item) {
    void* memory = arena_.allocate(sizeof(T*), alignof(T*));
    T** items = static_cast<T**>(memory);
    items[0] = item;
    return node_list<T>(items, 1);
  }
  std::size_t names_mark() const { return names_scratch_.size(); }
  COIL_DECL std::span<const std::string_view> finish_names(std::size_t mark);

  // ---- backtracking ---------------------------------------------------------------------------
  // The depth is not part of it: depth guards are scoped, so it is back to its value by the time
  // a failed alternative has unwound.
  struct saved_state {
    std::size_t pos, scratch, names, operators;
  };
  saved_state save() const { return {pos_, scratch_.size(), names_scratch_.size(), operators_scratch_.size()}; }
  void restore(const saved_state& s) {
    pos_ = s.pos;
    scratch_.resize(s.scratch);
    names_scratch_.resize(s.names);
    operators_scratch_.resize(s.operators);
  }
  // Runs `rule`; if it does not match, restores the cursor and returns false. Final errors pass.
  template <class Rule>
  bool attempt(Rule&& rule) {
    saved_state s = save();
    try {
      rule();
      return true;
    } catch (const parse_mismatch&) {
      restore(s);
      return false;
    }
  }

  // ---- depth guard ----------------------------------------------------------------------------
  // Every recursive rule holds one; so do loops that build left-nested chains (one unit per link),
  // so that the finished tree is never deeper than COIL_MAX_PARSE_DEPTH plus a few levels.
  class depth_guard {
   public:
    explicit depth_guard(parser_state& state, int units = 1) : state_(state), units_(units) { state_.enter(units); }
    ~depth_guard() { state_.depth_ -= units_; }
    void add(int units = 1) {
      state_.enter(units);
      units_ += units;
    }
    depth_guard(const depth_guard&) = delete;
    depth_guard& operator=(const depth_guard&) = delete;

   private:
    parser_state& state_;
    int units_;
  };
  void enter(int units) {
    depth_ += units;
    if (depth_ > COIL_MAX_PARSE_DEPTH) too_deep();
  }

  // ---- errors ---------------------------------------------------------------------------------
  [[noreturn]] static void mismatch() { throw parse_mismatch{}; }
  // CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _KNOWN_RANGE: a node's or tokens' span.
  [[noreturn]] COIL_DECL void raise_at(const source_span& where, std::string message,
                                       const char* type = "SyntaxError");
  // CPython's RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched.
  [[noreturn]] COIL_DECL void raise_at_last_token(std::string message, const char* type = "SyntaxError");
  // CPython's RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the token under the cursor.
  [[noreturn]] COIL_DECL void raise_at_next_token(std::string message);
  // CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from `start` to where the tokenizer stands.
  [[noreturn]] COIL_DECL void raise_starting_from(const source_span& start, std::string message);
  // CPython's RAISE_ERROR_KNOWN_LOCATION with raw 0-based byte columns (-1: unknown end).
  [[noreturn]] COIL_DECL void raise_raw(std::int32_t line, std::int32_t column, std::int32_t end_line,
                                        std::int32_t end_column, std::string message,
                                        const char* type = "SyntaxError");
  [[noreturn]] COIL_DECL void too_deep();
  [[noreturn]] COIL_DECL void reached_lexer_error();
  // The error CPython gives when the first pass fails and the second finds nothing specific:
  // "invalid syntax" at `token_index`, or "unexpected indent"/"unexpected unindent" there.
  COIL_DECL syntax_error generic_error(std::size_t token_index);
  // CPython's final check after a parser error: a later tokenizer error may take precedence.
  COIL_DECL syntax_error prefer_later_lexer_error(syntax_error error);

  // Builds a syntax_error from CPython-style 1-based byte offsets (before conversion to characters).
  COIL_DECL syntax_error make_error(std::int32_t line, std::int32_t byte_offset, std::int32_t end_line,
                                    std::int32_t end_byte_offset, std::string message, const char* type);
  COIL_DECL std::string_view line_text(std::int32_t line) const;  // without the newline
  // The tokenizer's position after the last fetched token, as CPython uses for tokens without a
  // column (INDENT, DEDENT, ENDMARKER) and for RAISE_SYNTAX_ERROR_STARTING_FROM.
  COIL_DECL void tokenizer_position(std::size_t token_index, std::int32_t& line, std::int32_t& column);

  std::string_view source_;
  const std::vector<token>& tokens_;
  const std::optional<syntax_error>& lexer_error_;
  std::pmr::memory_resource& arena_;
  std::size_t last_ = 0;                // index of the final token (end_marker or error)
  bool lexer_error_token_ = false;      // the final token is the lexer's error
  bool lexer_error_deferred_ = false;   // that error does not replace a parser error (lexer.hpp)
  std::size_t pos_ = 0;
  std::size_t furthest_ = 0;
  int depth_ = 0;
  bool invalid_pass_ = false;           // the second pass: specialised error rules are active
  bool skip_expression_checks_ = false; // pass 2: the next expression skips invalid_expression
  std::vector<void*> scratch_;
  std::vector<std::string_view> names_scratch_;
  std::vector<compare_operator> operators_scratch_;
  std::vector<std::int32_t> levels_;    // bracket nesting after each token, computed on demand
};

}  // namespace coil::syntax

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/syntax/impl/parser_state.ipp>
#endif
