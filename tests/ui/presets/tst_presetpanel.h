#pragma once

#include <QObject>

// The preset panel as the operator uses it: duplicate, rename, export, import (a broken file
// is refused and loses nothing), delete (asked first).
class TestPresetPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manageFiles();
};
