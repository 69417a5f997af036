// See context.h.
#include "finlint/judge/context.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace finlint::judge {
namespace {

// Negators that are part of a word that does not negate what follows.
constexpr std::string_view kFalseNegators[] = {
    "不仅",     "不但", "不只", "不光",     "不管",     "不论",     "不止", "不用愁", "不用担心",
    "不必担心", "不怕", "无论", "无需担心", "无惧",     "不再担心", "非常", "无比",   "不错",
    "不少",     "不断", "不妨", "不要错过", "不容错过", "别错过",   "未来"};

UChar32 CharAt(std::string_view s, size_t i) {
  UChar32 c;
  int32_t k = static_cast<int32_t>(i);
  U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
  return c;
}

bool IsSentenceEnd(UChar32 c) { return c == 0x3002 || c == '!' || c == '?' || c == '\n'; }

bool IsClauseEnd(UChar32 c) {
  return IsSentenceEnd(c) || c == ',' || c == 0x3001 || c == ';' || c == ':' || c == 0xFF0C ||
         c == 0xFF1B || c == 0xFF1A;
}

// A sentence is searched at most this many code points either side of a hit: real
// sentences are shorter, and a line of 5 MB without a full stop must not make every hit
// rescan it (cost would grow with the square of the line).
constexpr int kReach = 400;

template <typename Pred>
Span Around(std::string_view text, Span hit, Pred is_end) {
  size_t b = hit.begin;
  for (int n = 0; b > 0 && n < kReach; ++n) {
    int32_t prev = static_cast<int32_t>(b);
    UChar32 c;
    U8_PREV(text.data(), 0, prev, c);
    if (is_end(c)) break;
    b = static_cast<size_t>(prev);
  }
  size_t e = hit.end;
  for (int n = 0; e < text.size() && n < kReach; ++n) {
    int32_t next = static_cast<int32_t>(e);
    UChar32 c;
    U8_NEXT(text.data(), next, static_cast<int32_t>(text.size()), c);
    if (is_end(c)) break;
    e = static_cast<size_t>(next);
  }
  return {b, e};
}

// Moves `pos` back by up to `n` code points, not before `floor`.
size_t BackCodePoints(std::string_view text, size_t pos, int n, size_t floor) {
  while (n-- > 0 && pos > floor) {
    int32_t p = static_cast<int32_t>(pos);
    U8_BACK_1(reinterpret_cast<const uint8_t*>(text.data()), 0, p);
    pos = static_cast<size_t>(p);
  }
  return pos;
}

size_t ForwardCodePoints(std::string_view text, size_t pos, int n, size_t ceil) {
  while (n-- > 0 && pos < ceil) {
    int32_t p = static_cast<int32_t>(pos);
    U8_FWD_1(reinterpret_cast<const uint8_t*>(text.data()), p, static_cast<int32_t>(ceil));
    pos = static_cast<size_t>(p);
  }
  return pos;
}

// `others` is sorted by start; only spans starting at or before `occ` can contain it, and a
// claim is short, so the scan back stops once starts are far behind.
bool InsideOther(Span occ, Span hit, const std::vector<Span>& others) {
  constexpr size_t kLongestClaim = 256;  // bytes; longer candidates are not claims
  auto it = std::upper_bound(others.begin(), others.end(), occ.begin,
                             [](size_t pos, const Span& s) { return pos < s.begin; });
  while (it != others.begin()) {
    const Span& o = *--it;
    if (o.begin + kLongestClaim < occ.begin) break;
    if (o.Contains(occ) && !o.Overlaps(hit)) return true;
  }
  return false;
}

bool StartsWithFalseNegator(std::string_view text, size_t at) {
  for (std::string_view f : kFalseNegators) {
    if (text.substr(at, f.size()) == f) return true;
  }
  return false;
}

// Whether one of `phrases` occurs wholly inside `region` as a real negator.
bool HasNegator(const std::vector<std::string>& phrases, std::string_view text, Span region,
                Span hit, const std::vector<Span>& others) {
  std::string_view r = text.substr(region.begin, region.size());
  for (const std::string& p : phrases) {
    for (size_t at = r.find(p); at != std::string_view::npos; at = r.find(p, at + 1)) {
      Span occ{region.begin + at, region.begin + at + p.size()};
      if (StartsWithFalseNegator(text, occ.begin) || InsideOther(occ, hit, others)) continue;
      return true;
    }
  }
  return false;
}

}  // namespace

