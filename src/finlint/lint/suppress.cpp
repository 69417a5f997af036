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

size_t LineOf(std::string_view text, size_t pos) {
  return static_cast<size_t>(
      std::count(text.begin(), text.begin() + std::min(pos, text.size()), '\n'));
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
  struct Open {
    const Directive* from;
    std::string name;  // "" for all
    bool used = false;
  };
  std::vector<Open> open;  // disable directives still in force, in order
  std::vector<Open> closed;
  // Runs `target` indexes in [begin, end) against one disable region.
  auto cover = [&](Open* o, size_t begin, size_t end) {
    for (size_t i = 0; i < targets.size(); ++i) {
      const Target& t = targets[i];
      if (t.begin < begin || t.begin >= end) continue;
      if (!o->name.empty() && !Names(*t.rule, o->name)) continue;
      (*suppressed)[i] = true;
      o->used = true;
    }
  };
  auto unknown = [&](const Directive& d, const std::string& name) {
    if (set.FindRule(name) != nullptr || set.FindCategory(name) != nullptr) return false;
    problems.push_back({&UnknownRule(), d.span, name});
    return true;
  };
  std::vector<const Directive*> ordered;
  for (const Directive& d : directives) ordered.push_back(&d);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Directive* a, const Directive* b) {
    return a->span.begin < b->span.begin;
  });
  for (const Directive* d : ordered) {
    switch (d->kind) {
      case Directive::Kind::kDisable: {
        if (d->names.empty()) {
          open.push_back({d, ""});
        }
        for (const std::string& n : d->names) {
          if (!unknown(*d, n)) open.push_back({d, n});
        }
        break;
      }
      case Directive::Kind::kEnable: {
        for (auto it = open.begin(); it != open.end();) {
          bool match = d->names.empty() ||
                       std::find(d->names.begin(), d->names.end(), it->name) != d->names.end();
          if (!match) {
            ++it;
            continue;
          }
          cover(&*it, it->from->span.end, d->span.begin);
          closed.push_back(std::move(*it));
          it = open.erase(it);
        }
        break;
      }
      case Directive::Kind::kNextLine: {
        size_t line = LineOf(text, d->span.end) + 1;
        size_t begin = text.size(), end = text.size();
        size_t seen = 0;
        for (size_t i = 0; i < text.size(); ++i) {
          if (text[i] != '\n') continue;
          if (++seen == line) begin = i + 1;
          if (seen == line + 1) {
            end = i;
            break;
          }
        }
        std::vector<std::string> names = d->names;
        if (names.empty()) names.push_back("");
        for (const std::string& n : names) {
          if (!n.empty() && unknown(*d, n)) continue;
          Open o{d, n};
          cover(&o, begin, end);
          closed.push_back(std::move(o));
        }
        break;
      }
    }
  }
  for (Open& o : open) {
    cover(&o, o.from->span.end, text.size() + 1);
    closed.push_back(std::move(o));
  }
  for (const Open& o : closed) {
    if (!o.used) problems.push_back({&UnusedRule(), o.from->span, o.name});
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const Problem& a, const Problem& b) { return a.span.begin < b.span.begin; });
  return problems;
}

}  // namespace finlint::suppress
