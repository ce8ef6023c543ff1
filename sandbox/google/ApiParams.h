#pragma once

#include "google/ErrorEnvelope.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QHttpServerRequest;

namespace onair::sandbox {

// The query parameters of one call to a Google API (YouTube, Content ID), read the way Google
// reads them: repeated or comma-separated lists, "true"/"false" booleans, ranged integers, and
// Google's 400s for unknown parameters, missing or unknown parts and bad values.
class ApiParams
{
public:
    explicit ApiParams(const QList<QPair<QString, QString>> &items);

    // Query or form items, decoded the way Google decodes them ('+' is a space).
    static QList<QPair<QString, QString>> decode(const QByteArray &encoded);
    // A request header's value, by case-insensitive name; empty when absent.
    static QByteArray header(const QHttpServerRequest &request, const QByteArray &name);

    // The standard parameters every method takes (alt, fields, key, access_token, …).
    static const QStringList &globalParameters();

    std::optional<ErrorEnvelope> checkKnown(const QStringList &methodParameters) const;
    bool has(const QString &name) const;
    QString value(const QString &name) const;    // first value
    QStringList list(const QString &name) const; // every value, split at commas, trimmed
    // The requested parts; each must be in `allowed`. `aliases` maps another spelling
    // (e.g. "content_details") to the part name.
    std::optional<ErrorEnvelope> parts(const QStringList &allowed, bool required, QStringList *out,
                                       const QList<QPair<QString, QString>> &aliases = {}) const;
    std::optional<ErrorEnvelope> boolean(const QString &name, bool *out) const;
    std::optional<ErrorEnvelope> integer(const QString &name, int minimum, int maximum,
                                         int fallback, int *out) const;
    std::optional<ErrorEnvelope> enumValue(const QString &name, const QStringList &allowed) const;
    // The offset a page token stands for (0 when absent).
    std::optional<ErrorEnvelope> pageOffset(int *offset) const;
    static QString pageToken(int offset);

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace onair::sandbox
