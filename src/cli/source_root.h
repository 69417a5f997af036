// The folder that SARIF artifact URIs are relative to.
#pragma once

#include <string>

namespace finlint::cli {

// The top of the git work tree holding the current folder (`git rev-parse --show-toplevel`),
// else — outside a work tree, or without git — the current folder. Absolute.
std::string SourceRoot();

}  // namespace finlint::cli
