#include "DatabaseErrorDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace smsotp::ui {

DatabaseErrorDialog::DatabaseErrorDialog(const storage::DbError& error, const QString& filePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("databaseErrorDialog"));
    setWindowTitle(error.title());

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));

    auto* headline = new QLabel(QStringLiteral("<b>%1</b>").arg(error.title().toHtmlEscaped()), this);
    auto* message = new QLabel(error.message(), this);
    message->setObjectName(QStringLiteral("databaseErrorMessage"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);

    auto* details = new QPlainTextEdit(tr("File: %1\n%2").arg(filePath, error.detail), this);
    details->setObjectName(QStringLiteral("databaseErrorDetails"));
    details->setAccessibleName(tr("Technical detail"));
    details->setReadOnly(true);
    details->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    auto* detailsButton = buttons->addButton(tr("Show &details"), QDialogButtonBox::HelpRole);
    detailsButton->setObjectName(QStringLiteral("detailsButton"));
    detailsButton->setCheckable(true);
    connect(detailsButton, &QPushButton::toggled, details, &QWidget::setVisible);
    if (error.canMoveAside()) {
        auto* move = buttons->addButton(tr("&Move aside and start fresh"), QDialogButtonBox::AcceptRole);
        move->setObjectName(QStringLiteral("moveAsideButton"));
        connect(move, &QPushButton::clicked, this, [this] { done(MoveAside); });
    }
    if (error.canRetry()) {
        auto* retry = buttons->addButton(tr("&Try again"), QDialogButtonBox::AcceptRole);
        retry->setObjectName(QStringLiteral("retryButton"));
        connect(retry, &QPushButton::clicked, this, [this] { done(Retry); });
    }
    auto* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(quit, &QPushButton::clicked, this, [this] { done(Quit); });

    auto* text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(message);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(details);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

std::unique_ptr<storage::Database> openDatabaseInteractively(
    const QString& dataDir, const DatabaseErrorChooser& ask, const storage::Database::Options& options)
{
    for (;;) {
        storage::Database::OpenResult opened = storage::Database::open(dataDir, options);
        if (opened.database)
            return std::move(opened.database);
        switch (ask(opened.error)) {
        case DatabaseErrorDialog::Retry:
            continue;
        case DatabaseErrorDialog::MoveAside: {
            const storage::Database::MoveAsideResult moved = storage::Database::moveAside(dataDir);
            if (moved.error.isError() && ask(moved.error) == DatabaseErrorDialog::Quit)
                return nullptr;
            continue;
        }
        case DatabaseErrorDialog::Quit:
            return nullptr;
        }
    }
}

std::unique_ptr<storage::Database> openDatabaseInteractively(const QString& dataDir)
{
    const QString filePath = QDir(dataDir).absoluteFilePath(storage::Database::fileName());
    return openDatabaseInteractively(dataDir, [&](const storage::DbError& error) {
        DatabaseErrorDialog dialog(error, filePath);
        return DatabaseErrorDialog::Choice(dialog.exec());
    });
}

} // namespace smsotp::ui
