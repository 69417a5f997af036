// HTML extraction through gumbo. gumbo gives each text node its decoded text and a pointer to
// its original source; the two are aligned (entities, CR LF, ignored tags in between) so that
// every character maps back to its own bytes, not just to the start of the node.
#include <gumbo.h>
#include <strings.h>

#include <cstring>
#include <memory>
#include <unordered_set>
#include <vector>

#include "finlint/decode/decode.h"
#include "finlint/extract/internal.h"

namespace finlint::extract {
namespace {

// A place where decoded text differs from its source: decoded [dst, dst+dst_len) came from
// source [src, src+src_len). Between pieces the two are byte for byte the same.
struct Piece {
  size_t dst, src, dst_len, src_len;
};

bool IsRefChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
}

// Byte length of the UTF-8 sequence starting with `lead` (1 for a continuation byte).
size_t Utf8Length(unsigned char lead) {
  return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Aligns gumbo's decoded text `dec` with the source `src` it came from. The source may differ
// by character references (`&amp;` → `&`, one or two characters), CR LF or CR → LF, and tags
// gumbo ignored inside a run of text (`</foo>`); anything else is copied. A depth-first search
// over those choices, remembering dead ends, so an ambiguous `&` (a literal one, or `&amp;`)
// is settled by what follows. False when no alignment is found within a budget.
bool Align(std::string_view src, std::string_view dec, std::vector<Piece>* pieces) {
  struct Frame {
    size_t i, j, pieces;
    int alt;  // the next choice to try at (i, j)
  };
  std::vector<Frame> stack;
  std::unordered_set<uint64_t> dead;
  auto key = [](size_t i, size_t j) { return (static_cast<uint64_t>(i) << 32) | j; };
  size_t budget = 64 + 16 * src.size();
  size_t i = 0, j = 0;
  pieces->clear();
  for (;;) {
    while (i < src.size() && j < dec.size() && src[i] == dec[j] && src[i] != '&' && src[i] != '<' &&
           src[i] != '\r') {
      ++i;
      ++j;
    }
    if (i == src.size() && j == dec.size()) return true;
    if (i < src.size() && (src[i] == '&' || src[i] == '<' || src[i] == '\r') &&
        dead.count(key(i, j)) == 0) {
      stack.push_back({i, j, pieces->size(), 0});
    }
    // Take the next untried choice of the innermost open branch.
    bool moved = false;
    while (!moved && !stack.empty()) {
      if (budget-- == 0) return false;
      Frame& f = stack.back();
      pieces->resize(f.pieces);
      int alt = f.alt++;
      char c = src[f.i];
      std::string_view rest = src.substr(f.i);
      if (alt == 0) {  // the character itself
        if (f.j < dec.size() && dec[f.j] == c) {
          i = f.i + 1;
          j = f.j + 1;
          moved = true;
        }
        continue;
      }
      if (c == '\r') {  // CR LF or a lone CR → LF
        if (alt == 1 && f.j < dec.size() && dec[f.j] == '\n') {
          size_t len = rest.substr(0, 2) == "\r\n" ? 2 : 1;
          pieces->push_back({f.j, f.i, 1, len});
          i = f.i + len;
          j = f.j + 1;
          moved = true;
          continue;
        }
      } else if (c == '<') {  // a tag gumbo dropped
        size_t gt = rest.find('>');
        if (alt == 1 && gt != std::string_view::npos) {
          pieces->push_back({f.j, f.i, 0, gt + 1});
          i = f.i + gt + 1;
          j = f.j;
          moved = true;
          continue;
        }
      } else {  // a character reference: '&', name or number, maybe ';' → 1 or 2 characters
        size_t run = 1;
        while (run < rest.size() && run < 40 && IsRefChar(rest[run])) ++run;
        if (run < rest.size() && rest[run] == ';') ++run;
        // Choices 1.. try every reference length (longest first) as one character, then as two.
        size_t lengths = run - 1;
        size_t choice = static_cast<size_t>(alt - 1);
        if (choice < 2 * lengths) {
          size_t ref_len = run - choice % lengths;
          size_t chars = choice < lengths ? 1 : 2;
          size_t out = 0;
          for (size_t k = 0; k < chars && f.j + out < dec.size(); ++k) {
            out += Utf8Length(static_cast<unsigned char>(dec[f.j + out]));
          }
          if (f.j + out <= dec.size() && out > 0) {
            pieces->push_back({f.j, f.i, out, ref_len});
            i = f.i + ref_len;
            j = f.j + out;
            moved = true;
          }
          continue;
        }
      }
      dead.insert(key(f.i, f.j));
      stack.pop_back();
    }
    if (!moved) return false;
  }
}

// gumbo decodes a numeric reference too large for its int (&#x4FAAAAAAAAAAAA) to bytes that
// are not UTF-8; each such byte becomes U+FFFD, which later stages (ICU) require and a
// browser shows, and which Align matches to the reference like any other character.
std::string_view ValidUtf8(std::string_view s, std::string* storage) {
  size_t bad = decode::FindInvalidUtf8(s);
  if (bad == std::string_view::npos) return s;
  storage->clear();
  for (; bad != std::string_view::npos; bad = decode::FindInvalidUtf8(s)) {
    storage->append(s.substr(0, bad)).append("\xEF\xBF\xBD");
    s = s.substr(bad + 1);
  }
  return storage->append(s);
}

// The source a GumboStringPiece points to, as an offset into `html`, or npos when it does
// not point into it (text gumbo made up).
size_t OffsetIn(std::string_view html, const char* p, size_t len) {
  if (p == nullptr || p < html.data() || p + len > html.data() + html.size()) {
    return std::string_view::npos;
  }
  return static_cast<size_t>(p - html.data());
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_XMP:
      return true;
    default:
      return false;  // inline: b, span, a, em, font, unknown tags …
  }
}

// Elements whose content a reader never sees as copy: code and styles, inert templates,
// iframe and noframes fallbacks, ruby annotations (the pinyin above 保本, not 保本 itself).
bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
      return true;
    default:
      return false;
  }
}

