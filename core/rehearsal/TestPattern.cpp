#include "rehearsal/TestPattern.h"

namespace onair {

QStringList TestPattern::arguments(const QString &url) const
{
    const QString rate = QString::number(frameRate);
    QStringList a{QStringLiteral("-hide_banner"),
                  QStringLiteral("-nostdin"),
                  QStringLiteral("-loglevel"),
                  QStringLiteral("error"),
                  QStringLiteral("-re"),
                  QStringLiteral("-f"),
                  QStringLiteral("lavfi"),
                  QStringLiteral("-i"),
                  QStringLiteral("testsrc2=size=%1:rate=%2").arg(size, rate)};
    if (audio)
        a << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
          << QStringLiteral("sine=frequency=440");
    a << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
      << QStringLiteral("ultrafast") << QStringLiteral("-tune") << QStringLiteral("zerolatency")
      << QStringLiteral("-g") << QString::number(frameRate * 2);
    if (audio)
        a << QStringLiteral("-c:a") << QStringLiteral("aac");
    if (limitSeconds > 0)
        a << QStringLiteral("-t") << QString::number(limitSeconds);
    if (streamNameFromStdin)
        a << QStringLiteral("-fpre") << QStringLiteral("/dev/stdin");
    a << QStringLiteral("-f") << QStringLiteral("flv") << url;
    return a;
}

} // namespace onair
