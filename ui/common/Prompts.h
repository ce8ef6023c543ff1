#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace onair::ui {

// The window's questions without a nested event loop: each dialog is window-modal, opened
// with open(), deletes itself when closed and hands its answer to a completion (called once,
// and only while the parent lives). Panels take these as replaceable hooks so that tests can
// answer without a dialog.
class Prompts
{
public:
    using Answered = std::function<void(bool yes)>;
    using Confirm =
        std::function<void(const QString &title, const QString &question, Answered answered)>;
    using TextAnswered = std::function<void(std::optional<QString> text)>; // nullopt: cancelled
    using PathAnswered = std::function<void(const QString &path)>;         // empty: cancelled
    using ChoiceAnswered = std::function<void(std::optional<int> index)>;  // nullopt: cancelled
    using Choose = std::function<void(const QString &title, const QString &label,
                                      const QStringList &items, ChoiceAnswered answered)>;

    // Yes / Cancel, Cancel being the default: a stray Enter or Space on it answers no.
    static void confirm(QWidget *parent, const QString &title, const QString &question,
                        Answered answered);
    static void askText(QWidget *parent, const QString &title, const QString &label,
                        const QString &initial, TextAnswered answered);
    // One of `items` (none picked beforehand), or cancelled.
    static void choose(QWidget *parent, const QString &title, const QString &label,
                       const QStringList &items, ChoiceAnswered answered);
    // An existing file to open, or (save) a file to write, filtered by `filter`.
    static void askPath(QWidget *parent, const QString &title, const QString &filter, bool save,
                        const QString &suggestedName, PathAnswered answered);
};

} // namespace onair::ui
