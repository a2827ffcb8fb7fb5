#ifndef SEJAJAR_CPOPPLER_SHIM_H
#define SEJAJAR_CPOPPLER_SHIM_H
// poppler's GLib interface: open a PDF held in memory, and each page's text with one rectangle
// per character (what reading order, paragraphs and running heads are worked out from).
#include <poppler.h>

// GError's domain check and free, as plain functions for Swift.
static inline int sejajar_poppler_is_encrypted(GError *error) {
    return error != NULL && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED;
}
static inline void sejajar_poppler_unref(void *object) { g_object_unref(object); }
static inline void sejajar_poppler_free(void *pointer) { g_free(pointer); }
#endif
