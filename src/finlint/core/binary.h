// The length-prefixed binary form of what the build computes once and a run reads back: the
// compiled rule packs (rules/compiled.h) and the scanner's tables (scan/scan.h). Integers are
// 32 bits little-endian, doubles and arrays their host bytes (the form is made and read by the
// same build), strings and lists carry their length first. An array starts at a multiple of 8
// bytes from the start of the form, so that a Reader can hand it out in place (a Table) when
// the form itself is 8-aligned: a run then copies nothing and touches only the pages it reads,
// where copying the scanner's tables cost 400 page faults. A Reader never reads past its end:
// damage makes ok() false and the caller refuses the whole form.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace finlint {

// A read-only array of plain values: either its own elements, as built, or a view of an
// array in a form that outlives it (the tables compiled into the binary).
template <typename T>
class Table {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  Table() = default;
  Table(std::vector<T> own) : own_(std::move(own)) { Sync(); }  // NOLINT: a vector is a Table
  Table(const Table& o) : own_(o.own_), data_(o.data_), size_(o.size_), view_(o.view_) {
    if (!view_) Sync();
  }
  Table(Table&& o) noexcept
      : own_(std::move(o.own_)), data_(o.data_), size_(o.size_), view_(o.view_) {
    if (!view_) Sync();
  }
  Table& operator=(Table o) noexcept {
    own_.swap(o.own_);
    data_ = o.data_, size_ = o.size_, view_ = o.view_;
    if (!view_) Sync();
    return *this;
  }
  static Table View(const T* data, size_t size) {
    Table t;
    t.data_ = data, t.size_ = size, t.view_ = true;
    return t;
  }

  const T* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  const T& operator[](size_t i) const { return data_[i]; }
  const T& front() const { return data_[0]; }
  const T& back() const { return data_[size_ - 1]; }

 private:
  void Sync() { data_ = own_.data(), size_ = own_.size(); }
  std::vector<T> own_;
  const T* data_ = nullptr;
  size_t size_ = 0;
  bool view_ = false;
};

class BinaryWriter {
 public:
  void Int(int64_t v) {
    auto u = static_cast<uint32_t>(static_cast<int32_t>(v));
    for (int k = 0; k < 4; ++k) out_ += static_cast<char>((u >> (8 * k)) & 0xFF);
  }
  void Bool(bool b) { out_ += b ? '\1' : '\0'; }
  void Double(double d) { Bytes(&d, sizeof d); }
  void Str(std::string_view s) {
    Int(static_cast<int64_t>(s.size()));
    out_ += s;
  }
  void Strs(const std::vector<std::string>& v) {
    Int(static_cast<int64_t>(v.size()));
    for (const std::string& s : v) Str(s);
  }
  // A list of plain values (integers, characters), written as one block.
  template <typename T>
  void Array(const T* data, size_t size) {
    static_assert(std::is_trivially_copyable_v<T>);
    Int(static_cast<int64_t>(size));
    while (out_.size() % 8 != 0) out_ += '\0';
    Bytes(data, size * sizeof(T));
  }
  template <typename T>
  void Array(const std::vector<T>& v) {
    Array(v.data(), v.size());
  }
  template <typename T>
  void Array(const Table<T>& t) {
    Array(t.data(), t.size());
  }
  void Raw(std::string_view s) { out_ += s; }
  std::string Take() { return std::move(out_); }

 private:
  void Bytes(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ == in_.size(); }

  int32_t Int() {
    if (!Need(4)) return 0;
    uint32_t u = 0;
    for (int k = 0; k < 4; ++k)
      u |= static_cast<uint32_t>(static_cast<uint8_t>(in_[pos_++])) << (8 * k);
    return static_cast<int32_t>(u);
  }
  // A count of things that each take at least one byte: more than are left is damage.
  size_t Count() {
    int32_t n = Int();
    if (n < 0 || static_cast<size_t>(n) > in_.size() - pos_) ok_ = false;
    return ok_ ? static_cast<size_t>(n) : 0;
  }
  bool Bool() { return Need(1) && in_[pos_++] != 0; }
  double Double() {
    double d = 0;
    if (Need(sizeof d)) {
      std::memcpy(&d, in_.data() + pos_, sizeof d);
      pos_ += sizeof d;
    }
    return d;
  }
  // A string, as a view of the input.
  std::string_view View() {
    size_t n = Count();
    if (!Need(n)) return {};
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::string Str() { return std::string(View()); }
  std::vector<std::string> Strs() {
    std::vector<std::string> v(Count());
    for (std::string& s : v) s = Str();
    return v;
  }
  template <typename T>
  std::vector<T> Array() {
    std::vector<T> v;
    std::string_view bytes = ArrayBytes(sizeof(T));
    v.resize(bytes.size() / sizeof(T));
    if (!v.empty()) std::memcpy(v.data(), bytes.data(), bytes.size());
    return v;
  }
  // The same array, in place where it is aligned for T; the form must outlive the Table.
  template <typename T>
  Table<T> InPlace() {
    static_assert(std::is_trivially_copyable_v<T>);
    std::string_view bytes = ArrayBytes(sizeof(T));
    if (reinterpret_cast<uintptr_t>(bytes.data()) % alignof(T) != 0) {
      std::vector<T> v(bytes.size() / sizeof(T));
      if (!v.empty()) std::memcpy(v.data(), bytes.data(), bytes.size());
      return Table<T>(std::move(v));
    }
    return Table<T>::View(reinterpret_cast<const T*>(bytes.data()), bytes.size() / sizeof(T));
  }
  bool Expect(std::string_view s) {
    if (!Need(s.size()) || in_.substr(pos_, s.size()) != s) return ok_ = false;
    pos_ += s.size();
    return true;
  }
  template <typename E>
  E Enum(int count) {
    int32_t v = Int();
    if (v < 0 || v >= count) ok_ = false;
    return static_cast<E>(ok_ ? v : 0);
  }
  // For a check the caller makes of what it read (an index in range, say).
  void Require(bool holds) {
    if (!holds) ok_ = false;
  }

 private:
  std::string_view ArrayBytes(size_t element) {
    size_t n = Count();
    size_t pad = (8 - pos_ % 8) % 8;
    if (!Need(pad)) return {};
    pos_ += pad;
    if (n > (in_.size() - pos_) / element) {
      ok_ = false;
      return {};
    }
    std::string_view bytes = in_.substr(pos_, n * element);
    pos_ += n * element;
    return bytes;
  }
  bool Need(size_t n) {
    if (ok_ && n > in_.size() - pos_) ok_ = false;
    return ok_;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace finlint
