#pragma once
// Ready-made custom provider settings for documented HTTP SMS gateways: a starting point the user completes.

#include "CustomProvider.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace smsotp::providers::custom {

struct Preset
{
    QString name; // "kannel": what the CLI takes
    QString title; // "Kannel sendsms (GET)"
    QString documentation; // the page the preset follows
    QString fillIn; // what the user must still enter, one sentence
    Config config;
};

// Kannel's sendsms, a WSO2-compatible JSON POST, Plivo's and Sinch's SMS APIs, in that order (texts in the
// current language).
QList<Preset> presets();
// The preset of that name (compared without regard to case).
std::optional<Preset> findPreset(QStringView name);

} // namespace smsotp::providers::custom
