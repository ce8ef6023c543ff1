#pragma once

namespace onair::sandbox {

class SandboxKernel;
class YouTubeService;

// The YouTube service's control endpoints, under /_sandbox/youtube/… and, as before the kernel,
// /_sandbox/…: quota, cuepoints, settings, encoder (the simulated encoder), state, clocks.
class YouTubeControls
{
public:
    static void registerWith(SandboxKernel &kernel, YouTubeService &service);
};

} // namespace onair::sandbox
