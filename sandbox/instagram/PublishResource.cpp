#include "instagram/PublishResource.h"

#include "instagram/GraphErrors.h"
#include "instagram/InstagramService.h"
#include "instagram/InstagramStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace onair::sandbox {

namespace {

bool isAccount(const InstagramStore &store, const QString &id)
{
    return id == store.userId() || id == QLatin1String("me");
}

HttpReply publish(InstagramService &service, const GraphCall &call)
{
    InstagramStore &store = *service.store();
    if (!isAccount(store, call.segments.value(0)))
        return GraphError::unsupported(call.verb, call.segments.value(0)).toReply();
    const QString creationId = call.value(QStringLiteral("creation_id"));
    if (creationId.isEmpty())
        return GraphError::missingParameter(QStringLiteral("creation_id")).toReply();
    Container *container = store.container(creationId);
    GraphError e;
    const auto builderGone = [&](int code, int subcode) {
        e.code = code;
        e.subcode = subcode;
        e.message = QStringLiteral("The media builder with creation id = %1 does not exist or has "
                                   "been expired.")
                        .arg(creationId);
        e.userTitle = QStringLiteral("Cannot find the media builder");
        e.userMessage = e.message;
        return e.toReply();
    };
    if (!container)
        return builderGone(24, 2207008);
    ++container->publishCalls;
    store.touch();
    const QString status = store.statusCode(*container);
    bool known = false;
    if (status == QLatin1String("PUBLISHED")) // never a second post
        return builderGone(store.settings().secondPublishCode,
                           store.settings().secondPublishSubcode);
    if (status == QLatin1String("EXPIRED"))
        return builderGone(24, 2207008);
    if (status == QLatin1String("IN_PROGRESS"))
        return GraphError::byReason(QStringLiteral("notready"), &known).toReply();
    if (status != QLatin1String("FINISHED")) {
        e.code = -1;
        e.subcode = 2207032;
        e.message = QStringLiteral("Create media fail, please try to re-create media");
        e.userTitle = QStringLiteral("Create media fail");
        e.userMessage = e.message;
        return e.toReply();
    }
    if (store.publishedInLastDay() >= store.settings().quotaTotal)
        return GraphError::byReason(QStringLiteral("quota"), &known).toReply();
    return service.ok({{QStringLiteral("id"), store.publish(*container).id}});
}

HttpReply limit(InstagramService &service, const GraphCall &call)
{
    InstagramStore &store = *service.store();
    if (!isAccount(store, call.segments.value(0)))
        return GraphError::unsupported(call.verb, call.segments.value(0)).toReply();
    QStringList fields = call.fields();
    if (fields.isEmpty())
        fields = {QStringLiteral("quota_usage")};
    QJsonObject item;
    for (const QString &field : fields) {
        if (field == QLatin1String("quota_usage"))
            item.insert(field,
                        store.publishedInLastDay(call.value(QStringLiteral("since")).toLongLong()));
        else if (field == QLatin1String("config") || field == QLatin1String("rate_limit_settings"))
            item.insert(QStringLiteral("config"),
                        QJsonObject{{QStringLiteral("quota_total"), store.settings().quotaTotal},
                                    {QStringLiteral("quota_duration"), 86400}});
    }
    return service.ok({{QStringLiteral("data"), QJsonArray{item}}});
}

} // namespace

void PublishResource::registerMethods(InstagramService &service)
{
    InstagramService *s = &service;
    service.addMethod(
        QStringLiteral("POST"), QStringLiteral("{}/media_publish"), QStringLiteral("media_publish"),
        [s](const GraphCall &call) { return publish(*s, call); }, true);
    service.addMethod(QStringLiteral("GET"), QStringLiteral("{}/content_publishing_limit"),
                      QStringLiteral("content_publishing_limit"),
                      [s](const GraphCall &call) { return limit(*s, call); });
}

} // namespace onair::sandbox
