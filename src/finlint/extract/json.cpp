// JSON and JSONL extraction through nlohmann's SAX parser. The parser reports values, not
// where they are, so it reads through an iterator that records how far it has got: when a
// string arrives, its closing quote is the last byte read, and its opening quote is found by
// walking back over the (already validated) token. Escapes are then decoded piece by piece,
// each mapped to its bytes, and the result must equal the parser's own value.
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "finlint/decode/decode.h"
#include "finlint/extract/internal.h"

namespace finlint::extract {
namespace {

// A const char* that, when advanced, moves `*furthest` along with it.
class TrackingIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* p, const char** furthest) : p_(p), furthest_(furthest) {}
  reference operator*() const { return *p_; }
  TrackingIterator& operator++() {
    ++p_;
    if (p_ > *furthest_) *furthest_ = p_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const TrackingIterator& o) const { return p_ == o.p_; }
  bool operator!=(const TrackingIterator& o) const { return p_ != o.p_; }

 private:
  const char* p_;
  const char** furthest_;
};

int Hex4(std::string_view s) {
  int v = 0;
  for (char c : s.substr(0, 4)) {
    v = v * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  return v;
}

// Appends the raw content of a JSON string (between its quotes, at offset `src` of the
// input) with escapes decoded; each escape maps to all of its bytes.
void AppendString(std::string_view raw, size_t src, Builder* b) {
  size_t run = 0;  // start of the current unescaped run
  size_t k = 0;
  while (k < raw.size()) {
    if (raw[k] != '\\') {
      ++k;
      continue;
    }
    b->Copy(src + run, raw.substr(run, k - run));
    size_t len = 2;
    char buf[U8_MAX_LENGTH];
    int32_t n = 0;
    switch (raw[k + 1]) {
      case 'b':
        buf[n++] = '\b';
        break;
      case 'f':
        buf[n++] = '\f';
        break;
      case 'n':
        buf[n++] = '\n';
        break;
      case 'r':
        buf[n++] = '\r';
        break;
      case 't':
        buf[n++] = '\t';
        break;
      case 'u': {
        UChar32 c = Hex4(raw.substr(k + 2));
        len = 6;
        // The parser accepted the text, so a lead surrogate is followed by \u and a trail.
        if (U16_IS_LEAD(c) && raw.substr(k + 6, 2) == "\\u") {
          c = U16_GET_SUPPLEMENTARY(c, Hex4(raw.substr(k + 8)));
          len = 12;
        }
        U8_APPEND_UNSAFE(buf, n, c);
        break;
      }
      default:  // \" \\ \/
        buf[n++] = raw[k + 1];
        break;
    }
    b->Replace(src + k, len, std::string_view(buf, static_cast<size_t>(n)));
    k += len;
    run = k;
  }
  b->Copy(src + run, raw.substr(run));
}

// Offset of the opening quote of the string whose closing quote is at `close`. Inside a
// string a quote is always escaped, i.e. follows an odd run of backslashes; the opening one
// follows none.
size_t OpeningQuote(std::string_view s, size_t close) {
  size_t q = close;
  while (q > 0) {
    q = s.rfind('"', q - 1);
    if (q == std::string_view::npos) return 0;
    size_t slashes = 0;
    while (q > slashes && s[q - 1 - slashes] == '\\') ++slashes;
    if (slashes % 2 == 0) return q;
  }
  return 0;
}

// 1-based line and column (in code points) of `offset`.
void LineCol(std::string_view s, size_t offset, int* line, int* col) {
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n') {
      ++*line;
      *col = 1;
    } else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      ++*col;
    }
  }
}

// Receives the parser's events for one JSON text (a file, or one JSONL line) and appends the
// chosen strings, record by record.
class Reader : public nlohmann::json_sax<nlohmann::json> {
 public:
  Reader(std::string_view path, std::string_view input, const std::vector<std::string>& fields,
         Builder* b)
      : path_(path), input_(input), fields_(fields), b_(b), seen_(fields.size(), false) {}

  // Parses input[begin, end) as one JSON text. `lines`: it is one JSONL record, at `line`.
  bool Parse(size_t begin, size_t end, bool lines, int line) {
    jsonl_ = lines;
    jsonl_line_ = line;
    record_depth_ = 0;
    stack_.clear();
    furthest_ = input_.data() + begin;
    TrackingIterator first(input_.data() + begin, &furthest_);
    TrackingIterator last(input_.data() + end, &furthest_);
    bool ok = nlohmann::json::sax_parse(first, last, this);
    EndRecord();
    return ok && error_.message.empty();
  }

