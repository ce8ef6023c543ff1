#include "google/partner/AdvertisingOptionsApi.h"

#include "google/partner/PartnerClient.h"

namespace onair {

namespace {

QString pathOf(const QString &videoId)
{
    return PartnerClient::kPath + QStringLiteral("videoAdvertisingOptions/") + videoId;
}

} // namespace

AdvertisingOptionsApi::AdvertisingOptionsApi(const PartnerClient *client)
    : m_client(client)
    , m_calls(client)
{}

void AdvertisingOptionsApi::update(const VideoAdvertisingOption &options, QObject *context,
                                   ResourceCalls::Done<VideoAdvertisingOption> done) const
{
    m_calls.write<VideoAdvertisingOption>(
        m_calls.request(QStringLiteral("videoAdvertisingOptions.update"), "PUT",
                        pathOf(options.videoId), m_client->ownerQuery(), options.toJson()),
        context, std::move(done));
}

void AdvertisingOptionsApi::get(const QString &videoId, QObject *context,
                                ResourceCalls::Done<VideoAdvertisingOption> done) const
{
    m_calls.read<VideoAdvertisingOption>(
        m_calls.request(QStringLiteral("videoAdvertisingOptions.get"), "GET", pathOf(videoId),
                        m_client->ownerQuery()),
        context, std::move(done));
}

} // namespace onair
