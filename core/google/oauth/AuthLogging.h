#pragma once

#include <QLoggingCategory>

// Sign-in, tokens and accounts. Never log a token, a code, a verifier or a secret.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
