#ifndef SEJAJAR_CPOPPLER_SHIM_H
#define SEJAJAR_CPOPPLER_SHIM_H
// poppler's GLib interface: open a PDF held in memory, and each page's text with one rectangle
// per character (what reading order, paragraphs and running heads are worked out from).
//
// poppler-glib is loaded when the first PDF is read (dlopen), not when Sejajar starts: linked
// in, it and the forty libraries it needs (cairo, X11, NSS, TIFF, JPEG ...) cost every command
// about 15 ms of start-up, a third of a `memory search`. So nothing here is linked: this header
// declares the part of poppler-glib's (and GLib's) interface PDFFile uses, as poppler.h
// (0.18 and later) and GLib 2 declare it, and PDFFile calls each function through a table filled by
// dlsym (PDFFile.Poppler: the table is Swift's). Building needs no poppler headers; reading a PDF
// needs the library (Debian libpoppler-glib8), and says so without it.
#include <stdint.h>

typedef char gchar;
typedef int gint;
typedef int gboolean;
typedef unsigned int guint;
typedef unsigned short guint16;
typedef unsigned long gsize;
typedef double gdouble;
typedef void *gpointer;
typedef const void *gconstpointer;
typedef uint32_t GQuark;

typedef struct _GBytes GBytes;
typedef struct _GError { GQuark domain; gint code; gchar *message; } GError;
typedef struct _GList { gpointer data; struct _GList *next; struct _GList *prev; } GList;

typedef struct _PopplerDocument PopplerDocument;
typedef struct _PopplerPage PopplerPage;
typedef struct _PopplerRectangle { gdouble x1; gdouble y1; gdouble x2; gdouble y2; } PopplerRectangle;
typedef struct _PopplerColor { guint16 red; guint16 green; guint16 blue; } PopplerColor;
typedef struct _PopplerTextAttributes {
    gchar *font_name;
    gdouble font_size;
    gboolean is_underlined;
    PopplerColor color;
    gint start_index;
    gint end_index;
} PopplerTextAttributes;
typedef enum { POPPLER_SELECTION_GLYPH, POPPLER_SELECTION_WORD, POPPLER_SELECTION_LINE } PopplerSelectionStyle;
typedef enum { POPPLER_ERROR_INVALID, POPPLER_ERROR_ENCRYPTED, POPPLER_ERROR_OPEN_FILE, POPPLER_ERROR_BAD_CATALOG, POPPLER_ERROR_DAMAGED } PopplerError;

#endif
