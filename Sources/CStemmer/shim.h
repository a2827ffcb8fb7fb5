#ifndef SEJAJAR_CSTEMMER_SHIM_H
#define SEJAJAR_CSTEMMER_SHIM_H
// Snowball stemmers from Debian's libstemmer-dev (no pkg-config file; the header is in /usr/include).
#include <libstemmer.h>
#endif
