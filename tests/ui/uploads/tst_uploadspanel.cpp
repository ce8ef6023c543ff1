#include "google/youtube/upload/UploadQueue.h"
#include "upload/UploadStore.h"
#include "uploads/UploadsPanel.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;
using onair::ui::UploadsPanel;

// The Uploads panel over a queue another OnAir runs: it says so (read-only), and once that
// runner stops and the queue is taken over here, the read-only sentence gives way to the one
// that says the uploads are run here now.
class TestUploadsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyMessageGoesWhenTheQueueIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = UploadStore::pathForAccount(QStringLiteral("test"), dir.path());
        auto runner = std::make_unique<UploadQueue>(nullptr);
        runner->open(path);
        QVERIFY(runner->isRunner());
        UploadQueue window(nullptr);
        UploadsPanel panel(&window);
        window.open(path);
        QVERIFY(!window.isRunner());
        auto *message = panel.findChild<QLabel *>(QStringLiteral("uploadMessage"));
        QVERIFY(message);
        const QString readOnly = message->text();
        QVERIFY2(readOnly.contains(QLatin1String("run by another OnAir")), qPrintable(readOnly));

        runner.reset(); // the runner stops: its lock goes
        QTRY_VERIFY_WITH_TIMEOUT(window.isRunner(), 10000);
        QVERIFY2(!message->text().contains(QLatin1String("run by another OnAir")),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(QLatin1String("run here now")),
                 qPrintable(message->text()));
    }
};

QTEST_MAIN(TestUploadsPanel)
#include "tst_uploadspanel.moc"
