#pragma once

#include <QString>

namespace onair {

// Why a preset operation failed, as a value. `file` names the preset file the way the operator
// sees it ("presets/friday.json"); `problem` says what is wrong with it.
struct PresetError
{
    enum class Kind
    {
        Io,                 // the file could not be read, written, renamed or removed
        Malformed,          // not JSON, truncated, empty, too large, not an object
        UnsupportedVersion, // schemaVersion missing or not one this build reads
        Invalid,            // JSON, but a field has the wrong type or an unknown value
        NotFound,           // no such preset
        AlreadyExists,      // the target name is taken; nothing was overwritten
    };

    Kind kind = Kind::Io;
    QString file;
    QString problem;

    // "presets/friday.json: broadcast.titleTemplate: expected a string, got a number"
    QString message() const
    {
        return file.isEmpty() ? problem : file + QStringLiteral(": ") + problem;
    }
};

} // namespace onair
