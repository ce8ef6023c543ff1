#include "setup/BroadcastForm.h"

#include "common/DateTimeField.h"
#include "common/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace onair::ui {

namespace {

QComboBox *combo(QWidget *parent, const QString &name,
                 const QList<std::pair<QString, QString>> &items)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    for (const auto &[label, value] : items)
        c->addItem(label, value);
    return c;
}

QCheckBox *check(QWidget *parent, const QString &text, const QString &name, bool on)
{
    auto *c = new QCheckBox(text, parent);
    c->setObjectName(name);
    c->setChecked(on);
    return c;
}

void select(QComboBox *c, const QString &value)
{
    const int i = c->findData(value);
    if (i >= 0)
        c->setCurrentIndex(i);
}

} // namespace

BroadcastForm::BroadcastForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("broadcastForm"));
    auto *form = new QFormLayout(this);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(100);
    m_title->setPlaceholderText(tr("1–100 characters"));
    form->addRow(tr("&Title"), m_title);
    // Alt+1 ("go to the broadcast form") lands in the title.
    setFocusProxy(m_title);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    form->addRow(tr("&Description"), m_description);

    m_privacy = combo(this, QStringLiteral("privacyCombo"),
                      {{tr("Private"), QStringLiteral("private")},
                       {tr("Unlisted"), QStringLiteral("unlisted")},
                       {tr("Public"), QStringLiteral("public")}});
    form->addRow(tr("Pri&vacy"), m_privacy);

    const QDateTime soon = QDateTime::currentDateTime().addSecs(15 * 60);
    m_start = new DateTimeField(soon, this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("Scheduled sta&rt"), m_start);
    m_end = new DateTimeField(soon.addSecs(3600), this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("Scheduled e&nd"), m_end);

    // YouTube's standard video categories (videoCategories.list, region US).
    m_category = combo(this, QStringLiteral("categoryCombo"),
                       {{tr("People & Blogs"), QStringLiteral("22")},
                        {tr("Gaming"), QStringLiteral("20")},
                        {tr("Entertainment"), QStringLiteral("24")},
                        {tr("Music"), QStringLiteral("10")},
                        {tr("Sports"), QStringLiteral("17")},
                        {tr("News & Politics"), QStringLiteral("25")},
                        {tr("Education"), QStringLiteral("27")},
                        {tr("Science & Technology"), QStringLiteral("28")},
                        {tr("Film & Animation"), QStringLiteral("1")},
                        {tr("Howto & Style"), QStringLiteral("26")},
                        {tr("Nonprofits & Activism"), QStringLiteral("29")}});
    form->addRow(tr("Categ&ory"), m_category);

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("comma-separated"));
    form->addRow(tr("Ta&gs"), m_tags);

    m_madeForKids = check(this, tr("Made for kids"), QStringLiteral("madeForKidsCheck"), false);
    form->addRow(QString(), m_madeForKids);

    m_latency = combo(this, QStringLiteral("latencyCombo"),
                      {{tr("Normal latency"), QStringLiteral("normal")},
                       {tr("Low latency"), QStringLiteral("low")},
                       {tr("Ultra-low latency"), QStringLiteral("ultraLow")}});
    form->addRow(tr("Latency"), m_latency);

    m_dvr = check(this, tr("DVR (viewers can rewind)"), QStringLiteral("dvrCheck"), true);
    form->addRow(QString(), m_dvr);
    m_recordFromStart =
        check(this, tr("Record from start"), QStringLiteral("recordFromStartCheck"), true);
    form->addRow(QString(), m_recordFromStart);
    m_monitor = check(this, tr("Monitor stream (needed for testing)"),
                      QStringLiteral("monitorCheck"), true);
    form->addRow(QString(), m_monitor);

    m_delay = new QDoubleSpinBox(this);
    m_delay->setObjectName(QStringLiteral("delaySpin"));
    m_delay->setRange(0, 3600);
    m_delay->setDecimals(1);
    m_delay->setSuffix(tr(" s"));
    m_delay->setToolTip(tr("broadcastStreamDelayMs: a delay over 10 s allows ad breaks at an "
                           "offset"));
    form->addRow(tr("Broadcast dela&y"), m_delay);

    m_captions =
        combo(this, QStringLiteral("captionsCombo"),
              {{tr("No closed captions"), QStringLiteral("closedCaptionsDisabled")},
               {tr("Captions over HTTP POST"), QStringLiteral("closedCaptionsHttpPost")},
               {tr("Captions embedded in the video"), QStringLiteral("closedCaptionsEmbedded")}});
    form->addRow(tr("Closed captions"), m_captions);

    m_embeddable = check(this, tr("Embeddable on other sites"), QStringLiteral("embedCheck"), true);
    form->addRow(QString(), m_embeddable);

    m_projection = combo(
        this, QStringLiteral("projectionCombo"),
        {{tr("Rectangular"), QStringLiteral("rectangular")}, {tr("360°"), QStringLiteral("360")}});
    form->addRow(tr("Pro&jection"), m_projection);

    auto *thumbRow = new QWidget(this);
    auto *h = new QHBoxLayout(thumbRow);
    h->setContentsMargins(0, 0, 0, 0);
    m_thumbnail = new QLineEdit(thumbRow);
    m_thumbnail->setObjectName(QStringLiteral("thumbnailEdit"));
    m_thumbnail->setPlaceholderText(tr("JPEG or PNG, optional"));
    h->addWidget(m_thumbnail, 1);
    auto *browse = new QPushButton(tr("Browse…"), thumbRow);
    h->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        Prompts::askPath(this, tr("Thumbnail"), tr("Images (*.jpg *.jpeg *.png)"), false, QString(),
                         [this](const QString &path) {
                             if (!path.isEmpty())
                                 m_thumbnail->setText(path);
                         });
    });
    form->addRow(tr("Thumbna&il"), thumbRow);
}

