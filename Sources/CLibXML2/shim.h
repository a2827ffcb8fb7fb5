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

// Swift 6 strict concurrency rejects the global function pointer xmlFree.
static inline void sejajar_xml_free(void *pointer) { xmlFree(pointer); }
#endif
