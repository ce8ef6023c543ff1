#pragma once

#include <QLoggingCategory>

// The YouTube client: requests, retries, reconciliation. Never log a token or a stream key.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
