#pragma once

#include <QObject>

class TestPresetStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void slug_data();
    void slug();
    void defaultDirectory();
    void saveLoadRoundTrip();
    void editKeepsFileOtherNameRefused();
    void brokenFileLeftUntouched_data();
    void brokenFileLeftUntouched();
    void importExport();
    void importRefusesBrokenAndTaken();
    void renameAndCollision();
    void duplicate();
    void removeAndBadNames();
    void createFromBroadcast();
    void counterAdvances();
    void showPostsSavedInTheirSectionOnly();

private:
    QString m_root;
};
