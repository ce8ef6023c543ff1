// Fuzzes the error-envelope parser; the first byte picks the HTTP status.
#include "google/GoogleErrorEnvelope.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const int statuses[] = {400, 401, 403, 404, 409, 429, 500, 503};
    const int status = statuses[data[0] % (sizeof statuses / sizeof statuses[0])];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const onair::ApiError error = onair::GoogleErrorEnvelope::parse(status, body);
    (void)error.message;
    return 0;
}
