// See yaml.h.
#include "finlint/core/yaml.h"

#include <yaml-cpp/depthguard.h>

#include <algorithm>
#include <string>

namespace finlint {
namespace {

// Counts the nodes of `n`, aliases expanded, down from *budget; false once it runs out.
bool Within(const YAML::Node& n, size_t* budget) {
  if (*budget == 0) return false;
  --*budget;
  if (n.IsSequence()) {
    for (const YAML::Node& item : n) {
      if (!Within(item, budget)) return false;
    }
  } else if (n.IsMap()) {
    for (const auto& kv : n) {
      if (!Within(kv.first, budget) || !Within(kv.second, budget)) return false;
    }
  }
  return true;
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
  if (!Within(root, &budget)) {
    return At(path, root.Mark(),
              "its aliases expand it to more than " + std::to_string(limit) +
                  " YAML nodes (an alias bomb?); write the shared parts out");
  }
  return root;
}

}  // namespace finlint
