#pragma once

#include <QLoggingCategory>

// Rehearsal: the local sandbox and the test encoder. Never log a stream key.
Q_DECLARE_LOGGING_CATEGORY(lcRehearsal)
