#pragma once

#include "google/ErrorEnvelope.h"

#include <QJsonObject>

#include <optional>

namespace onair::sandbox {

struct Broadcast;

// What a liveBroadcast body may set, checked before anything is applied: the snippet and
// status checks, and contentDetails with Google's replace semantics and, on update, what the
// broadcast's state still allows changing.
class BroadcastRules
{
public:
    static std::optional<ErrorEnvelope> checkSnippet(const QJsonObject &snippet, bool titleRequired,
                                                     bool startRequired);
    static std::optional<ErrorEnvelope> checkStatus(const QJsonObject &status, bool required);
    // Applies contentDetails to `b`; with `update`, refuses to change what the broadcast's
    // state no longer allows.
    static std::optional<ErrorEnvelope> applyContentDetails(Broadcast &b,
                                                            const QJsonObject &details, bool update,
                                                            bool requireFields, bool streamActive);
};

} // namespace onair::sandbox
