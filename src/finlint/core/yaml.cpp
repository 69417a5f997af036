// See yaml.h.
#include "finlint/core/yaml.h"

#include <yaml-cpp/depthguard.h>

#include <algorithm>
#include <string>
#include <vector>

namespace finlint {
namespace {

// Paths deeper than yaml-cpp's own guard are reached through aliases only; an alias inside
// the node it names (`a: &a [*a]`) makes an endless one.
constexpr size_t kMaxDepth = 10'000;

enum class Expand { kOk, kTooMany, kTooDeep };

// Counts the nodes of `root`, aliases expanded, down from *budget. Depth first on a stack of
// its own, not the call stack, which an endless path through an alias would overflow.
Expand Within(const YAML::Node& root, size_t* budget) {
  struct Open {
    YAML::Node node;
    YAML::const_iterator next;
    bool value_next;  // a mapping: the value of *next comes next, not its key
  };
  std::vector<Open> path;
  // Nodes are copied, never assigned: assigning a YAML::Node rebinds the node it refers to.
  auto enter = [&](const YAML::Node& n) {
    if (*budget == 0) return Expand::kTooMany;
    --*budget;
    if (n.IsSequence() || n.IsMap()) {
      if (path.size() == kMaxDepth) return Expand::kTooDeep;
      path.push_back({n, n.begin(), false});
    }
    return Expand::kOk;
  };
  Expand e = enter(root);
  while (e == Expand::kOk && !path.empty()) {
    Open& top = path.back();
    if (top.next == top.node.end()) {
      path.pop_back();
    } else if (!top.node.IsMap()) {
      const YAML::Node child = *top.next++;
      e = enter(child);
    } else if (!top.value_next) {
      top.value_next = true;
      const YAML::Node child = top.next->first;
      e = enter(child);
    } else {
      top.value_next = false;
      const YAML::Node child = (top.next++)->second;
      e = enter(child);
    }
  }
  return e;
}

Error At(std::string_view path, const YAML::Mark& m, std::string message) {
  return Error{std::string(path), m.is_null() ? 0 : m.line + 1, m.is_null() ? 0 : m.column + 1,
               std::move(message)};
}

}  // namespace

Result<YAML::Node> ParseYaml(std::string_view path, std::string_view text) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::DeepRecursion& e) {  // its own message is "bad file"
    return At(path, e.mark, "nested too deeply (more than 2000 levels)");
  } catch (const YAML::Exception& e) {
    return At(path, e.mark, e.msg);
  }
  const size_t limit = std::max<size_t>(1'000'000, text.size());
  size_t budget = limit;
  Expand e = Within(root, &budget);
  if (e == Expand::kTooDeep) {
    return At(path, root.Mark(),
              "its aliases nest it more than " + std::to_string(kMaxDepth) +
                  " levels deep (an alias inside the node it names?)");
  }
  if (e == Expand::kTooMany) {
    return At(path, root.Mark(),
              "its aliases expand it to more than " + std::to_string(limit) +
                  " YAML nodes (an alias bomb?); write the shared parts out");
  }
  return root;
}

}  // namespace finlint
