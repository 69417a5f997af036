// Errors are values: every stage returns Result<T>, a T or an Error with a position.
// No exception crosses a public header of the library.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace finlint {

// A user-facing problem: `file:line:col: message`. line and col are 1-based; 0 means unknown.
struct Error {
  std::string file;
  int line = 0;
  int col = 0;
  std::string message;

  std::string ToString() const {
    std::string s = file;
    if (line > 0) {
      s += ":" + std::to_string(line);
      if (col > 0) s += ":" + std::to_string(col);
    }
    return s + ": " + message;
  }
};

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  const Error& error() const { return std::get<1>(v_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace finlint
