#include "tst_translations.h"

#include "TestEnvironment.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using onair::test::TestEnvironment;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    bool finished = false;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                    QString text;
                    while (xml.readNext() != QXmlStreamReader::EndElement ||
                           xml.name() != QLatin1String("translation")) {
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement()) // <numerusform>
                            m.translations << xml.readElementText();
                        if (xml.atEnd())
                            break;
                    }
                    if (m.translations.isEmpty())
                        m.translations << text;
                } else {
                    xml.skipCurrentElement();
                }
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &text, bool withN)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (withN || p != QLatin1String("%n"))
            found << p;
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

// "&Account" has one mnemonic; "&&" is a literal ampersand.
int mnemonics(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&'))
            ++i;
        else if (text.at(i + 1).isLetterOrNumber())
            ++n;
    }
    return n;
}

} // namespace

void TestTranslations::catalogue_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("mustBeComplete");
    QTest::newRow("en") << QStringLiteral("en") << false; // the source language
    QTest::newRow("ru") << QStringLiteral("ru") << true;
    QTest::newRow("pl") << QStringLiteral("pl") << true;
    QTest::newRow("fr") << QStringLiteral("fr") << true;
}

void TestTranslations::catalogue()
{
    QFETCH(QString, language);
    QFETCH(bool, mustBeComplete);
    const QString path =
        TestEnvironment::sourceDir() + QStringLiteral("/translations/onair_%1.ts").arg(language);
    QString error;
    const QList<Message> messages = readCatalogue(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
    QVERIFY2(messages.size() > 100, qPrintable(path));

    QStringList problems;
    int unfinished = 0;
    for (const Message &m : messages) {
        if (!m.finished) {
            ++unfinished;
            continue;
        }
        const bool numerus = m.translations.size() > 1;
        for (const QString &t : m.translations) {
            const QString where =
                m.context + QStringLiteral(" \"") + m.source.left(60) + QStringLiteral("\": ");
            if (t.trimmed().isEmpty()) {
                problems << where + QStringLiteral("empty translation");
                continue;
            }
            // A numerus form may leave %n out ("one file" for 1).
            if (placeholders(t, !numerus) != placeholders(m.source, !numerus))
                problems << where + QStringLiteral("placeholders differ in \"") + t +
                                QLatin1Char('"');
            if (mnemonics(t) != mnemonics(m.source))
                problems << where + QStringLiteral("mnemonics differ in \"") + t + QLatin1Char('"');
        }
    }
    qInfo("%s: %lld messages, %d unfinished", qPrintable(language), qlonglong(messages.size()),
          unfinished);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    if (mustBeComplete)
        QVERIFY2(unfinished == 0,
                 qPrintable(QStringLiteral("%1 untranslated messages in %2: translate them "
                                           "(Qt Linguist) before they ship")
                                .arg(unfinished)
                                .arg(path)));
}

QTEST_GUILESS_MAIN(TestTranslations)

#include "moc_tst_translations.cpp"
