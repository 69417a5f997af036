// Markdown extraction through md4c's callbacks, which point into the input, so every run of
// text keeps its exact source offset. Entities are decoded and HTML blocks read by the HTML
// reader (gumbo).
#include <md4c.h>

#include <string>
#include <vector>

#include "finlint/extract/internal.h"

namespace finlint::extract {
namespace {

struct State {
  State(std::string_view input, Extracted* out)
      : base(input.data()), end(input.data() + input.size()), b(out) {}

  const char* base;  // start of the whole decoded input
  const char* end;   // and its end
  Builder b;
  std::string href;  // destination of the innermost open link, to spot autolinks
  int link_depth = 0;
  // The lines of the HTML block being read, as spans of the input; the HTML reader gets them
  // whole when the block ends.
  std::vector<Span> html_lines;
  bool in_html_block = false;
  // Start of an inline comment whose "-->" is on a later line (md4c gives it line by line).
  size_t comment_start = std::string::npos;

  size_t At(const char* p) const { return static_cast<size_t>(p - base); }
};

bool IsLeafOrCell(MD_BLOCKTYPE type) {
  switch (type) {
    case MD_BLOCK_P:
    case MD_BLOCK_H:
    case MD_BLOCK_LI:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
    case MD_BLOCK_CODE:
    case MD_BLOCK_QUOTE:
      return true;
    default:
      return false;
  }
}

int EnterBlock(MD_BLOCKTYPE type, void*, void* user) {
  auto* st = static_cast<State*>(user);
  if (IsLeafOrCell(type)) st->b.Break();
  if (type == MD_BLOCK_HTML) {
    st->b.Break();
    st->in_html_block = true;
    st->html_lines.clear();
  }
  return 0;
}

int LeaveBlock(MD_BLOCKTYPE type, void*, void* user) {
  auto* st = static_cast<State*>(user);
  if (IsLeafOrCell(type)) st->b.Break();
  if (type == MD_BLOCK_HTML) {
    // An HTML block is shown as HTML: its text is read like an HTML file's (comments,
    // scripts and styles are not).
    st->in_html_block = false;
    if (!st->html_lines.empty()) {
      // The source from the first line to the last, with what md4c left out between them
      // (the "> " of a quote, a list's indentation) blanked, so offsets stay the same.
      size_t begin = st->html_lines.front().begin;
      std::string html(st->base + begin, st->html_lines.back().end - begin);
      size_t pos = begin;
      for (const Span& line : st->html_lines) {
        for (size_t k = pos; k < line.begin; ++k) {
          if (html[k - begin] != '\n' && html[k - begin] != '\r') html[k - begin] = ' ';
        }
        pos = line.end;
      }
      AppendHtml(html, begin, &st->b);
    }
    st->b.Break();
  }
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
      if (!IsAutolinkText(*st, std::string_view(text, size))) {
        st->b.Copy(st->At(text), std::string_view(text, size));
      }
      break;
    case MD_TEXT_ENTITY:
      // The character a reader sees: &#20445; is 保, &nbsp; a space.
      st->b.Replace(st->At(text), size, DecodeHtmlEntity(std::string_view(text, size)));
      break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
      st->b.Break();
      break;
    case MD_TEXT_HTML:
      // Lines of an HTML block, read whole when it ends; inline tags (<span>) hold no text.
      // md4c ends each line with a "\n" of its own, not one of the input: skip those.
      if (st->in_html_block && text >= st->base && text + size <= st->end) {
        st->html_lines.push_back({st->At(text), st->At(text) + size});
      } else if (text >= st->base && text + size <= st->end) {
        // An inline comment: not text, but it may be a finlint-disable directive.
        std::string_view raw(text, size);
        bool closes = raw.size() >= 3 && raw.substr(raw.size() - 3) == "-->";
        if (st->comment_start == std::string::npos && raw.substr(0, 4) == "<!--") {
          st->comment_start = st->At(text);
          closes = closes && raw.size() >= 7;
        }
        if (st->comment_start != std::string::npos && closes) {
          size_t b = st->comment_start, e = st->At(text) + size;
          std::string_view body(st->base + b + 4, e - b - 7);
          st->b.out()->comments.push_back({{b, e}, std::string(body)});
          st->comment_start = std::string::npos;
        }
      }
      break;
    default:  // code, NUL, math: not copy a reader sees
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

Result<bool> ExtractMarkdown(std::string_view path, std::string_view view, Extracted* out) {
  // md4c 0.4.8 reads the byte after its input: a ')' there closes a link that is not in the
  // input, and the sizes it then reports run wild. A copy ends in a NUL it may read.
  const std::string copy(view);
  const std::string_view input = copy;
  size_t skip = FrontMatterSize(input);
  State st(input, out);
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
