#include "social/instagram/InstagramAccountCheck.h"

#include "social/instagram/GraphErrorEnvelope.h"
#include "social/instagram/InstagramClient.h"

#include <QJsonObject>

namespace onair {

void InstagramAccountCheck::run(InstagramClient *client, QObject *context, Done done)
{
    client->me(context, [done](Result<QJsonObject> me, NetCallInfo) {
        Outcome out;
        if (!me) {
            out.problem = GraphErrorEnvelope::isTokenDead(me.error())
                              ? tr("Instagram refused the token (expired or revoked): make a new "
                                   "long-lived token and paste it.")
                              : tr("Instagram could not be reached: %1").arg(me.error().summary());
            return done(out);
        }
        const QJsonValue userId = me.value().value(QLatin1String("user_id"));
        out.userId = userId.isString() ? userId.toString() : QString::number(userId.toInteger());
        out.username = me.value().value(QLatin1String("username")).toString();
        out.ok = !out.userId.isEmpty() && out.userId != QLatin1String("0");
        if (!out.ok)
            out.problem = tr("Instagram did not say which account the token belongs to.");
        done(out);
    });
}

} // namespace onair
