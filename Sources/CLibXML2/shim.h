#ifndef SEJAJAR_CLIBXML2_SHIM_H
#define SEJAJAR_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU; its headers would pull in the system ICU, which clashes
// with the ICU module Foundation carries ("'UErrorCode' has different definitions").
// Include xmlversion.h first and switch the ICU part off before anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/HTMLparser.h>

// Swift 6 strict concurrency rejects the global function pointer xmlFree.
static inline void sejajar_xml_free(void *pointer) { xmlFree(pointer); }

// libxml2 prints some failures ("xmlParseChunk: encoder error") through its generic handler, a
// variadic C function Swift cannot write: this one counts them instead of printing, since
// Sejajar reports the error itself in one line.
static _Thread_local long sejajar_xml_generic_errors = 0;
static void sejajar_xml_count(void *context, const char *message, ...) {
    (void)context; (void)message;
    sejajar_xml_generic_errors += 1;
}
static inline void sejajar_xml_silence_generic(void) { xmlSetGenericErrorFunc(NULL, sejajar_xml_count); }
static inline long sejajar_xml_generic_error_count(void) { return sejajar_xml_generic_errors; }
#endif
