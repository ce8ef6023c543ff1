#pragma once

namespace onair::sandbox {

class ContentIdService;

// contentOwners.list: the content owners the signed-in user manages (fetchMine=true), or those
// of them named by id.
class ContentOwnersResource
{
public:
    static void registerMethods(ContentIdService &service);
};

} // namespace onair::sandbox
