#pragma once
// Text colours that stay readable: the WCAG contrast ratio, and the colour of secondary text (hints) taken from the
// palette but never fainter than 4.5:1 against the window, in a light or a dark palette.

#include <QColor>
#include <QPalette>

namespace smsotp::ui {

// (L1 + 0.05) / (L2 + 0.05) of the WCAG relative luminances, the lighter first: 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);
// The palette's placeholder colour when it keeps 4.5:1 on the window colour; otherwise the nearest colour between
// it and the window text that does.
QColor hintColour(const QPalette& palette);

inline constexpr double kMinimumTextContrast = 4.5;

// A dark Fusion palette, as a dark desktop gives one: what the tests check the colours against and the screenshots
// show the console in.
QPalette darkPalette();

} // namespace smsotp::ui
