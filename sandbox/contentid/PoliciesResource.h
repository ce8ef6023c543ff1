#pragma once

namespace onair::sandbox {

class ContentIdService;

// policies.list / insert / get: the owner's saved policies (each owner starts with three:
// monetize, track and block in all countries).
class PoliciesResource
{
public:
    static void registerMethods(ContentIdService &service);
};

} // namespace onair::sandbox