// The `content` of <meta> that search results and share cards show.
bool IsShownMeta(const GumboElement& e) {
  const GumboAttribute* name = gumbo_get_attribute(&e.attributes, "name");
  if (name == nullptr) name = gumbo_get_attribute(&e.attributes, "property");
  if (name == nullptr) return false;
  for (const char* shown :
       {"description", "og:title", "og:description", "twitter:title", "twitter:description"}) {
    if (strcasecmp(name->value, shown) == 0) return true;
  }
  return false;
}

class Walker {
 public:
  Walker(std::string_view html, size_t base, Builder* b) : html_(html), base_(base), b_(b) {}

  void Walk(const GumboNode* root) {
    struct Open {
      const GumboNode* node;
      unsigned next;  // the next child to visit
    };
    std::vector<Open> stack{{root, 0}};
    while (!stack.empty()) {
      Open& top = stack.back();
      const GumboNode* n = top.node;
      if (top.next == 0 && n->type == GUMBO_NODE_ELEMENT) Enter(n->v.element);
      const GumboVector* children = Children(n);
      if (children != nullptr && top.next < children->length) {
        const auto* child = static_cast<const GumboNode*>(children->data[top.next++]);
        if (child->type == GUMBO_NODE_ELEMENT) {
          if (!IsSkipped(child->v.element.tag)) stack.push_back({child, 0});
        } else {
          Leaf(child);
        }
        continue;
      }
      if (n->type == GUMBO_NODE_ELEMENT && IsBlock(n->v.element.tag)) Break();
      stack.pop_back();
    }
    Break();
  }

