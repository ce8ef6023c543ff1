#pragma once

namespace onair::sandbox {

class InstagramStore;
class SandboxKernel;

// /_sandbox/instagram/…: the read-back (containers with their status now, posts with captions
// and image URLs, the publish log, tokens), the settings (processing time, quota, caption
// readability, the second-publish error), the seeded token's age and flags, and the clock.
class InstagramControls
{
public:
    static void registerWith(SandboxKernel &kernel, InstagramStore &store);
};

} // namespace onair::sandbox
