// See eval.h.
#include "finlint/eval/eval.h"

#include <nlohmann/json.hpp>

namespace finlint::eval {

bool ParseCases(std::string_view path, std::string_view text,
                const std::set<std::string>& categories, std::vector<Case>* cases,
                std::vector<Error>* errors) {
  size_t before = errors->size();
  std::set<std::string> ids;
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    std::string_view line = text.substr(pos, eol == std::string_view::npos ? text.npos : eol - pos);
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto fail = [&](const std::string& m) {
      errors->push_back({std::string(path), line_no, 0, m});
    };
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      fail("not a JSON object");
      continue;
    }
    Case c;
    c.line = line_no;
    if (!j.contains("id") || !j["id"].is_string() || !j.contains("text") ||
        !j["text"].is_string() || !j.contains("expect") || !j["expect"].is_array()) {
      fail("a case needs \"id\" (string), \"text\" (string) and \"expect\" (array)");
      continue;
    }
    c.id = j["id"].get<std::string>();
    c.text = j["text"].get<std::string>();
    if (!ids.insert(c.id).second) fail("duplicate case id '" + c.id + "'");
    for (const auto& e : j["expect"]) {
      if (!e.is_string() || categories.count(e.get<std::string>()) == 0) {
        fail("unknown category " + e.dump() + " in \"expect\"");
        continue;
      }
      c.expect.insert(e.get<std::string>());
    }
    c.kind = j.value("kind", c.expect.empty() ? "clean" : "violation");
    if (c.kind != "violation" && c.kind != "clean" && c.kind != "trap") {
      fail("unknown kind '" + c.kind + "' (valid: violation, clean, trap)");
    } else if ((c.kind == "violation") == c.expect.empty()) {
      fail("kind '" + c.kind + "' does not agree with \"expect\"");
    }
    c.note = j.value("note", "");
    cases->push_back(std::move(c));
  }
  return errors->size() == before;
}

double Scores::FalseAlarmRate() const {
  int compliant = 0, alarmed = 0;
  for (const char* k : {"clean", "trap"}) {
    auto n = kind_cases.find(k);
    if (n != kind_cases.end()) compliant += n->second;
    auto a = kind_alarmed.find(k);
    if (a != kind_alarmed.end()) alarmed += a->second;
  }
  return compliant == 0 ? 0.0 : double(alarmed) / compliant;
}

Scores Score(const std::vector<Case>& cases, const std::vector<std::set<std::string>>& found) {
  Scores s;
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    const std::set<std::string>& f = found[i];
    ++s.cases;
    ++s.kind_cases[c.kind];
    if (c.kind != "violation" && !f.empty()) ++s.kind_alarmed[c.kind];
    Mistake m{&c, {}, {}};
    for (const std::string& cat : c.expect) {
      Counts& k = s.by_category[cat];
      if (f.count(cat)) {
        ++k.tp;
        ++s.overall.tp;
      } else {
        ++k.fn;
        ++s.overall.fn;
        m.missed.insert(cat);
      }
    }
    for (const std::string& cat : f) {
      if (c.expect.count(cat)) continue;
      ++s.by_category[cat].fp;
      ++s.overall.fp;
      m.false_alarms.insert(cat);
    }
    if (!m.missed.empty() || !m.false_alarms.empty()) s.mistakes.push_back(std::move(m));
  }
  return s;
}

}  // namespace finlint::eval
