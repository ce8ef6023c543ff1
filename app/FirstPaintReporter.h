#pragma once

#include <QObject>

class QWidget;

namespace onair {

// For the start-up benchmark (ONAIR_REPORT_FIRST_PAINT=1): once the main window has painted
// for the first time, prints "onair-first-paint: epochMs=… rssKb=…" to stderr and goes away.
class FirstPaintReporter : public QObject
{
    Q_OBJECT

public:
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    void report();
};

} // namespace onair
