#include "contentid/ContentIdService.h"

#include "contentid/AdvertisingOptionsResource.h"
#include "contentid/AssetMatchPolicyResource.h"
#include "contentid/AssetsResource.h"
#include "contentid/ClaimsResource.h"
#include "contentid/ContentIdControls.h"
#include "contentid/ContentOwnersResource.h"
#include "contentid/OwnershipResource.h"
#include "contentid/PartnerErrors.h"
#include "contentid/PartnerStore.h"
#include "contentid/PoliciesResource.h"
#include "contentid/ReferencesResource.h"
#include "kernel/SandboxKernel.h"
#include "kernel/StateFile.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace onair::sandbox {

namespace {

const QString kRoot = QStringLiteral("/youtube/partner/v1/");
const QString kScope = QStringLiteral("https://www.googleapis.com/auth/youtubepartner");
const QString kReadOnlyOwnerScope =
    QStringLiteral("https://www.googleapis.com/auth/youtubepartner-content-owner-readonly");
const QString kOnBehalf = QStringLiteral("onBehalfOfContentOwner");

} // namespace

ContentIdService::ContentIdService(PartnerStore *store, const OAuthService *oauth)
    : m_store(store)
    , m_auth(oauth)
{}

ContentIdService::~ContentIdService() = default;

void ContentIdService::registerWith(SandboxKernel &kernel)
{
    m_kernel = &kernel;
    ContentOwnersResource::registerMethods(*this);
    AssetsResource::registerMethods(*this);
    OwnershipResource::registerMethods(*this);
    AssetMatchPolicyResource::registerMethods(*this);
    PoliciesResource::registerMethods(*this);
    ClaimsResource::registerMethods(*this);
    AdvertisingOptionsResource::registerMethods(*this);
    ReferencesResource::registerMethods(*this);
    kernel.routes().addApiPrefix(kRoot);
    ContentIdControls::registerWith(kernel, *m_store);
    StateFile &state = kernel.stateFile();
    state.addSection(
        name(), [this] { return m_store->saveState(); },
        [this](const QJsonObject &saved) { m_store->restoreState(saved); });
    QObject::connect(m_store, &PartnerStore::changed, &state, &StateFile::scheduleSave);
}

const VideoDirectory *ContentIdService::videos() const
{
    return m_kernel ? m_kernel->videoDirectory() : nullptr;
}

void ContentIdService::addMethod(const QString &verb, const QString &path, const QString &method,
                                 const QStringList &parameters, Handler handler,
                                 bool appliesBeforeDrop)
{
    Route route;
    route.kind = Route::Kind::Api;
    route.verb = verb;
    route.path = kRoot + path;
    route.service = name();
    route.method = method;
    route.logName = method;
    route.appliesBeforeDrop = appliesBeforeDrop;
    route.answer = [this, method, parameters,
                    handler = std::move(handler)](const QHttpServerRequest &request) {
        return answer(request, method, parameters, handler);
    };
    m_kernel->routes().add(route);
}

HttpReply ContentIdService::answer(const QHttpServerRequest &request, const QString &method,
                                   const QStringList &parameters, const Handler &handler)
{
    const auto items = ApiParams::decode(request.url().query(QUrl::FullyEncoded).toLatin1());
    PartnerCall call{method, request.url().path(), ApiParams(items), {}, {}, {}, true};
    call.pretty = call.params.value(QStringLiteral("prettyPrint")) != QLatin1String("false");
    const auto auth =
        m_auth.authenticate(ApiParams::header(request, QByteArrayLiteral("authorization")), items);
    if (const auto *error = std::get_if<ErrorEnvelope>(&auth))
        return error->toReply();
    const AccessGrant &grant = std::get<AccessGrant>(auth);
    QStringList accepted{kScope};
    if (method == QLatin1String("contentOwners.list"))
        accepted.append(kReadOnlyOwnerScope);
    if (!BearerAuth::hasScope(grant, accepted))
        return ErrorEnvelope::insufficientPermissions().toReply();
    if (auto problem = call.params.checkKnown(parameters + QStringList{kOnBehalf}))
        return problem->toReply();
    call.channelId = grant.channelId;

    // The owner acted for: named, or the only one the user manages.
    const QList<ContentOwner> owners = m_store->ownersOf(grant.channelId);
    const QString named = call.params.value(kOnBehalf);
    if (call.params.has(kOnBehalf)) {
        const bool linked = std::any_of(owners.cbegin(), owners.cend(),
                                        [&](const ContentOwner &o) { return o.id == named; });
        if (!linked)
            return PartnerErrors::forbidden(
                       QStringLiteral("The authenticated user cannot act on behalf of the "
                                      "specified content owner."))
                .toReply();
        call.ownerId = named;
    } else if (owners.size() == 1) {
        call.ownerId = owners.first().id;
    } else if (method != QLatin1String("contentOwners.list")) {
        if (owners.isEmpty())
            return PartnerErrors::forbidden(QStringLiteral("The authenticated user is not "
                                                           "linked to a content owner."))
                .toReply();
        return PartnerErrors::contentOwnerNotProvided().toReply();
    }

    const QString verb = SandboxKernel::verbOf(request);
    if (verb == QLatin1String("POST") || verb == QLatin1String("PUT")) {
        const QByteArray body = request.body().trimmed();
        if (!body.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError)
                return ErrorEnvelope::parseError(QStringLiteral("Parse Error")).toReply();
            if (!doc.isObject())
                return ErrorEnvelope::invalidField(
                           QStringLiteral("Invalid JSON payload received. Expected an object."),
                           QString())
                    .toReply();
            call.body = doc.object();
        }
    }
    return handler(call);
}

HttpReply ContentIdService::faultAnswer(FaultInjector::Action action, int httpStatus) const
{
    switch (action) {
    case FaultInjector::Action::RateLimit:
        return ErrorEnvelope::rateLimitExceeded().toReply();
    case FaultInjector::Action::Quota:
        return ErrorEnvelope::quotaExceeded().toReply();
    default:
        return ErrorEnvelope::backendError(httpStatus).toReply();
    }
}

void ContentIdService::reset()
{
    m_store->clear();
}

HttpReply ContentIdService::ok(const PartnerCall &call, const QJsonObject &object)
{
    HttpReply reply = SandboxKernel::jsonReply(object);
    if (!call.pretty)
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace onair::sandbox
