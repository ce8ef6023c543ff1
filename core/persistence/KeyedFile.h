#pragma once

#include <QString>

namespace onair {

// One file per key (an account, an OAuth client) in a folder of the app's data: the key
// becomes a safe file name whatever it holds ('/', "..", nothing at all); letters, digits,
// '-', '_' and '.' stay as they are.
class KeyedFile
{
public:
    // `dir` empty: AppDataLocation/`folder`.
    static QString path(const QString &folder, const QString &key, const QString &dir = QString());
};

} // namespace onair
