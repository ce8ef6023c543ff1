#pragma once

#include <QObject>

// The control room under the operator's hands: no two mnemonics (or a mnemonic and an Alt
// shortcut) on one key in any window or dialog, in each of the four languages as the app loads
// them; the broadcast form's Tab order follows the form, one press a field; the README's key
// table is the shortcut registry's.
class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mnemonicsDoNotCollide_data();
    void mnemonicsDoNotCollide();
    void tabOrderFollowsTheForm();
    void readmeKeyTableIsTheRegistry();
};
