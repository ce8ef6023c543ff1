#pragma once

#include "net/ApiError.h"

#include <QString>
#include <QStringList>

namespace onair {

// Sentences for the operator: what happened and what to do, one per documented `reason`
// (reference §1, §2.1, §3.1, §4, §6.3, §7, §9), plus OnAir's own client-side reasons.
// Translatable (context "ErrorMessages"). The raw reason stays in ApiError for the log.
class ErrorMessages
{
public:
    // The sentence for this error. An unknown reason still gives a readable message built
    // from the HTTP status and the server's message.
    static QString describe(const ApiError &error);
    // The translated sentence for a known reason, or an empty string.
    static QString forReason(const QString &reason);
    // Every reason the table knows (for tests and the translation check).
    static QStringList knownReasons();
};

} // namespace onair