  // After the last Parse(): fields no record has are an error (a typo checks nothing).
  bool CheckFieldsSeen() {
    if (records_ == 0) return true;
    for (size_t k = 0; k < fields_.size(); ++k) {
      if (seen_[k]) continue;
      std::string names;
      for (const std::string& n : top_fields_) names += (names.empty() ? "" : ", ") + n;
      error_ = Error{std::string(path_), 0, 0,
                     "no record has the field '" + fields_[k] + "'" +
                         (names.empty() ? "" : " (fields: " + names + ")")};
      return false;
    }
    return true;
  }

  const Error& error() const { return error_; }

  bool null() override { return Scalar(nullptr, 4); }
  bool boolean(bool value) override { return Scalar("true or false", value ? 4 : 5); }
  bool number_integer(number_integer_t) override { return Number(); }
  bool number_unsigned(number_unsigned_t) override { return Number(); }
  bool number_float(number_float_t, const string_t&) override { return Number(); }
  bool binary(binary_t&) override { return true; }  // not in JSON text

  bool string(string_t& value) override {
    size_t start = 0;
    size_t close = Read() - 1;
    size_t open = OpeningQuote(input_, close);
    size_t outer = Enter(open);
    bool selected = Selected();
    if (selected) {
      b_->Break();
      start = b_->size();
      Record::Kind kind = jsonl_               ? Record::Kind::kLine
                          : record_depth_ == 1 ? Record::Kind::kElement
                                               : Record::Kind::kWhole;
      b_->out()->records.push_back({start, Record{kind, record_index_, record_line_, field_}});
    }
    field_.resize(outer);
    if (!selected) return true;
    AppendString(input_.substr(open + 1, close - open - 1), open + 1, b_);
    if (std::string_view(b_->out()->owned).substr(start) != value) {
      return Fail(open, "finlint read this string differently from the JSON parser (a bug)");
    }
    b_->Break();
    return true;
  }

