#include "announce/QueuePane.h"

#include "announce/AnnouncementStore.h"
#include "announce/Announcements.h"
#include "common/ErrorLine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onair::ui {

namespace {

const QColor kAttention(0xff, 0xd8, 0x80); // amber: the operator must decide

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

bool needsOperator(Announcement::Status s)
{
    return s == Announcement::Status::Unconfirmed || s == Announcement::Status::Held;
}

} // namespace

QueuePane::QueuePane(Announcements *announcements, QWidget *parent)
    : QWidget(parent)
    , m_announcements(announcements)
    , m_attention(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_log(new QPlainTextEdit(this))
    , m_error(new ErrorLine(QStringLiteral("announceQueueError"), this))
    , m_confirmPosted(new QPushButton(tr("It's the&re"), this))
    , m_sendAgain(new QPushButton(tr("Send a&gain…"), this))
    , m_sendNow(new QPushButton(tr("Send no&w"), this))
    , m_retry(new QPushButton(tr("Retr&y"), this))
    , m_edit(new QPushButton(tr("Edi&t"), this))
    , m_duplicate(new QPushButton(tr("&Duplicate"), this))
    , m_cancel(new QPushButton(tr("Cancel post…"), this))
{
    m_attention->setObjectName(QStringLiteral("announceAttention"));
    m_attention->setWordWrap(true);
    m_attention->setStyleSheet(
        QStringLiteral("background: #ffd880; color: black; padding: 4px; font-weight: bold;"));
    m_table->setObjectName(QStringLiteral("announceQueue"));
    m_table->setHorizontalHeaderLabels(
        {tr("Status"), tr("When"), tr("Account"), tr("Post"), tr("Link"), tr("Next attempt")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false); // whole words in each cell; the table scrolls sideways
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_log->setObjectName(QStringLiteral("announceLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumHeight(90);
    m_log->setPlaceholderText(tr("The selected post's log"));
    m_confirmPosted->setObjectName(QStringLiteral("announceConfirmPosted"));
    m_confirmPosted->setToolTip(tr("You saw the post in the channel: mark it published"));
    m_sendAgain->setObjectName(QStringLiteral("announceSendAgain"));
    m_sendAgain->setToolTip(tr("You found no post: send it again (asks first)"));
    m_sendNow->setObjectName(QStringLiteral("announceSendNow"));
    m_retry->setObjectName(QStringLiteral("announceRetry"));
    m_edit->setObjectName(QStringLiteral("announceEdit"));
    m_duplicate->setObjectName(QStringLiteral("announceDuplicate"));
    m_cancel->setObjectName(QStringLiteral("announceCancel"));

    // The operator's decisions on the first row, the queue's upkeep on the second.
    auto *decide = new QHBoxLayout;
    for (QPushButton *b : {m_confirmPosted, m_sendAgain, m_sendNow})
        decide->addWidget(b);
    decide->addStretch();
    auto *upkeep = new QHBoxLayout;
    for (QPushButton *b : {m_retry, m_edit, m_duplicate, m_cancel})
        upkeep->addWidget(b);
    upkeep->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_attention);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(decide);
    layout->addLayout(upkeep);
    layout->addWidget(m_log);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &QueuePane::refreshButtons);
    connect(m_confirmPosted, &QPushButton::clicked, this,
            [this] { act(&Announcements::confirmPosted); });
    connect(m_sendNow, &QPushButton::clicked, this, [this] { act(&Announcements::sendHeld); });
    connect(m_retry, &QPushButton::clicked, this, [this] { act(&Announcements::retry); });
    connect(m_sendAgain, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (!id || !m_confirm)
            return;
        m_confirm(tr("Send again"),
                  tr("OnAir does not know whether this post went out. Sending it again may post "
                     "it twice. Did you look in the channel and find no post?"),
                  [this, id](bool yes) {
                      if (yes)
                          m_announcements->sendAgain(id);
                  });
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (!id || !m_confirm)
            return;
        m_confirm(tr("Cancel post"), tr("Cancel this post? It will not be sent."),
                  [this, id](bool yes) {
                      if (yes)
                          m_announcements->cancel(id);
                  });
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto item = m_announcements->store()->get(selectedId()))
            Q_EMIT editRequested(*item);
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const auto item = m_announcements->store()->get(selectedId());
        if (!item)
            return;
        // The copy waits for its own time: an hour from now when the original's has passed.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime at = item->scheduledAt > now ? item->scheduledAt : now.addSecs(3600);
        if (const qint64 id = m_announcements->duplicate(item->id, at)) {
            select(id);
            if (const auto copy = m_announcements->store()->get(id))
                Q_EMIT editRequested(*copy);
        }
    });

    AnnouncementStore *store = m_announcements->store();
    connect(store, &AnnouncementStore::changed, this, &QueuePane::refreshRow);
    connect(store, &AnnouncementStore::accountsChanged, this, &QueuePane::rebuild);
    connect(m_announcements, &Announcements::changedElsewhere, this, &QueuePane::rebuild);
    rebuild();
}

