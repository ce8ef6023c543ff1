#include "announce/ComposerPane.h"

#include "announce/AnnouncementStore.h"
#include "announce/Announcements.h"
#include "common/DateTimeField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace onair::ui {

namespace {

QString lengthText(const PostPreview &p)
{
    const int left = p.lengthLeft();
    if (left >= 0)
        return ComposerPane::tr("%1 of %2 characters, %n left", nullptr, left)
            .arg(p.length)
            .arg(p.limit);
    return ComposerPane::tr("%1 of %2 characters: %n too many", nullptr, -left)
        .arg(p.length)
        .arg(p.limit);
}

ShowFields sampleFields()
{
    ShowFields f;
    f.title = ComposerPane::tr("Your show's title");
    f.url = QUrl(QStringLiteral("https://www.youtube.com/watch?v=VIDEO_ID"));
    f.start = QDateTime::currentDateTimeUtc().addDays(1);
    f.description = ComposerPane::tr("The show's description.");
    f.thumbnail = QUrl(QStringLiteral("https://i.ytimg.com/vi/VIDEO_ID/maxresdefault.jpg"));
    return f;
}

} // namespace

ComposerPane::ComposerPane(Announcements *announcements, QWidget *parent)
    : QWidget(parent)
    , m_announcements(announcements)
    , m_fields(sampleFields())
    , m_accounts(new QListWidget(this))
    , m_label(new QLineEdit(this))
    , m_trigger(new QComboBox(this))
    , m_at(new DateTimeField(this))
    , m_minutes(new QSpinBox(this))
    , m_template(new QPlainTextEdit(this))
    , m_button(new QLineEdit(tr("▶ Watch"), this))
    , m_withImage(new QCheckBox(tr("With the show's thumbnail"), this))
    , m_telegramPreview(new QLabel(this))
    , m_telegramButton(new QLabel(this))
    , m_telegramLength(new QLabel(this))
    , m_instagramPreview(new QLabel(this))
    , m_instagramLength(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_submit(new QPushButton(tr("Sche&dule"), this))
    , m_cancelEdit(new QPushButton(tr("Stop editing"), this))
    , m_savePreset(new QPushButton(tr("Save the show's posts in its preset"), this))
{
    m_accounts->setObjectName(QStringLiteral("composerAccounts"));
    m_accounts->setMaximumHeight(70);
    m_label->setObjectName(QStringLiteral("composerLabel"));
    m_label->setPlaceholderText(tr("Live now"));
    m_trigger->setObjectName(QStringLiteral("composerTrigger"));
    // The dock is narrow: the combo may be shorter than its longest entry.
    m_trigger->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_trigger->setMinimumContentsLength(12);
    using T = AnnouncementSpec::Trigger;
    m_trigger->addItem(tr("At a time"), int(T::At));
    m_trigger->addItem(tr("Minutes before the scheduled start"), int(T::BeforeStart));
    m_trigger->addItem(tr("When the broadcast is live"), int(T::Live));
    m_trigger->addItem(tr("When the broadcast is complete"), int(T::Complete));
    m_trigger->addItem(tr("When the uploaded recording is processed"), int(T::UploadProcessed));
    m_trigger->addItem(tr("When the uploaded recording is published"), int(T::UploadPublished));
    m_trigger->addItem(tr("When the recording is processed"), int(T::RecordingProcessed));
    m_at->setObjectName(QStringLiteral("composerAt"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_minutes->setObjectName(QStringLiteral("composerMinutes"));
    m_minutes->setRange(1, 7 * 24 * 60);
    m_minutes->setValue(60);
    m_minutes->setSuffix(tr(" min before"));
    m_template->setObjectName(QStringLiteral("composerTemplate"));
    m_template->setPlaceholderText(
        tr("<b>{title}</b> starts {start}: {url}  — fields: {title} {url} {start} "
           "{description} {thumbnail}"));
    m_template->setTabChangesFocus(true);
    m_template->setMaximumHeight(80);
    m_button->setObjectName(QStringLiteral("composerButton"));
    m_withImage->setObjectName(QStringLiteral("composerWithImage"));
    m_telegramPreview->setObjectName(QStringLiteral("telegramPreview"));
    m_telegramPreview->setTextFormat(Qt::RichText);
    m_telegramPreview->setWordWrap(true);
    m_telegramButton->setObjectName(QStringLiteral("telegramPreviewButton"));
    m_telegramButton->setWordWrap(true);
    m_telegramLength->setObjectName(QStringLiteral("telegramPreviewLength"));
    m_telegramLength->setWordWrap(true);
    m_instagramPreview->setObjectName(QStringLiteral("instagramPreview"));
    m_instagramPreview->setTextFormat(Qt::PlainText);
    m_instagramPreview->setWordWrap(true);
    m_instagramLength->setObjectName(QStringLiteral("instagramPreviewLength"));
    m_instagramLength->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("composerProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText); // a problem may quote a tag
    m_problems->setStyleSheet(QStringLiteral("color: #b03a00;"));
    m_submit->setObjectName(QStringLiteral("composerSubmit"));
    m_cancelEdit->setObjectName(QStringLiteral("composerStopEditing"));
    m_cancelEdit->hide();

    auto *form = new QFormLayout;
    auto *accountsLabel = new QLabel(tr("&Where"), this);
    accountsLabel->setBuddy(m_accounts);
    form->addRow(accountsLabel, m_accounts);
    form->addRow(tr("Label"), m_label);
    auto *when = new QHBoxLayout;
    when->addWidget(m_trigger, 1);
    when->addWidget(m_at);
    when->addWidget(m_minutes);
    form->addRow(tr("When"), when);
    auto *templLabel = new QLabel(tr("Te&xt"), this);
    templLabel->setBuddy(m_template);
    form->addRow(templLabel, m_template);
    form->addRow(tr("Button"), m_button);
    form->addRow(QString(), m_withImage);

    auto *telegram = new QGroupBox(tr("Telegram will get"), this);
    auto *tl = new QVBoxLayout(telegram);
    tl->addWidget(m_telegramPreview);
    tl->addWidget(m_telegramButton, 0, Qt::AlignLeft);
    tl->addWidget(m_telegramLength);
    auto *instagram = new QGroupBox(tr("Instagram will get"), this);
    auto *il = new QVBoxLayout(instagram);
    il->addWidget(m_instagramPreview);
    il->addWidget(m_instagramLength);
    auto *previews = new QVBoxLayout;
    previews->addWidget(telegram);
    previews->addWidget(instagram);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_cancelEdit);
    buttons->addStretch();
    buttons->addWidget(m_savePreset);
    m_savePreset->setObjectName(QStringLiteral("composerSavePreset"));
    m_savePreset->setToolTip(tr("The posts that wait for the show's events go into the preset "
                                "the show was made from, for its next show"));
    m_savePreset->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(previews);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_accounts, &QListWidget::itemChanged, this, &ComposerPane::updatePreview);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &ComposerPane::updatePreview);
    connect(m_template, &QPlainTextEdit::textChanged, this, &ComposerPane::updatePreview);
    connect(m_button, &QLineEdit::textChanged, this, &ComposerPane::updatePreview);
    connect(m_withImage, &QCheckBox::toggled, this, &ComposerPane::updatePreview);
    connect(m_submit, &QPushButton::clicked, this, &ComposerPane::submit);
    connect(m_cancelEdit, &QPushButton::clicked, this, &ComposerPane::stopEditing);
    connect(m_savePreset, &QPushButton::clicked, this, [this] {
        const QString error = m_saveToPreset();
        m_problems->setText(error.isEmpty() ? tr("The show's posts were saved in its preset.")
                                            : error);
    });
    connect(m_announcements->store(), &AnnouncementStore::accountsChanged, this,
            &ComposerPane::reloadAccounts);
    connect(m_announcements, &Announcements::changedElsewhere, this, &ComposerPane::reloadAccounts);
    reloadAccounts();
}

void ComposerPane::setShowFields(const ShowFields &fields)
{
    m_fields = fields;
    m_showOpen = true;
    updatePreview();
}

ShowFields ComposerPane::previewFields() const
{
    AnnouncementSpec spec;
    spec.trigger = trigger();
    if (!spec.isUploadTrigger())
        return m_fields;
    return ShowFields::ofUpload(m_fields.title, m_fields.description,
                                QStringLiteral("UPLOADED_VIDEO_ID"));
}

void ComposerPane::setStyle(const PostTemplate::Style &style)
{
    m_style = style;
    updatePreview();
}

void ComposerPane::reloadAccounts()
{
    const QStringList checked = checkedAccounts();
    const QSignalBlocker block(m_accounts);
    m_accounts->clear();
    for (const SocialAccount &a : m_announcements->store()->accounts()) {
        auto *item = new QListWidgetItem(a.platform == SocialAccount::Platform::Telegram
                                             ? tr("Telegram: %1").arg(a.name)
                                             : tr("Instagram: %1").arg(a.name),
                                         m_accounts);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, int(a.platform));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(a.id) ? Qt::Checked : Qt::Unchecked);
    }
    updatePreview();
}

