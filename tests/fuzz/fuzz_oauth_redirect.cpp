// Fuzzes the OAuth loopback redirect parser with raw request lines.
#include "google/oauth/OAuthRedirect.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    const onair::OAuthRedirect redirect = onair::OAuthRedirect::parseRequestLine(line);
    (void)redirect;
    return 0;
}
