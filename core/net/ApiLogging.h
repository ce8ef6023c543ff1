#pragma once

#include <QLoggingCategory>

// The request pipeline and the service clients: requests, retries, reconciliation. Never log a
// token or a stream key.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
