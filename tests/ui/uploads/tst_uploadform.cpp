#include "uploads/UploadForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;
using onair::ui::UploadForm;

// The upload form refuses what YouTube would (title 1–100 characters, description at most
// 5000 bytes, tags at most 500 characters in all, a publication time only private and to
// come) before anything is sent: OK stays disabled and the form says why.
class TestUploadForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void limits_data();
    void limits();
    void scheduledPublicationSaysLocalTime();

private:
    QPushButton *ok(UploadForm &f) const
    {
        return f.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    QTemporaryDir m_dir;
    QString m_file;
};

void TestUploadForm::init()
{
    m_file = m_dir.filePath(QStringLiteral("show.mp4"));
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("bytes");
}

void TestUploadForm::limits_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("tags");
    QTest::addColumn<bool>("accepted");
    const QString hundred(100, QLatin1Char('t'));
    QTest::newRow("fine") << QStringLiteral("Show") << QString() << QStringLiteral("a, b") << true;
    QTest::newRow("empty title") << QString() << QString() << QString() << false;
    QTest::newRow("100 characters") << hundred << QString() << QString() << true;
    QTest::newRow("101 characters")
        << hundred + QLatin1Char('x') << QString() << QString() << false;
    QTest::newRow("5000 bytes") << QStringLiteral("Show") << QString(5000, QLatin1Char('d'))
                                << QString() << true;
    // 2500 two-byte characters are 5000 bytes; one more is too many.
    QTest::newRow("5002 bytes") << QStringLiteral("Show") << QString(2501, QChar(0x00e9))
                                << QString() << false;
    QTest::newRow("500 tag characters")
        << QStringLiteral("Show") << QString() << QString(500, QLatin1Char('g')) << true;
    QTest::newRow("501 tag characters")
        << QStringLiteral("Show") << QString()
        << QString(250, QLatin1Char('g')) + QStringLiteral(",") + QString(250, QLatin1Char('h'))
        << false;
}

void TestUploadForm::limits()
{
    QFETCH(QString, title);
    QFETCH(QString, description);
    QFETCH(QString, tags);
    QFETCH(bool, accepted);
    UploadForm f;
    f.setFilePath(m_file);
    f.findChild<QLineEdit *>(QStringLiteral("uploadTitle"))->setText(title);
    f.findChild<QPlainTextEdit *>(QStringLiteral("uploadDescription"))->setPlainText(description);
    f.findChild<QLineEdit *>(QStringLiteral("uploadTags"))->setText(tags);
    QCOMPARE(ok(f)->isEnabled(), accepted);
    QCOMPARE(f.findChild<QLabel *>(QStringLiteral("uploadProblems"))->text().isEmpty(), accepted);
}

void TestUploadForm::scheduledPublicationSaysLocalTime()
{
    UploadForm f;
    f.setFilePath(m_file);
    UploadMetadata m;
    m.title = QStringLiteral("Show");
    m.privacyStatus = QStringLiteral("public");
    m.publishAt = QDateTime::currentDateTimeUtc().addDays(2);
    f.setMetadata(m);
    // Public with a publication time: refused, the sentence says why.
    QVERIFY(!ok(f)->isEnabled());
    QVERIFY(f.findChild<QLabel *>(QStringLiteral("uploadProblems"))
                ->text()
                .contains(QStringLiteral("private")));
    m.privacyStatus = QStringLiteral("private");
    f.setMetadata(m);
    QVERIFY(ok(f)->isEnabled());
    QVERIFY(f.findChild<QLabel *>(QStringLiteral("uploadPublishNote"))
                ->text()
                .contains(QStringLiteral("your time")));
    QCOMPARE(f.metadata().publishAt.toSecsSinceEpoch() / 60, m.publishAt.toSecsSinceEpoch() / 60);
}

QTEST_MAIN(TestUploadForm)
#include "tst_uploadform.moc"
