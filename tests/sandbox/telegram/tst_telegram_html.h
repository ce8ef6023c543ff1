#pragma once

#include <QObject>

// The sandbox's Telegram HTML the other way (HtmlEntities::toHtml, for the read-back page):
// entities become tags again, everything else is escaped, unsafe links are dropped, and
// entities that overlap without nesting still give well-formed HTML.
class TestTelegramHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toHtml_data();
    void toHtml();
};
