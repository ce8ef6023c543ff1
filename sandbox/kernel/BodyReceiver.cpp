#include "kernel/BodyReceiver.h"

namespace onair::sandbox {

namespace {

class Answering : public BodyReceiver
{
public:
    explicit Answering(HttpReply reply)
        : m_reply(std::move(reply))
    {}
    void write(const char *, qint64) override {}
    HttpReply finish() override { return m_reply; }

private:
    HttpReply m_reply;
};

} // namespace

std::unique_ptr<BodyReceiver> BodyReceiver::answering(HttpReply reply)
{
    return std::make_unique<Answering>(std::move(reply));
}

} // namespace onair::sandbox
