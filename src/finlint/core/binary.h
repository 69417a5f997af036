// The length-prefixed binary form of what the build computes once and a run reads back: the
// compiled rule packs (rules/compiled.h) and the scanner's tables (scan/scan.h). Integers are
// 32 bits little-endian, doubles and arrays their host bytes (the form is made and read by the
// same build), strings and lists carry their length first. A Reader never reads past its end:
// damage makes ok() false and the caller refuses the whole form.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace finlint {

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
  void Array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Int(static_cast<int64_t>(v.size()));
    Bytes(v.data(), v.size() * sizeof(T));
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
    static_assert(std::is_trivially_copyable_v<T>);
    size_t n = Count();
    std::vector<T> v;
    if (!Need(n * sizeof(T))) return v;
    v.resize(n);
    std::memcpy(v.data(), in_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
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
  bool Need(size_t n) {
    if (ok_ && n > in_.size() - pos_) ok_ = false;
    return ok_;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace finlint
