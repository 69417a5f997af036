// Context around a hit in folded text: sentences, clauses, quotation and the `unless`
// checks of a rule. Pure functions over string_views; no allocation.
#pragma once

#include <string_view>
#include <vector>

#include "finlint/core/span.h"
#include "finlint/rules/rules.h"

namespace finlint::judge {

// The sentence holding `hit`: bounded by 。!? (folded ！？) and line breaks.
Span SentenceAround(std::string_view text, Span hit);
// The clause holding `hit`: a sentence further cut at ，、；： (folded , ; :).
Span ClauseAround(std::string_view text, Span hit);
// Whether `hit` lies inside quotation marks (“” 「」 『』 ‘’ "") within `sentence`.
bool IsQuoted(std::string_view text, Span sentence, Span hit);

// Whether `text` contains one of `phrases`.
bool ContainsAny(const rules::Phrases& phrases, std::string_view text);

// Whether the rule's `unless` context makes this hit harmless. `others` are the spans of
// every other candidate in the text, sorted by start: a negator inside another claim (the 不
// of 稳赚不赔) does not negate its neighbour.
bool Suppressed(const rules::Unless& unless, std::string_view text, Span hit,
                const std::vector<Span>& others);

}  // namespace finlint::judge