  bool start_object(std::size_t) override { return Open(/*object=*/true); }
  bool start_array(std::size_t) override {
    // A top-level array of a JSON file is the list of records, not a record.
    if (!jsonl_ && stack_.empty()) {
      record_depth_ = 1;
      stack_.push_back({false, 0, "", 0});
      return true;
    }
    return Open(/*object=*/false);
  }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }
  bool key(string_t& name) override {
    stack_.back().key = name;
    if (stack_.size() == record_depth_ + 1 && top_fields_.size() < 12) top_fields_.insert(name);
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error …":
    // keep what follows the parser's own position, which counts from the JSONL line.
    std::string what = e.what();
    size_t at = what.find("column ");
    at = at == std::string::npos ? std::string::npos : what.find(": ", at);
    std::string message = at == std::string::npos ? what : what.substr(at + 2);
    // "last read: '…'" quotes raw bytes, maybe half a character: keep it only when it is text.
    if (decode::FindInvalidUtf8(message) != std::string::npos) {
      message = message.substr(0, message.find("; last read:"));
    }
    size_t read = Read();
    return Fail(read > 0 ? read - 1 : 0, "invalid JSON: " + message);
  }

 private:
  struct Frame {
    bool object;
    int index;        // arrays: the next element's index
    std::string key;  // objects: the last key read
    size_t outer;     // length of field_ outside this container
  };

  size_t Read() const { return static_cast<size_t>(furthest_ - input_.data()); }

  // Starts a value at input offset `at`, starting a new record when the value is one, and
  // extends field_ to the value's path (growing and shrinking one string keeps deep nesting
  // linear). Returns the length of field_ before, to restore when the value ends.
  size_t Enter(size_t at) {
    size_t outer = field_.size();
    if (stack_.size() == record_depth_) {
      EndRecord();
      record_index_ = jsonl_ ? records_ : (record_depth_ == 0 ? 0 : stack_.back().index++);
      record_line_ = jsonl_ ? jsonl_line_ : LineOf(at);
      ++records_;
      doc_begin_ = b_->size();
      in_record_ = true;
      return outer;
    }
    Frame& parent = stack_.back();
    if (parent.object) {
      if (!field_.empty()) field_ += '.';
      field_ += parent.key;
    } else {
      field_ += '[';
      field_ += std::to_string(parent.index++);
      field_ += ']';
    }
    return outer;
  }

  bool Open(bool object) {
    bool root = stack_.size() == record_depth_;
    size_t outer = Enter(Read() - 1);
    if (!root) MarkSeen();
    stack_.push_back({object, 0, "", outer});
    return true;
  }

  bool Close() {
    field_.resize(stack_.back().outer);
    stack_.pop_back();
    return true;
  }

  // null (kind nullptr), true, false: `len` bytes just read.
  bool Scalar(const char* kind, size_t len) {
    size_t at = Read() - len;
    bool root = stack_.size() == record_depth_;
    size_t outer = Enter(at);
    bool error = !root && FieldIndex() >= 0 && kind != nullptr;  // null: as if missing
    if (!root) MarkSeen();
    if (error) return Fail(at, NotText(kind));
    field_.resize(outer);
    return true;
  }

  bool Number() {
    // The parser read one byte past the number (unless it ended the input).
    size_t at = Read();
    auto is_number = [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '.'; };
    if (at > 0 && !is_number(input_[at - 1]) && (input_[at - 1] | 0x20) != 'e') --at;
    while (at > 0 &&
           (is_number(input_[at - 1]) || (input_[at - 1] | 0x20) == 'e' || input_[at - 1] == '+')) {
      --at;
    }
    bool root = stack_.size() == record_depth_;
    size_t outer = Enter(at);
    if (!root && FieldIndex() >= 0) {
      MarkSeen();
      return Fail(at, NotText("a number"));
    }
    field_.resize(outer);
    return true;
  }

  std::string NotText(const char* kind) const {
    return "field '" + field_ + "' is " + kind +
           ", not text (--field takes strings, or objects and arrays holding them)";
  }

  // Index of the --field naming exactly the current value's path, or -1.
  int FieldIndex() const {
    const std::string& path = field_;
    for (size_t k = 0; k < fields_.size(); ++k) {
      if (fields_[k] == path) return static_cast<int>(k);
    }
    return -1;
  }

  void MarkSeen() {
    int k = FieldIndex();
    if (k >= 0) seen_[static_cast<size_t>(k)] = true;
  }

  // Whether the string at field_ is read: every string when no field is given, else those at
  // a field or inside one (post.body inside post, tags[1] inside tags).
  bool Selected() {
    const std::string& path = field_;
    if (fields_.empty()) return true;
    for (size_t k = 0; k < fields_.size(); ++k) {
      const std::string& f = fields_[k];
      if (path == f) {
        seen_[k] = true;
        return true;
      }
      if (path.size() > f.size() && path.compare(0, f.size(), f) == 0 &&
          (path[f.size()] == '.' || path[f.size()] == '[')) {
        return true;
      }
    }
    return false;
  }

  // Closes the open record's document: its strings are checked apart from other records'.
  void EndRecord() {
    if (!in_record_) return;
    in_record_ = false;
    if (b_->size() > doc_begin_) b_->out()->documents.push_back({doc_begin_, b_->size()});
  }

  int LineOf(size_t offset) {
    for (; line_pos_ < offset && line_pos_ < input_.size(); ++line_pos_) {
      if (input_[line_pos_] == '\n') ++line_no_;
    }
    return line_no_;
  }

  bool Fail(size_t offset, std::string message) {
    int line, col;
    LineCol(input_, offset, &line, &col);
    error_ = Error{std::string(path_), line, col, std::move(message)};
    return false;
  }

  std::string_view path_;
  std::string_view input_;
  const std::vector<std::string>& fields_;
  Builder* b_;
  std::vector<bool> seen_;            // per field: whether some record has it
  std::set<std::string> top_fields_;  // a few keys records have, for the "no field" error
  const char* furthest_ = nullptr;    // how far the parser has read
  bool jsonl_ = false;
  int jsonl_line_ = 0;
  size_t record_depth_ = 0;  // how many containers enclose a record: 1 in a top-level array
  std::vector<Frame> stack_;
  std::string field_;  // path of the current value within its record ("post.body", "tags[1]")
  int record_index_ = 0, record_line_ = 1, records_ = 0;
  bool in_record_ = false;
  size_t doc_begin_ = 0;
  size_t line_pos_ = 0;  // LineOf's progress: line_no_ is the line of offset line_pos_
  int line_no_ = 1;
  Error error_;
};

}  // namespace

Result<bool> ExtractJson(std::string_view path, std::string_view input, const Options& options,
                         bool lines, Extracted* out) {
  Builder b(out);
  Reader reader(path, input, options.fields, &b);
  if (!lines) {
    if (!reader.Parse(0, input.size(), /*lines=*/false, 1)) return reader.error();
  } else {
    int line = 1;
    for (size_t begin = 0; begin < input.size(); ++line) {
      size_t end = input.find('\n', begin);
      if (end == std::string_view::npos) end = input.size();
      std::string_view text = input.substr(begin, end - begin);
      if (text.find_first_not_of(" \t\r") != std::string_view::npos &&
          !reader.Parse(begin, end, /*lines=*/true, line)) {
        return reader.error();
      }
      begin = end + 1;
    }
  }
  if (!reader.CheckFieldsSeen()) return reader.error();
  out->text = out->owned;
  return true;
}

}  // namespace finlint::extract
