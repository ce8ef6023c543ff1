#pragma once

#include <QObject>

// The catalogues in translations/: every Russian, Polish and French message is translated,
// and no translation loses or invents a placeholder (%1, %L2, %n) or a keyboard mnemonic.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_data();
    void catalogue();
};
