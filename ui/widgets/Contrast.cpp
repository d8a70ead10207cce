#include "Contrast.h"

#include <algorithm>
#include <cmath>

namespace smsotp::ui {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

// A colour with alpha drawn over its background, as the screen shows it.
QColor over(const QColor& colour, const QColor& background)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
        float(colour.greenF() * a + background.greenF() * (1 - a)),
        float(colour.blueF() * a + background.blueF() * (1 - a)));
}

QColor mix(const QColor& from, const QColor& to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
        float(from.greenF() + (to.greenF() - from.greenF()) * t),
        float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor hintColour(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = over(palette.color(QPalette::WindowText), window);
    QColor hint = over(palette.color(QPalette::PlaceholderText), window);
    // Towards the text colour in small steps until the hint reads; the text colour itself is the last resort.
    for (int step = 1; step <= 10 && contrastRatio(hint, window) < kMinimumTextContrast; ++step)
        hint = mix(over(palette.color(QPalette::PlaceholderText), window), text, step / 10.0);
    return hint;
}

QPalette darkPalette()
{
    const QColor text(0xee, 0xee, 0xee), disabled(0x88, 0x88, 0x88);
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xee, 0xee, 0xee, 128));
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace smsotp::ui