QStringList ComposerPane::checkedAccounts() const
{
    QStringList ids;
    for (int i = 0; i < m_accounts->count(); ++i)
        if (m_accounts->item(i)->checkState() == Qt::Checked)
            ids << m_accounts->item(i)->data(Qt::UserRole).toString();
    return ids;
}

AnnouncementSpec::Trigger ComposerPane::trigger() const
{
    return AnnouncementSpec::Trigger(m_trigger->currentData().toInt());
}

void ComposerPane::updatePreview()
{
    m_at->setVisible(trigger() == AnnouncementSpec::Trigger::At);
    m_minutes->setVisible(trigger() == AnnouncementSpec::Trigger::BeforeStart);

    bool toTelegram = false, toInstagram = false;
    for (int i = 0; i < m_accounts->count(); ++i) {
        const QListWidgetItem *item = m_accounts->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        if (SocialAccount::Platform(item->data(Qt::UserRole + 1).toInt()) ==
            SocialAccount::Platform::Telegram)
            toTelegram = true;
        else
            toInstagram = true;
    }

    const QString templ = m_template->toPlainText();
    const ShowFields fields = previewFields();
    const PostPreview tg = PostTemplate::telegram(templ, fields, m_withImage->isChecked(),
                                                  m_button->text().trimmed(), m_style);
    const PostPreview ig = PostTemplate::instagram(templ, fields, m_style);

    QString tgHtml = tg.text;
    tgHtml.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!tg.imageUrl.isEmpty())
        tgHtml = tr("[photo: %1]").arg(tg.imageUrl.toDisplayString().toHtmlEscaped()) +
                 QStringLiteral("<br>") + tgHtml;
    m_telegramPreview->setText(tgHtml);
    m_telegramButton->setText(
        tg.buttonText.isEmpty()
            ? QString()
            : tr("[%1] button → %2").arg(tg.buttonText, tg.buttonUrl.toDisplayString()));
    m_telegramButton->setVisible(!tg.buttonText.isEmpty());
    m_telegramLength->setText(lengthText(tg));

    m_instagramPreview->setText(ig.text + QStringLiteral("\n\n") +
                                (ig.imageUrl.isEmpty()
                                     ? tr("(no image)")
                                     : tr("Image: %1").arg(ig.imageUrl.toDisplayString())));
    m_instagramLength->setText(
        lengthText(ig) + QStringLiteral(" · ") +
        tr("%1 of %2 hashtags").arg(ig.hashtags).arg(PostTemplate::kInstagramHashtagLimit));

    QStringList problems;
    if (toTelegram)
        for (const QString &p : tg.problems)
            problems << tr("Telegram: %1").arg(p);
    if (toInstagram)
        for (const QString &p : ig.problems)
            problems << tr("Instagram: %1").arg(p);
    if (!toTelegram && !toInstagram)
        problems << tr("Pick at least one account.");
    if (templ.trimmed().isEmpty())
        problems << tr("Write the post's text.");
    // A timed post is written now: with no broadcast open, the show's fields would be the
    // preview's sample (a placeholder link, "Your show's title"). Instagram always sends the
    // show's thumbnail; Telegram's Watch button links its watch page.
    const bool usesShow =
        PostTemplate::usesShowFields(templ) || toInstagram ||
        (toTelegram && (!m_button->text().trimmed().isEmpty() || m_withImage->isChecked()));
    if (!m_showOpen && trigger() == AnnouncementSpec::Trigger::At && !m_editing && usesShow)
        problems << tr("No broadcast is open: a timed post cannot use the show's fields, its "
                       "Watch button or its thumbnail yet. Open or create the broadcast first, "
                       "or write the post without them.");
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_submit->setEnabled(problems.isEmpty());
}

