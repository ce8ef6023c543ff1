#include "instagram/AccountResource.h"

#include "instagram/GraphErrors.h"
#include "instagram/InstagramService.h"
#include "instagram/InstagramStore.h"

#include <QJsonObject>

namespace onair::sandbox {

void AccountResource::registerMethods(InstagramService &service)
{
    InstagramService *s = &service;
    InstagramStore *store = service.store();
    service.addMethod(QStringLiteral("GET"), QStringLiteral("me"), QStringLiteral("me"),
                      [s, store](const GraphCall &call) {
                          QStringList fields = call.fields();
                          if (fields.isEmpty())
                              fields = {QStringLiteral("id"), QStringLiteral("username")};
                          const QJsonObject all{
                              {QStringLiteral("id"), store->appScopedId()},
                              {QStringLiteral("user_id"), store->userId()},
                              {QStringLiteral("username"), store->username()},
                              {QStringLiteral("name"), QStringLiteral("OnAir Sandbox")},
                              {QStringLiteral("account_type"), QStringLiteral("BUSINESS")},
                              {QStringLiteral("media_count"), int(store->allMedia().size())}};
                          QJsonObject out;
                          for (const QString &field : fields) {
                              if (!all.contains(field)) {
                                  GraphError e;
                                  e.message = QStringLiteral("(#100) Tried accessing nonexisting "
                                                             "field (%1) on node type (User)")
                                                  .arg(field);
                                  return e.toReply();
                              }
                              out.insert(field, all.value(field));
                          }
                          return s->ok(out);
                      });
    service.addMethod(
        QStringLiteral("GET"), QStringLiteral("refresh_access_token"),
        QStringLiteral("refresh_access_token"), [s, store](const GraphCall &call) {
            if (call.value(QStringLiteral("grant_type")) != QLatin1String("ig_refresh_token")) {
                GraphError e;
                e.message = QStringLiteral("Unsupported grant_type: expected ig_refresh_token");
                return e.toReply();
            }
            if (store->now() - call.token->issuedAt < 24 * 3600) {
                GraphError e;
                e.code = 190;
                e.message = QStringLiteral("The access token must be at least 24 hours old to be "
                                           "refreshed.");
                return e.toReply();
            }
            const GraphToken &fresh = store->issueToken();
            return s->ok(
                {{QStringLiteral("access_token"), fresh.value},
                 {QStringLiteral("token_type"), QStringLiteral("bearer")},
                 {QStringLiteral("expires_in"), double(fresh.expiresAt - fresh.issuedAt)}});
        });
}

} // namespace onair::sandbox
