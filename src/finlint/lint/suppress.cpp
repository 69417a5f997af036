// See suppress.h.
#include "finlint/lint/suppress.h"

#include <algorithm>

namespace finlint::suppress {
namespace {

rules::Rule MakeRule(std::string id, rules::Severity severity, std::string message,
                     std::string message_en, std::string advice) {
  rules::Rule r;
  r.id = std::move(id);
  r.category = "finlint";
  r.severity = severity;
  r.message = std::move(message);
  r.message_en = std::move(message_en);
  rules::Suggestion s;
  s.kind = rules::Suggestion::Kind::kAdvice;
  s.text = std::move(advice);
  r.suggest.push_back(std::move(s));
  r.file = "finlint";
  return r;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool Names(const rules::Rule& r, const std::string& name) {
  return r.id == name || r.category == name;
}

}  // namespace

const rules::Rule& UnusedRule() {
  static const rules::Rule r = MakeRule("finlint/unused-suppression", rules::Severity::kInfo,
                                        "这条 finlint-disable 注释没有抑制任何问题",
                                        "This finlint-disable comment suppresses nothing",
                                        "删除这条注释，或改为确实需要抑制的规则。");
  return r;
}

const rules::Rule& UnknownRule() {
  static const rules::Rule r = MakeRule("finlint/unknown-suppression", rules::Severity::kWarning,
                                        "finlint-disable 注释中的名称不是任何规则或类别",
                                        "A finlint-disable comment names no rule or category",
                                        "用 finlint rules list 查看规则 id 与类别，改正拼写。");
  return r;
}

std::optional<Directive> Parse(std::string_view body, Span comment) {
  body = Trim(body);
  Directive d;
  d.span = comment;
  std::string_view rest;
  // Longest keyword first: finlint-disable is a prefix of finlint-disable-next-line.
  constexpr std::pair<std::string_view, Directive::Kind> kKeywords[] = {
      {"finlint-disable-next-line", Directive::Kind::kNextLine},
      {"finlint-disable", Directive::Kind::kDisable},
      {"finlint-enable", Directive::Kind::kEnable}};
  bool found = false;
  for (const auto& [keyword, kind] : kKeywords) {
    if (body.substr(0, keyword.size()) != keyword) continue;
    rest = body.substr(keyword.size());
    if (!rest.empty() && rest.front() != ' ' && rest.front() != '\t' && rest.front() != '\n') {
      continue;  // finlint-disabled, finlint-enable-all: not ours
    }
    d.kind = kind;
    found = true;
    break;
  }
  if (!found) return std::nullopt;
  // "-- reason" ends the list, as in ESLint.
  if (size_t dash = rest.find("--"); dash != std::string_view::npos) rest = rest.substr(0, dash);
  size_t at = 0;
  while (at <= rest.size()) {
    size_t comma = rest.find_first_of(", \t\n", at);
    std::string_view name = Trim(rest.substr(at, comma - at));
    if (!name.empty()) d.names.emplace_back(name);
    if (comma == std::string_view::npos) break;
    at = comma + 1;
  }
  return d;
}

std::vector<Problem> Apply(const std::vector<Directive>& directives, std::string_view text,
                           const rules::RuleSet& set, const std::vector<Target>& targets,
                           std::vector<bool>* suppressed) {
  suppressed->assign(targets.size(), false);
  std::vector<Problem> problems;
  std::vector<const Directive*> ordered;
  for (const Directive& d : directives) ordered.push_back(&d);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Directive* a, const Directive* b) {
    return a->span.begin < b->span.begin;
  });
  // A name that is no rule or category is reported and then ignored; a rule turned off by
  // --disable or a config is known (a directive for it just suppresses nothing).
  auto known = [&](const std::string& name) {
    return set.FindRule(name) != nullptr || set.FindCategory(name) != nullptr ||
           std::find(set.disabled.begin(), set.disabled.end(), name) != set.disabled.end();
  };
  // Every (directive, name) that can suppress: name "" stands for all rules.
  struct Use {
    const Directive* d;
    std::string name;
    bool used = false;
  };
  std::vector<Use> uses;
  for (const Directive* d : ordered) {
    if (d->names.empty() && d->kind != Directive::Kind::kEnable) uses.push_back({d, ""});
    for (const std::string& n : d->names) {
      if (!known(n)) {
        problems.push_back({&UnknownRule(), d->span, n});
      } else if (d->kind != Directive::Kind::kEnable) {
        uses.push_back({d, n});
      }
    }
  }
  // The line (0-based) a position is on.
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  auto line_of = [&](size_t pos) {
    return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), pos) -
                               starts.begin()) -
           1;
  };
  auto names = [](const Directive& d, const rules::Rule& r) -> const std::string* {
    static const std::string kAll;
    if (d.names.empty()) return &kAll;
    for (const std::string& n : d.names) {
      if (Names(r, n)) return &n;
    }
    return nullptr;
  };
  auto use = [&](const Directive* d, const std::string& name) {
    for (Use& u : uses) {
      if (u.d == d && u.name == name) u.used = true;
    }
  };
  for (size_t i = 0; i < targets.size(); ++i) {
    const Target& t = targets[i];
    // Regions: the last disable or enable before the target that names its rule decides.
    const Directive* by = nullptr;
    const std::string* by_name = nullptr;
    for (const Directive* d : ordered) {
      if (d->span.end > t.begin) break;
      if (d->kind == Directive::Kind::kNextLine) continue;
      const std::string* n = names(*d, *t.rule);
      if (n == nullptr) continue;
      by = d->kind == Directive::Kind::kDisable ? d : nullptr;
      by_name = n;
    }
    if (by != nullptr) {
      (*suppressed)[i] = true;
      use(by, *by_name);
    }
    // The line after a disable-next-line directive.
    size_t line = line_of(t.begin);
    for (const Directive* d : ordered) {
      if (d->kind != Directive::Kind::kNextLine || line_of(d->span.end) + 1 != line) continue;
      if (const std::string* n = names(*d, *t.rule)) {
        (*suppressed)[i] = true;
        use(d, *n);
      }
    }
  }
  for (const Use& u : uses) {
    if (!u.used) problems.push_back({&UnusedRule(), u.d->span, u.name});
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const Problem& a, const Problem& b) { return a.span.begin < b.span.begin; });
  return problems;
}

}  // namespace finlint::suppress
