#pragma once

#include "kernel/HttpReply.h"

#include <QString>

namespace onair::sandbox {

// The Graph API's error envelope:
// {"error":{"message","type","code","error_subcode","is_transient","error_user_title",
//  "error_user_msg","fbtrace_id"}}; HTTP 400 unless said otherwise.
struct GraphError
{
    int code = 100;
    int subcode = 0; // 0: none
    QString message;
    QString type = QStringLiteral("OAuthException");
    QString userTitle;
    QString userMessage;
    bool transient = false;
    int httpStatus = 400;

    HttpReply toReply() const;

    static GraphError unsupported(const QString &verb, const QString &id); // 100/33
    static GraphError missingParameter(const QString &name);               // 100
    static GraphError byReason(const QString &reason, bool *known);        // a fault's reason
};

} // namespace onair::sandbox
