#pragma once
// Test helper: a data folder with its database, UI settings and a main window built on them, rebuildable.

#include "ConsoleContext.h"
#include "MainWindow.h"
#include "otp/Clock.h"
#include "otp/OtpEngine.h"
#include "providers/HttpSender.h"
#include "providers/ProviderClient.h"
#include "sandbox/SandboxGateway.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct ConsoleFixture
{
    QTemporaryDir dir;
    std::unique_ptr<smsotp::storage::Database> database;
    std::unique_ptr<QSettings> settings;
    QNetworkAccessManager network;
    std::unique_ptr<smsotp::storage::SecretStore> secrets;
    std::unique_ptr<smsotp::providers::HttpSender> http;
    std::unique_ptr<smsotp::providers::ProviderClient> client;
    smsotp::otp::SystemClock clock;
    std::unique_ptr<smsotp::otp::OtpEngine> engine;
    std::unique_ptr<smsotp::sandbox::SandboxGateway> sandbox;
    std::unique_ptr<smsotp::ui::ConsoleContext> context;
    std::unique_ptr<smsotp::ui::MainWindow> window;

    explicit ConsoleFixture(int busyTimeoutMs = 5000) { open(busyTimeoutMs); }

    // Closes everything and opens the same data folder again, as a restart of the console would.
    void restart(int busyTimeoutMs = 5000)
    {
        window.reset();
        context.reset();
        sandbox.reset();
        engine.reset();
        client.reset();
        http.reset();
        secrets.reset();
        settings.reset();
        database.reset();
        open(busyTimeoutMs);
    }

    // Finds a widget on any page: the pages not shown yet are built first (the window builds a page when first
    // shown).
    template<typename T> T* find(const QString& name) const
    {
        window->pages();
        T* child = window->findChild<T*>(name);
        if (!child)
            qWarning("no child %s", qPrintable(name));
        return child;
    }

    // Names like saveButton exist on every editor page: look inside one page.
    template<typename T> T* findIn(const QString& pageName, const QString& name) const
    {
        QWidget* page = find<QWidget>(pageName);
        T* child = page ? page->findChild<T*>(name) : nullptr;
        if (!child)
            qWarning("no child %s in %s", qPrintable(name), qPrintable(pageName));
        return child;
    }

private:
    void open(int busyTimeoutMs)
    {
        database = std::move(smsotp::storage::Database::open(dir.path(), { busyTimeoutMs }).database);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        if (!database)
            return;
        secrets = std::make_unique<smsotp::storage::SecretStore>(database->profileId());
        http = std::make_unique<smsotp::providers::HttpSender>(network);
        client = std::make_unique<smsotp::providers::ProviderClient>(*http);
        engine = std::make_unique<smsotp::otp::OtpEngine>(smsotp::otp::OtpPolicy {});
        sandbox = std::make_unique<smsotp::sandbox::SandboxGateway>(clock);
        sandbox->start();
        context.reset(new smsotp::ui::ConsoleContext { *database, *secrets, *http, *client, *engine, *sandbox });
        window = std::make_unique<smsotp::ui::MainWindow>(*context, *settings, false);
        window->show();
    }
};
