#include "announce/QueuePane.h"

#include "announce/AnnouncementQueueModel.h"
#include "announce/AnnouncementStore.h"
#include "announce/Announcements.h"
#include "common/ErrorLine.h"

#include <QDesktopServices>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace onair::ui {

namespace {

const QColor kAttention(0xff, 0xd8, 0x80); // amber: the operator must decide

using Model = AnnouncementQueueModel;

// The queue's look: rows that wait for the operator in amber and bold, links underlined.
class QueueLook : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        const bool attention = source.data(Model::NeedsDecisionRole).toBool();
        const bool link =
            index.column() == Model::LinkColumn && source.data(Model::LinkRole).toUrl().isValid();
        switch (role) {
        case Qt::BackgroundRole:
            return attention ? QVariant(kAttention) : QVariant();
        case Qt::ForegroundRole:
            if (attention)
                return QColor(Qt::black);
            return link ? QVariant(QPalette().color(QPalette::Link)) : QVariant();
        case Qt::FontRole: {
            if (!attention && !link)
                return {};
            QFont f;
            f.setBold(attention);
            f.setUnderline(link);
            return f;
        }
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }
};

} // namespace

QueuePane::QueuePane(Announcements *announcements, QWidget *parent)
    : QWidget(parent)
    , m_announcements(announcements)
    , m_attention(new QLabel(this))
    , m_model(new AnnouncementQueueModel(announcements->store(), this))
    , m_table(new QTableView(this))
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
    auto *look = new QueueLook(this);
    look->setSourceModel(m_model);
    m_table->setModel(look);
    // Column widths from the rows in sight, never from the whole queue.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->verticalHeader()->setResizeContentsPrecision(0);
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

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePane::refreshButtons);
    connect(m_table, &QTableView::clicked, this, [](const QModelIndex &index) {
        const QUrl link = index.data(Model::LinkRole).toUrl();
        if (index.column() == Model::LinkColumn && link.isValid())
            QDesktopServices::openUrl(link);
    });
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

    const auto rowsChanged = [this] {
        m_table->resizeColumnsToContents();
        refreshAttention();
        refreshButtons();
    };
    connect(m_model, &Model::rowsInserted, this, rowsChanged);
    connect(m_model, &Model::dataChanged, this, rowsChanged);
    connect(m_model, &Model::loaded, this, &QueuePane::showDamaged);
    connect(m_announcements, &Announcements::changedElsewhere, m_model, &Model::refresh);
    rowsChanged();
}

void QueuePane::showDamaged()
{
    QStringList damaged;
    for (const AnnouncementStore::Damaged &d : m_model->damaged())
        damaged << tr("Item %1 cannot be read (%2); it is left as it is.").arg(d.id).arg(d.problem);
    m_error->showError(damaged.join(QLatin1Char('\n')));
}

int QueuePane::rowOf(qint64 id) const
{
    return m_model->rowOf(id);
}

void QueuePane::select(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void QueuePane::refreshAttention()
{
    const int unconfirmed = m_model->count(Announcement::Status::Unconfirmed);
    const int held = m_model->count(Announcement::Status::Held);
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
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    const Announcement *item = m_model->at(current.row());
    return item ? item->id : 0;
}

void QueuePane::refreshButtons()
{
    using S = Announcement::Status;
    const Announcement *item = selectedId() ? m_model->at(m_table->currentIndex().row()) : nullptr;
    const std::optional<S> s = item ? std::optional<S>(item->status) : std::nullopt;
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
    const QString log = item ? item->log : QString();
    if (m_log->toPlainText() != log)
        m_log->setPlainText(log);
}

void QueuePane::act(bool (Announcements::*op)(qint64))
{
    if (const qint64 id = selectedId())
        (m_announcements->*op)(id);
}

} // namespace onair::ui
