#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QString>

class QUrl;
class QUrlQuery;

// Small helpers shared by the sandbox's sign-in, ingest and player endpoints.
namespace onair::sandbox::web {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

// One complete answer with Content-Length; the header list may be built at run time (Qt 6.4's
// responder only takes initializer lists).
void reply(QHttpServerResponder &responder, QHttpServerResponder::StatusCode status,
           const QByteArray &contentType, const QByteArray &body, const HeaderPairs &extra = {});
void redirect(QHttpServerResponder &responder, const QUrl &location);

// A form body or query string (application/x-www-form-urlencoded): '+' is a space.
QUrlQuery formQuery(const QByteArray &encoded);

QString htmlEscaped(const QString &text);

} // namespace onair::sandbox::web
