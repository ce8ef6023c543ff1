// Fuzzes the API JSON parsers: parseJsonObject, then every model's fromJson, on the object
// itself and on each element of an `items` array (the list-response shape).
#include "google/youtube/model/Channel.h"
#include "google/youtube/model/Cuepoint.h"
#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "google/youtube/model/Video.h"
#include "net/JsonReader.h"

#include <QJsonArray>

#include <cstddef>
#include <cstdint>

namespace {

void parseAll(const QJsonObject &json)
{
    (void)onair::LiveBroadcast::fromJson(json);
    (void)onair::LiveStream::fromJson(json);
    (void)onair::Cuepoint::fromJson(json);
    (void)onair::Video::fromJson(json);
    (void)onair::Channel::fromJson(json);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto object = onair::parseJsonObject(body, QStringLiteral("fuzz"));
    if (!object)
        return 0;
    parseAll(object.value());
    const QJsonArray items = object.value().value(QLatin1String("items")).toArray();
    for (const auto &item : items)
        parseAll(item.toObject());
    return 0;
}
