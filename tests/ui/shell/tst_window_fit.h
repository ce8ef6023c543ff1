#pragma once

#include <QObject>

// The control room in every language it ships in: the whole window (set-up, monitor, ad
// breaks) fits a 1366×768 laptop screen, and every tally word fits its box.
class TestWindowFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fits_data();
    void fits();
};
