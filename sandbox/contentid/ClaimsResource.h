#pragma once

namespace onair::sandbox {

class ContentIdService;

// claims.insert / get / list. A claim needs an existing asset of the owner, a video (a live
// broadcast's id, which may not have started yet) on a channel linked to the owner, a policy
// (saved or inline) and a content type.
class ClaimsResource
{
public:
    static void registerMethods(ContentIdService &service);
};

} // namespace onair::sandbox