void ComposerPane::edit(const Announcement &item)
{
    m_editing = item.id;
    for (int i = 0; i < m_accounts->count(); ++i)
        m_accounts->item(i)->setCheckState(
            m_accounts->item(i)->data(Qt::UserRole).toString() == item.accountId ? Qt::Checked
                                                                                 : Qt::Unchecked);
    m_accounts->setEnabled(false);
    m_trigger->setCurrentIndex(m_trigger->findData(int(AnnouncementSpec::Trigger::At)));
    m_trigger->setEnabled(false);
    m_at->setDateTime(item.scheduledAt.toLocalTime());
    m_label->setText(item.label);
    m_button->setText(item.buttonText);
    m_withImage->setChecked(!item.imageUrl.isEmpty());
    m_template->setPlainText(item.text);
    m_submit->setText(tr("Sa&ve the changes"));
    m_cancelEdit->show();
    updatePreview();
}

void ComposerPane::stopEditing()
{
    m_editing = 0;
    m_accounts->setEnabled(true);
    m_trigger->setEnabled(true);
    m_submit->setText(tr("Sche&dule"));
    m_cancelEdit->hide();
    updatePreview();
}

void ComposerPane::submit()
{
    updatePreview();
    if (!m_submit->isEnabled())
        return;
    const QString templ = m_template->toPlainText();
    const QDateTime at = m_at->dateTime().toUTC();
    AnnouncementStore *store = m_announcements->store();

    if (m_editing) {
        const auto item = store->get(m_editing);
        if (!item)
            return stopEditing();
        const bool telegram = item->platform == SocialAccount::Platform::Telegram;
        const PostPreview p =
            telegram ? PostTemplate::telegram(templ, m_fields, m_withImage->isChecked(),
                                              m_button->text().trimmed(), m_style)
                     : PostTemplate::instagram(templ, m_fields, m_style);
        Announcement edited = *item;
        edited.text = p.text;
        edited.label = m_label->text().trimmed();
        edited.buttonText = p.buttonText;
        edited.buttonUrl = p.buttonUrl;
        edited.imageUrl = p.imageUrl;
        edited.scheduledAt = at;
        const bool changed = m_announcements->edit(edited);
        stopEditing();
        if (!changed)
            m_problems->setText(tr("This post is no longer waiting: it was not changed."));
        return;
    }

    QList<qint64> ids;
    for (const QString &accountId : checkedAccounts()) {
        const auto account = store->account(accountId);
        if (!account)
            continue;
        if (trigger() != AnnouncementSpec::Trigger::At) {
            AnnouncementSpec spec;
            spec.label = m_label->text().trimmed();
            spec.accountId = accountId;
            spec.trigger = trigger();
            spec.minutesBefore = m_minutes->value();
            spec.templ = templ;
            spec.button = m_button->text().trimmed();
            spec.withImage = m_withImage->isChecked();
            m_specs.append(spec);
            continue;
        }
        const bool telegram = account->platform == SocialAccount::Platform::Telegram;
        const PostPreview p =
            telegram ? PostTemplate::telegram(templ, m_fields, m_withImage->isChecked(),
                                              m_button->text().trimmed(), m_style)
                     : PostTemplate::instagram(templ, m_fields, m_style);
        Announcement item;
        item.accountId = accountId;
        item.platform = account->platform;
        item.label = m_label->text().trimmed();
        item.text = p.text;
        item.buttonText = p.buttonText;
        item.buttonUrl = p.buttonUrl;
        item.imageUrl = p.imageUrl;
        item.scheduledAt = at;
        item.dueAt = at;
        if (const qint64 id = m_announcements->schedule(item))
            ids << id;
    }
    if (trigger() == AnnouncementSpec::Trigger::At)
        Q_EMIT scheduled(ids);
    else
        Q_EMIT specsChanged(m_specs);
}

void ComposerPane::setSaveToPreset(SaveToPreset save)
{
    m_saveToPreset = std::move(save);
    m_savePreset->setVisible(bool(m_saveToPreset));
}

} // namespace onair::ui
