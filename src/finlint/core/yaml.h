// Parsing the YAML of rule packs and configurations, with yaml-cpp, into an Error at a
// position rather than an exception, and within limits: nesting deeper than yaml-cpp's guard
// (2,000 levels), and alias bombs. yaml-cpp shares an aliased node, but code that reads the
// document visits it once per alias: a few lines of nested aliases ("billion laughs") stand
// for billions of nodes and would take hours to read.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string_view>

#include "finlint/core/result.h"

namespace finlint {

// The document in `text`; `path` names it in errors. A document whose nodes, aliases
// expanded, outnumber a million (or its bytes, when more: a node takes two at least, so a
// document without aliases always fits) is refused.
Result<YAML::Node> ParseYaml(std::string_view path, std::string_view text);

}  // namespace finlint
