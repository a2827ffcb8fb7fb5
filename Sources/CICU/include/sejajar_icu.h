#ifndef SEJAJAR_ICU_H
#define SEJAJAR_ICU_H
// ICU's word break iterator (Debian's libicu-dev), for scripts written without spaces between
// words (Thai, Lao, Khmer, Myanmar), which ICU cuts with its dictionaries. This header shows
// Swift plain C types only: ICU's own headers would clash with the copy of ICU that Foundation
// carries (module _FoundationICU defines the same types), so they stay inside icu.c.
#include <stdint.h>

/// The word boundaries of `text` (`length` UTF-16 units) that ICU's root-locale word break
/// iterator finds after offset 0, in order, written into `boundaries` (at most `capacity`; the
/// last is `length`); returns how many, or -1 when ICU cannot make an iterator.
int32_t sejajar_word_boundaries(const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity);

#endif
