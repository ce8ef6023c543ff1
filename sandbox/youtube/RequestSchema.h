#pragma once

#include "google/ErrorEnvelope.h"

#include <QJsonValue>
#include <QList>
#include <QSharedPointer>
#include <QString>

#include <optional>

namespace onair::sandbox {

// The shape of a request body (field names and JSON types), written from the discovery
// document's schemas in a compact notation, so that unknown fields and wrongly typed values
// are refused as Google refuses them. Notation: "name:TYPE,…" where TYPE is s (string),
// b (boolean), u (uint32 number), L (int64/uint64: a string of digits or a number),
// t (RFC 3339 date-time string), * (anything), {…} (object) or [TYPE] (array).
class RequestSchema
{
public:
    static const RequestSchema &liveBroadcast();
    static const RequestSchema &liveStream();
    static const RequestSchema &cuepoint();
    static const RequestSchema &video();

    // nullopt when `body` fits the schema; otherwise Google's 400 for the first problem.
    std::optional<ErrorEnvelope> check(const QJsonValue &body) const;

    explicit RequestSchema(const QString &notation);

private:
    struct Node
    {
        QChar type;                                         // s b u L t * { [
        QList<QPair<QString, QSharedPointer<Node>>> fields; // for '{'
        QSharedPointer<Node> element;                       // for '['
    };

    static QSharedPointer<Node> parseType(const QString &text, int &pos);
    static QSharedPointer<Node> parseObject(const QString &text, int &pos);
    static std::optional<ErrorEnvelope> checkNode(const Node &node, const QJsonValue &value,
                                                  const QString &path);

    QSharedPointer<Node> m_root;
};

} // namespace onair::sandbox
