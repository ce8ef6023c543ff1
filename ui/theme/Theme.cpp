#include "theme/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace onair::ui {

namespace {

const QLatin1String kKey("view/theme");

struct Original
{
    bool kept = false;
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original o;
    return o;
}

Theme::Scheme &currentScheme()
{
    static Theme::Scheme s = Theme::Scheme::Light;
    return s;
}

// Dark greys with white text and a strong focus colour: the gallery is dark, and a glaring
// window lights the operator's face and the room.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1e, 0x1f, 0x22);
    const QColor base(0x14, 0x15, 0x17);
    const QColor button(0x2d, 0x2f, 0x33);
    const QColor text(0xf0, 0xf0, 0xf0);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x50, 0x50));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x38, 0x3a, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x26, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x10, 0x10, 0x12));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x7a, 0xe2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

Theme::Scheme Theme::desktopPreference()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark ? Scheme::Dark : Scheme::Light;
#endif
    // The platform theme (GTK, KDE) sets the application palette from the desktop's.
    const QPalette p = original().kept ? original().palette : QGuiApplication::palette();
    return p.color(QPalette::WindowText).lightness() > p.color(QPalette::Window).lightness()
               ? Scheme::Dark
               : Scheme::Light;
}

std::optional<Theme::Scheme> Theme::saved()
{
    const QString value = QSettings().value(kKey).toString();
    if (value == QLatin1String("dark"))
        return Scheme::Dark;
    if (value == QLatin1String("light"))
        return Scheme::Light;
    return std::nullopt; // none, or unreadable: follow the desktop
}

void Theme::apply(Scheme scheme)
{
    Original &o = original();
    if (!o.kept) {
        o.kept = true;
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
    }
    currentScheme() = scheme;
    if (scheme == Scheme::Dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
    }
}

void Theme::choose(Scheme scheme)
{
    apply(scheme);
    QSettings().setValue(kKey,
                         scheme == Scheme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

Theme::Scheme Theme::current()
{
    return currentScheme();
}

} // namespace onair::ui
