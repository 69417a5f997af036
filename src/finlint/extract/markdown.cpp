// Markdown extraction through md4c's callbacks, which point into the input, so every run of
// text keeps its exact source offset.
#include <md4c.h>

#include "finlint/extract/extract.h"

namespace finlint::extract {
namespace {

struct State {
  const char* base;  // start of the whole decoded input
  Extracted* out;
  std::string href;  // destination of the innermost open link, to spot autolinks
  int link_depth = 0;

  void Append(const char* text, size_t size) {
    if (size == 0) return;
    out->map.Add(out->owned.size(), static_cast<size_t>(text - base), 0, 0);
    out->owned.append(text, size);
  }
  // A line break that exists only in the extracted text, placed after the last run.
  void Break() {
    if (out->owned.empty() || out->owned.back() == '\n') return;
    size_t src = out->map.MapEnd(out->owned.size());
    out->map.Add(out->owned.size(), src, 1, 0);
    out->owned.push_back('\n');
  }
};

bool IsLeafOrCell(MD_BLOCKTYPE type) {
  switch (type) {
    case MD_BLOCK_P:
    case MD_BLOCK_H:
    case MD_BLOCK_LI:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
    case MD_BLOCK_QUOTE:
      return true;
    default:
      return false;
  }
}

int EnterBlock(MD_BLOCKTYPE type, void*, void* user) {
  if (IsLeafOrCell(type)) static_cast<State*>(user)->Break();
  return 0;
}

int LeaveBlock(MD_BLOCKTYPE type, void*, void* user) {
  if (IsLeafOrCell(type)) static_cast<State*>(user)->Break();
  return 0;
}

int EnterSpan(MD_SPANTYPE type, void* detail, void* user) {
  auto* st = static_cast<State*>(user);
  if (type == MD_SPAN_A) {
    const auto* a = static_cast<const MD_SPAN_A_DETAIL*>(detail);
    st->href.assign(a->href.text, a->href.size);
    ++st->link_depth;
  }
  return 0;
}

int LeaveSpan(MD_SPANTYPE type, void*, void* user) {
  auto* st = static_cast<State*>(user);
  if (type == MD_SPAN_A && st->link_depth > 0) --st->link_depth;
  return 0;
}

bool IsAutolinkText(const State& st, std::string_view text) {
  if (st.link_depth == 0) return false;
  std::string_view href = st.href;
  if (href == text) return true;
  for (std::string_view prefix : {"mailto:", "http://", "https://"}) {
    if (href.size() == prefix.size() + text.size() && href.substr(0, prefix.size()) == prefix &&
        href.substr(prefix.size()) == text) {
      return true;
    }
  }
  return false;
}

int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
  auto* st = static_cast<State*>(user);
  switch (type) {
    case MD_TEXT_NORMAL:
      if (!IsAutolinkText(*st, std::string_view(text, size))) st->Append(text, size);
      break;
    case MD_TEXT_ENTITY:
      // Shown as one space: the reader sees a symbol, not the entity's letters.
      st->out->map.Add(st->out->owned.size(), static_cast<size_t>(text - st->base), 1, size);
      st->out->owned.push_back(' ');
      break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
      st->Break();
      break;
    default:  // code, raw HTML (comments included), NUL, math: not copy a reader sees
      break;
  }
  return 0;
}

// Length of a leading YAML front matter block ("---" line … "---" or "..." line), or 0.
size_t FrontMatterSize(std::string_view s) {
  if (s.substr(0, 4) != "---\n" && s.substr(0, 5) != "---\r\n") return 0;
  size_t pos = s.find('\n') + 1;
  while (pos < s.size()) {
    size_t eol = s.find('\n', pos);
    std::string_view line = s.substr(pos, eol == std::string_view::npos ? s.npos : eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == "---" || line == "...") return eol == std::string_view::npos ? s.size() : eol + 1;
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  return 0;
}

}  // namespace

Result<bool> ExtractMarkdown(std::string_view path, std::string_view input, Extracted* out) {
  size_t skip = FrontMatterSize(input);
  State st{input.data(), out, {}, 0};
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_DIALECT_GITHUB;
  parser.enter_block = EnterBlock;
  parser.leave_block = LeaveBlock;
  parser.enter_span = EnterSpan;
  parser.leave_span = LeaveSpan;
  parser.text = Text;
  std::string_view body = input.substr(skip);
  if (md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &st) != 0) {
    return Error{std::string(path), 0, 0, "Markdown parser failed (out of memory?)"};
  }
  out->text = out->owned;
  return true;
}

}  // namespace finlint::extract
