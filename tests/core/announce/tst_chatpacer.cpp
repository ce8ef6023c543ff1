#include "announce/ChatPacer.h"

#include <QTest>
#include <QTimeZone>

using namespace onair;

class TestChatPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondApartPerChat()
    {
        ChatPacer p;
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'000'000'000'000, QTimeZone::utc());
        const QString a = QStringLiteral("a");
        QCOMPARE(p.nextSlot(a, t0), t0);
        p.answered(a, t0);
        QCOMPARE(p.nextSlot(a, t0.addMSecs(200)), t0.addMSecs(ChatPacer::kGapMs));
        QCOMPARE(p.nextSlot(a, t0.addMSecs(1500)), t0.addMSecs(1500));
        QCOMPARE(p.nextSlot(QStringLiteral("b"), t0), t0); // another chat is not held back
    }

    void twentyAMinute()
    {
        ChatPacer p;
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'000'000'000'000, QTimeZone::utc());
        const QString a = QStringLiteral("a");
        for (int i = 0; i < ChatPacer::kPerMinute; ++i)
            p.answered(a, t0.addSecs(i * 2));
        const QDateTime last = t0.addSecs((ChatPacer::kPerMinute - 1) * 2);
        // The 21st waits until the first of the twenty is a minute old.
        QCOMPARE(p.nextSlot(a, last.addSecs(2)), t0.addMSecs(ChatPacer::kMinuteMs));
        p.answered(a, t0.addMSecs(ChatPacer::kMinuteMs));
        QCOMPARE(p.nextSlot(a, t0.addMSecs(ChatPacer::kMinuteMs + 1000)),
                 t0.addSecs(2).addMSecs(ChatPacer::kMinuteMs));
    }
};

QTEST_GUILESS_MAIN(TestChatPacer)
#include "tst_chatpacer.moc"
