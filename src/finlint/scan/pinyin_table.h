// The generated pinyin table (tools/pinyin_table.cpp): for each code point of
// kPinyinFirst…kPinyinLast, an index into kPinyinSyllables ("" when it has no reading).
#pragma once

namespace finlint::scan {

extern const char* const kPinyinSyllables[];
extern const unsigned short kPinyin[];
extern const char32_t kPinyinFirst, kPinyinLast;

}  // namespace finlint::scan
