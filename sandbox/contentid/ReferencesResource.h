#pragma once

namespace onair::sandbox {

class ContentIdService;

// references.insert (from a claim, with claimId; the media upload is not emulated) / get /
// list. A reference needs the claimed broadcast's recording (recordFromStart) and, before that
// recording is processed, an owner approved for live Content ID delivery
// (403 fingerprintingNotAllowed otherwise). Its status moves from processing to active after
// the store's activation delay.
class ReferencesResource
{
public:
    static void registerMethods(ContentIdService &service);
};

} // namespace onair::sandbox