bool ContainsAny(const rules::Phrases& phrases, std::string_view s) { return phrases.FoundIn(s); }

Span SentenceAround(std::string_view text, Span hit) { return Around(text, hit, IsSentenceEnd); }

Span ClauseAround(std::string_view text, Span hit) { return Around(text, hit, IsClauseEnd); }

bool IsQuoted(std::string_view text, Span sentence, Span hit) {
  int depth = 0;
  bool ascii_open = false;
  size_t i = sentence.begin;
  while (i < hit.begin) {
    UChar32 c = CharAt(text, i);
    switch (c) {
      case 0x201C:
      case 0x300C:
      case 0x300E:
      case 0x2018:  // “ 「 『 ‘
        ++depth;
        break;
      case 0x201D:
      case 0x300D:
      case 0x300F:
      case 0x2019:  // ” 」 』 ’
        if (depth > 0) --depth;
        break;
      case '"':
        ascii_open = !ascii_open;
        break;
      default:
        break;
    }
    i += static_cast<size_t>(U8_LENGTH(c > 0 ? c : 0xFFFD));
  }
  return depth > 0 || ascii_open;
}

bool Suppressed(const rules::Unless& unless, std::string_view text, Span hit,
                const std::vector<Span>& others) {
  if (!unless.before.empty() || !unless.after.empty()) {
    Span clause = ClauseAround(text, hit);
    Span before{BackCodePoints(text, hit.begin, unless.window, clause.begin), hit.begin};
    if (HasNegator(unless.before, text, before, hit, others)) return true;
    Span after{hit.end, ForwardCodePoints(text, hit.end, unless.window, clause.end)};
    if (HasNegator(unless.after, text, after, hit, others)) return true;
  }
  if (unless.sentence.empty() && unless.quoted.empty() && unless.covering.empty()) return false;
  Span sentence = SentenceAround(text, hit);
  std::string_view s = text.substr(sentence.begin, sentence.size());
  if (ContainsAny(unless.sentence, s)) return true;
  if (!unless.quoted.empty() && IsQuoted(text, sentence, hit)) {
    if (ContainsAny(unless.quoted, s)) return true;
    // “本金安全、亏了算我的”？这是非法集资的话术: the verdict on a quoted claim often comes in
    // the next sentence. Only a verdict word counts there (话术, 所谓): quotation marks also
    // just stress a claim (推出“保本保息”理财！经监管部门批准), and a news or regulator
    // word in the next sentence says nothing about it.
    size_t from = sentence.end;
    while (from < text.size()) {
      UChar32 c = CharAt(text, from);
      if (!IsSentenceEnd(c) && c != ' ' && c != '\t' && c != 0x3000) break;
      from += static_cast<size_t>(U8_LENGTH(c > 0 ? c : 0xFFFD));
    }
    if (from < text.size()) {
      Span next = SentenceAround(text, {from, from});
      if (ContainsAny(unless.quoted, text.substr(next.begin, next.size()))) return true;
    }
  }
  for (const std::string& c : unless.covering) {
    // Only occurrences that could contain the hit: they start at most |c| bytes before it
    // and end at most |c| bytes after it, so search just that window.
    if (c.size() < hit.size()) continue;
    size_t from = std::max(sentence.begin, hit.end >= c.size() ? hit.end - c.size() : 0);
    size_t to = std::min(sentence.end, hit.begin + c.size());
    std::string_view window = text.substr(from, to - from);
    for (size_t at = window.find(c); at != std::string_view::npos; at = window.find(c, at + 1)) {
      if (Span{from + at, from + at + c.size()}.Contains(hit)) return true;
    }
  }
  return false;
}

}  // namespace finlint::judge
