#pragma once
// What the console shows when its database cannot be opened, and the loop that offers the ways out.

#include "storage/Database.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace smsotp::ui {

class DatabaseErrorDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        Quit = 0,
        Retry = 1,
        MoveAside = 2
    };

    DatabaseErrorDialog(const storage::DbError& error, const QString& filePath, QWidget* parent = nullptr);
};

using DatabaseErrorChooser = std::function<DatabaseErrorDialog::Choice(const storage::DbError& error)>;

// Opens the database in dataDir; on failure asks (Retry, Move aside and start fresh, Quit) until it opens
// or the user quits (null). The broken file is never deleted, only renamed.
std::unique_ptr<storage::Database> openDatabaseInteractively(
    const QString& dataDir, const DatabaseErrorChooser& ask, const storage::Database::Options& options = {});
// The same, asking with a DatabaseErrorDialog.
std::unique_ptr<storage::Database> openDatabaseInteractively(const QString& dataDir);

} // namespace smsotp::ui
