#include "sejajar_icu.h"
#include <unicode/ubrk.h>

int32_t sejajar_word_boundaries(const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "", (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        if (iterator) ubrk_close(iterator);
        return -1;
    }
    int32_t count = 0;
    for (int32_t boundary = ubrk_next(iterator); boundary != UBRK_DONE && count < capacity; boundary = ubrk_next(iterator)) {
        boundaries[count++] = boundary;
    }
    ubrk_close(iterator);
    return count;
}
