#pragma once

namespace onair::sandbox {

class SandboxKernel;
class TelegramStore;

// /_sandbox/telegram/…: the read-back of everything posted (what the real Telegram cannot
// give a client), the settings (flood limits), the bot's standing in a chat, a token revoked,
// a "human" post (so the bot's ids are not contiguous) and the clock.
class TelegramControls
{
public:
    static void registerWith(SandboxKernel &kernel, TelegramStore &store);
};

} // namespace onair::sandbox