 private:
  static const GumboVector* Children(const GumboNode* n) {
    if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT) return &n->v.element.children;
    return nullptr;  // text, comments; templates are skipped
  }

  void Enter(const GumboElement& e) {
    if (IsBlock(e.tag)) Break();
    // alt and title become their own blocks after the enclosing block, so that they never
    // split or join the sentence around them.
    for (const char* name : {"alt", "title"}) {
      if (const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name)) pending_.push_back(a);
    }
    if (e.tag == GUMBO_TAG_META && IsShownMeta(e)) {
      if (const GumboAttribute* a = gumbo_get_attribute(&e.attributes, "content")) {
        pending_.push_back(a);
      }
    }
  }

  void Leaf(const GumboNode* n) {
    switch (n->type) {
      case GUMBO_NODE_WHITESPACE:
        if (b_->AtLineStart()) return;  // indentation between blocks
        [[fallthrough]];
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA: {
        const GumboText& t = n->v.text;
        Append(t.original_text.data, t.original_text.length, t.text);
        return;
      }
      case GUMBO_NODE_COMMENT: {
        // Not text, but it may be a finlint-disable directive: kept with its place.
        const GumboText& t = n->v.text;
        size_t at = base_ + static_cast<size_t>(t.original_text.data - html_.data());
        b_->out()->comments.push_back({{at, at + t.original_text.length}, t.text});
        return;
      }
      default:  // templates are never walked into
        return;
    }
  }

  // Ends the current block, then gives each pending attribute value its own block.
  void Break() {
    b_->Break();
    for (const GumboAttribute* a : pending_) {
      std::string_view raw(a->original_value.data, a->original_value.length);
      if (raw.size() >= 2 && (raw[0] == '"' || raw[0] == '\'') && raw.back() == raw[0]) {
        raw = raw.substr(1, raw.size() - 2);
      }
      Append(raw.data(), raw.size(), a->value);
      b_->Break();
    }
    pending_.clear();
  }

  // Appends decoded text whose source is [data, data+len) of the HTML.
  void Append(const char* data, size_t len, const char* decoded) {
    std::string_view dec = ValidUtf8(decoded, &repaired_);
    if (dec.empty()) return;
    size_t at = OffsetIn(html_, data, len);
    if (at == std::string_view::npos) return;
    std::string_view src = html_.substr(at, len);
    size_t src0 = base_ + at;
    if (!Align(src, dec, &pieces_)) {
      b_->Replace(src0, src.size(), dec);  // findings inside point at the whole node
      return;
    }
    size_t d = 0, s = 0;  // up to where `dec` and `src` are appended
    for (const Piece& p : pieces_) {
      b_->Copy(src0 + s, dec.substr(d, p.dst - d));
      if (p.dst_len > 0) {
        b_->Replace(src0 + p.src, p.src_len, dec.substr(p.dst, p.dst_len));
      }
      d = p.dst + p.dst_len;
      s = p.src + p.src_len;
    }
    b_->Copy(src0 + s, dec.substr(d));
  }

  std::string_view html_;
  size_t base_;
  Builder* b_;
  std::vector<const GumboAttribute*> pending_;
  std::vector<Piece> pieces_;  // reused by Append
  std::string repaired_;       // Append's decoded text when gumbo's was not UTF-8
};

struct OutputCloser {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

std::unique_ptr<GumboOutput, OutputCloser> Parse(std::string_view html) {
  return std::unique_ptr<GumboOutput, OutputCloser>(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
}

}  // namespace

void AppendHtml(std::string_view html, size_t base, Builder* b) {
  auto output = Parse(html);
  if (output == nullptr) return;
  Walker(html, base, b).Walk(output->document);
}

std::string DecodeHtmlEntity(std::string_view entity) {
  auto output = Parse(entity);
  std::string text;
  if (output == nullptr) return std::string(entity);
  std::vector<const GumboNode*> stack{output->document};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) return n->v.text.text;
    const GumboVector* children = n->type == GUMBO_NODE_DOCUMENT  ? &n->v.document.children
                                  : n->type == GUMBO_NODE_ELEMENT ? &n->v.element.children
                                                                  : nullptr;
    if (children == nullptr) continue;
    for (unsigned k = children->length; k > 0; --k) {
      stack.push_back(static_cast<const GumboNode*>(children->data[k - 1]));
    }
  }
  return std::string(entity);
}

}  // namespace finlint::extract
