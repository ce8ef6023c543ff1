#pragma once

#include "telegram/TelegramRecords.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace onair::sandbox {

// A file sent in a multipart/form-data field.
struct BotFile
{
    QString fileName;
    QByteArray contentType;
    QByteArray bytes;
};

// One Bot API call as a method sees it: the bot its token names, and the parameters merged from
// the query string and the body (form, JSON or multipart), as the Bot API reads them.
struct BotCall
{
    QString method; // canonical spelling ("sendMessage")
    Bot bot;
    QHash<QString, QJsonValue> params; // strings, or JSON values from a JSON body
    QHash<QString, BotFile> files;     // multipart fields that carried a file name

    bool has(const QString &name) const { return params.contains(name); }
    // The parameter as text (a JSON number or boolean as its text; objects compact JSON).
    QString string(const QString &name) const;
    // true, yes and 1 (any case, spaces ignored) are true; anything else false.
    bool boolean(const QString &name) const;
    // An integer parameter; nullopt when absent or not an integer.
    std::optional<qint64> integer(const QString &name) const;
    // An object parameter: a JSON-serialized string, or a nested value in a JSON body. `bad`
    // is set when it is present but not valid JSON.
    QJsonValue json(const QString &name, bool *bad) const;
};

} // namespace onair::sandbox
