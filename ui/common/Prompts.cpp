#include "common/Prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace onair::ui {

void Prompts::confirm(QWidget *parent, const QString &title, const QString &question,
                      Answered answered)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question,
                                QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("confirmPrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, answered = std::move(answered)](int) {
        const bool yes = box->clickedButton() == box->button(QMessageBox::Yes);
        if (answered)
            answered(yes);
    });
    box->open();
}

void Prompts::askText(QWidget *parent, const QString &title, const QString &label,
                      const QString &initial, TextAnswered answered)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("textPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    QObject::connect(dialog, &QInputDialog::finished, dialog,
                     [dialog, answered = std::move(answered)](int result) {
                         if (answered)
                             answered(result == QDialog::Accepted
                                          ? std::optional<QString>(dialog->textValue())
                                          : std::nullopt);
                     });
    dialog->open();
}

void Prompts::choose(QWidget *parent, const QString &title, const QString &label,
                     const QStringList &items, ChoiceAnswered answered)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("choicePrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(false);
    QObject::connect(dialog, &QInputDialog::finished, dialog,
                     [dialog, items, answered = std::move(answered)](int result) {
                         const qsizetype index = items.indexOf(dialog->textValue());
                         if (answered)
                             answered(result == QDialog::Accepted && index >= 0
                                          ? std::optional<int>(int(index))
                                          : std::nullopt);
                     });
    dialog->open();
}

void Prompts::askPath(QWidget *parent, const QString &title, const QString &filter, bool save,
                      const QString &suggestedName, PathAnswered answered)
{
    auto *dialog = new QFileDialog(parent, title, QString(), filter);
    dialog->setObjectName(QStringLiteral("filePrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (!suggestedName.isEmpty())
        dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::finished, dialog,
                     [dialog, answered = std::move(answered)](int result) {
                         const QStringList files = dialog->selectedFiles();
                         if (answered)
                             answered(result == QDialog::Accepted && !files.isEmpty()
                                          ? files.first()
                                          : QString());
                     });
    dialog->open();
}

} // namespace onair::ui
