#pragma once

namespace onair::sandbox {

class InstagramStore;
class SandboxKernel;
class TelegramStore;

// GET /_sandbox/social/posts: the read-back of what the Telegram and Instagram services
// received, as a page for a person (the app opens it in its "What the sandbox received…"
// window). Per Telegram chat, its messages newest first: message id, time, the text or caption
// as Telegram shows it, the photo, the inline buttons with their URLs, the edits and the
// deletion; then Instagram's published posts newest first: image, caption, permalink and
// shortcode, time. Built from the stores the JSON `state` endpoints read; read-only.
class PostsPage
{
public:
    static void registerWith(SandboxKernel &kernel, const TelegramStore &telegram,
                             const InstagramStore &instagram);
};

} // namespace onair::sandbox
