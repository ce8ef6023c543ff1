#pragma once

#include "net/RequestHooks.h"

#include <functional>

namespace onair {

class AccountSession;

// The hooks every Google API client plugs into its RequestPipeline: the account's bearer
// token (a missing account is SignedOut), forgetting a token the server refused so that the
// one replay gets a fresh one, and Google's error envelope. A service adds its own quota hook.
class GoogleAccountHooks
{
public:
    // `account` is asked on every attempt (the client's account may change).
    static RequestHooks make(std::function<AccountSession *()> account);
};

} // namespace onair