LiveBroadcast BroadcastForm::draft() const
{
    LiveBroadcast b;
    b.snippet.title = m_title->text().trimmed();
    b.snippet.description = m_description->toPlainText();
    b.snippet.scheduledStartTime = m_start->dateTime().toUTC();
    b.snippet.scheduledEndTime = m_end->dateTime().toUTC();
    b.status.privacyStatus = m_privacy->currentData().toString();
    b.status.selfDeclaredMadeForKids = m_madeForKids->isChecked();
    LiveBroadcast::ContentDetails &c = b.contentDetails;
    c.latencyPreference = m_latency->currentData().toString();
    c.enableDvr = m_dvr->isChecked();
    c.recordFromStart = m_recordFromStart->isChecked();
    c.monitorStream.enableMonitorStream = m_monitor->isChecked();
    c.monitorStream.broadcastStreamDelayMs = static_cast<quint32>(m_delay->value() * 1000.0);
    c.closedCaptionsType = m_captions->currentData().toString();
    c.enableEmbed = m_embeddable->isChecked();
    c.projection = m_projection->currentData().toString();
    c.enableAutoStart = false; // off: a test phase needs both off (reference §2.1)
    c.enableAutoStop = false;
    return b;
}

QString BroadcastForm::categoryId() const
{
    return m_category->currentData().toString();
}

QStringList BroadcastForm::tags() const
{
    QStringList out;
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty())
            out << tag;
    }
    return out;
}

QString BroadcastForm::thumbnailPath() const
{
    return m_thumbnail->text().trimmed();
}

QString BroadcastForm::validate() const
{
    const LiveBroadcast b = draft();
    if (b.snippet.title.isEmpty())
        return tr("Give the broadcast a title.");
    if (b.snippet.description.size() > 5000)
        return tr("The description is longer than 5000 characters.");
    if (b.snippet.scheduledEndTime <= b.snippet.scheduledStartTime)
        return tr("The scheduled end must be after the start.");
    if (b.contentDetails.latencyPreference == QLatin1String("ultraLow") &&
        b.contentDetails.closedCaptionsType != QLatin1String("closedCaptionsDisabled"))
        return tr("Ultra-low latency does not allow closed captions.");
    const QString thumb = thumbnailPath();
    if (!thumb.isEmpty() && !QFileInfo(thumb).isReadable())
        return tr("The thumbnail %1 cannot be read.").arg(thumb);
    return {};
}

void BroadcastForm::setDraft(const LiveBroadcast &b, const QString &categoryId,
                             const QStringList &tags)
{
    m_title->setText(b.snippet.title);
    m_description->setPlainText(b.snippet.description);
    select(m_privacy, b.status.privacyStatus);
    if (b.snippet.scheduledStartTime.isValid())
        m_start->setDateTime(b.snippet.scheduledStartTime.toLocalTime());
    if (b.snippet.scheduledEndTime.isValid())
        m_end->setDateTime(b.snippet.scheduledEndTime.toLocalTime());
    select(m_category, categoryId);
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_madeForKids->setChecked(b.status.selfDeclaredMadeForKids);
    const LiveBroadcast::ContentDetails &c = b.contentDetails;
    select(m_latency, c.latencyPreference);
    m_dvr->setChecked(c.enableDvr);
    m_recordFromStart->setChecked(c.recordFromStart);
    m_monitor->setChecked(c.monitorStream.enableMonitorStream);
    m_delay->setValue(c.monitorStream.broadcastStreamDelayMs / 1000.0);
    select(m_captions, c.closedCaptionsType);
    m_embeddable->setChecked(c.enableEmbed);
    select(m_projection, c.projection);
}

} // namespace onair::ui