QString QueuePane::statusText(const Announcement &item, const QDateTime &now)
{
    using S = Announcement::Status;
    switch (item.status) {
    case S::Pending:
        if (item.attempts > 0)
            return tr("Waiting to retry (attempt %1 of %2)")
                .arg(item.attempts + 1)
                .arg(Announcement::kMaxAttempts);
        return item.dueAt.isValid() && item.dueAt <= now ? tr("Due") : tr("Waiting");
    case S::Sending:
        return tr("Sending…");
    case S::Published:
        return tr("Published");
    case S::Failed:
        return tr("Failed");
    case S::Unconfirmed:
        return tr("⚠ UNCONFIRMED");
    case S::Held:
        return tr("⚠ LATE, held");
    case S::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

void QueuePane::rebuild()
{
    const qint64 selected = selectedId();
    m_accountNames.clear();
    for (const SocialAccount &a : m_announcements->store()->accounts())
        m_accountNames.insert(a.id, a.name);
    const QList<Announcement> items = m_announcements->store()->all();
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        m_table->setRowCount(int(items.size()));
        for (int row = 0; row < items.size(); ++row)
            fillRow(row, items.at(row));
    }
    QStringList damaged;
    for (const AnnouncementStore::Damaged &d : m_announcements->store()->damaged())
        damaged << tr("Item %1 cannot be read (%2); it is left as it is.").arg(d.id).arg(d.problem);
    m_error->showError(damaged.join(QLatin1Char('\n')));
    m_table->resizeColumnsToContents();
    select(selected);
    refreshAttention();
    refreshButtons();
}

int QueuePane::rowOf(qint64 id) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, StatusColumn)->data(Qt::UserRole).toLongLong() == id)
            return row;
    return -1;
}

void QueuePane::select(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void QueuePane::refreshRow(qint64 id)
{
    const auto item = m_announcements->store()->get(id);
    if (!item)
        return;
    int row = rowOf(id);
    if (row < 0) {
        row = m_table->rowCount();
        m_table->insertRow(row);
    }
    fillRow(row, *item);
    m_table->resizeColumnsToContents();
    refreshAttention();
    refreshButtons();
}

void QueuePane::fillRow(int row, const Announcement &item)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    using S = Announcement::Status;
    const bool pendingLater = item.status == S::Pending && item.dueAt != item.scheduledAt;
    const QString account = m_accountNames.value(item.accountId, item.accountId);
    const QStringList cells{
        statusText(item, now),
        timeText(item.status == S::Published ? item.publishedAt : item.scheduledAt),
        account,
        item.label.isEmpty() ? item.text.left(60) : item.label,
        QString(),
        pendingLater ? timeText(item.dueAt) : QString()};
    const bool attention = needsOperator(item.status);
    for (int c = 0; c < ColumnCount; ++c) {
        auto *cell = new QTableWidgetItem(cells.at(c));
        if (attention) {
            cell->setBackground(kAttention);
            cell->setForeground(Qt::black);
            QFont f = cell->font();
            f.setBold(true);
            cell->setFont(f);
        }
        m_table->setItem(row, c, cell);
    }
    m_table->item(row, StatusColumn)->setData(Qt::UserRole, item.id);
    m_table->item(row, StatusColumn)->setData(Qt::UserRole + 1, int(item.status));
    m_table->item(row, StatusColumn)->setData(Qt::UserRole + 2, item.log);
    if (item.link.isValid()) {
        auto *link = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                    .arg(item.link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                         item.link.toDisplayString().toHtmlEscaped()),
                                m_table);
        link->setObjectName(QStringLiteral("announceLink"));
        link->setOpenExternalLinks(true);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        m_table->setCellWidget(row, LinkColumn, link);
    } else {
        m_table->removeCellWidget(row, LinkColumn);
    }
}

void QueuePane::refreshAttention()
{
    int unconfirmed = 0, held = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto s =
            Announcement::Status(m_table->item(row, StatusColumn)->data(Qt::UserRole + 1).toInt());
        unconfirmed += s == Announcement::Status::Unconfirmed;
        held += s == Announcement::Status::Held;
    }
    QStringList lines;
    if (unconfirmed)
        lines << tr("%n post(s) may or may not have gone out. Look in the channel, then choose "
                    "\"It's there\" or \"Send again\".",
                    nullptr, unconfirmed);
    if (held)
        lines << tr("%n post(s) were due while OnAir was closed and are held: send now or cancel.",
                    nullptr, held);
    m_attention->setText(lines.join(QLatin1Char('\n')));
    m_attention->setVisible(!lines.isEmpty());
}

qint64 QueuePane::selectedId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, StatusColumn) ||
        !m_table->selectionModel()->isRowSelected(row, QModelIndex()))
        return 0;
    return m_table->item(row, StatusColumn)->data(Qt::UserRole).toLongLong();
}

void QueuePane::refreshButtons()
{
    using S = Announcement::Status;
    const int row = selectedId() ? m_table->currentRow() : -1;
    const std::optional<S> s =
        row < 0
            ? std::nullopt
            : std::optional<S>(S(m_table->item(row, StatusColumn)->data(Qt::UserRole + 1).toInt()));
    const auto in = [&s](std::initializer_list<S> states) {
        return s && std::find(states.begin(), states.end(), *s) != states.end();
    };
    m_confirmPosted->setEnabled(in({S::Unconfirmed}));
    m_sendAgain->setEnabled(in({S::Unconfirmed}));
    m_sendNow->setEnabled(in({S::Held}));
    m_retry->setEnabled(in({S::Failed}));
    m_edit->setEnabled(in({S::Pending, S::Held, S::Failed}));
    m_duplicate->setEnabled(s.has_value());
    m_cancel->setEnabled(in({S::Pending, S::Held, S::Failed, S::Unconfirmed}));
    m_log->setPlainText(
        row < 0 ? QString() : m_table->item(row, StatusColumn)->data(Qt::UserRole + 2).toString());
}

void QueuePane::act(bool (Announcements::*op)(qint64))
{
    if (const qint64 id = selectedId())
        (m_announcements->*op)(id);
}

} // namespace onair::ui
