#pragma once
// Test helper: a data folder with its database, UI settings and a main window built on them, rebuildable.

#include "MainWindow.h"
#include "storage/Database.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct ConsoleFixture
{
    QTemporaryDir dir;
    std::unique_ptr<smsotp::storage::Database> database;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<smsotp::ui::MainWindow> window;

    explicit ConsoleFixture(int busyTimeoutMs = 5000) { open(busyTimeoutMs); }

    // Closes everything and opens the same data folder again, as a restart of the console would.
    void restart(int busyTimeoutMs = 5000)
    {
        window.reset();
        settings.reset();
        database.reset();
        open(busyTimeoutMs);
    }

    template<typename T> T* find(const QString& name) const
    {
        T* child = window->findChild<T*>(name);
        if (!child)
            qWarning("no child %s", qPrintable(name));
        return child;
    }

private:
    void open(int busyTimeoutMs)
    {
        database = std::move(smsotp::storage::Database::open(dir.path(), { busyTimeoutMs }).database);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        if (!database)
            return;
        window = std::make_unique<smsotp::ui::MainWindow>(*database, *settings, false);
        window->show();
    }
};
