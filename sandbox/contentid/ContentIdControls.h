#pragma once

namespace onair::sandbox {

class PartnerStore;
class SandboxKernel;

// Content ID's control endpoints:
//   GET  /_sandbox/contentid/state     every owner's assets, policies, claims, advertising
//                                      options and references (with their status now)
//   GET|POST /_sandbox/contentid/settings  {ownersPerChannel 0|1|2, liveDeliveryApproved,
//                                      referenceActivationSeconds}
class ContentIdControls
{
public:
    static void registerWith(SandboxKernel &kernel, PartnerStore &store);
};

} // namespace onair::sandbox
