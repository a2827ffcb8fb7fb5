#ifndef SEJAJAR_CMARK_SHIM_H
#define SEJAJAR_CMARK_SHIM_H
// cmark-gfm, the CommonMark reference parser with GitHub's extensions (tables, strikethrough,
// autolinks): Markdown into a tree of blocks and inlines with source positions.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#endif
