#pragma once

namespace onair::sandbox {

class InstagramService;

// GET me (the account a pasted token belongs to) and GET refresh_access_token
// (grant_type=ig_refresh_token: a token at least 24 h old and not expired gets 60 more days).
class AccountResource
{
public:
    static void registerMethods(InstagramService &service);
};

} // namespace onair::sandbox
