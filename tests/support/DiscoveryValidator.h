#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace onair::test {

// A small JSON-schema checker driven by a Google discovery document: checks a value against
// one of its schemas (types, formats such as int64-as-string, uint32 and date-time, enums,
// and that no field outside the schema is present). Tests use it on every request body they
// send and every response they get.
class DiscoveryValidator
{
public:
    // Loads the discovery document (e.g. TestEnvironment::sharedDir() +
    // "/reference/youtube.v3.discovery.json"); isValid() tells whether it could.
    explicit DiscoveryValidator(const QString &path);

    bool isValid() const { return !m_schemas.isEmpty(); }
    bool hasSchema(const QString &name) const { return m_schemas.contains(name); }
    // The request and response schema names of a method id ("youtube.liveBroadcasts.list").
    QString requestSchema(const QString &methodId) const;
    QString responseSchema(const QString &methodId) const;

    // Problems found, as "path: what" lines; empty when `value` fits `schemaName`.
    QStringList validate(const QJsonValue &value, const QString &schemaName) const;

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path,
               QStringList *problems, int depth) const;
    QJsonObject method(const QString &methodId) const;

    QJsonObject m_schemas;
    QJsonObject m_resources;
};

} // namespace onair::test
