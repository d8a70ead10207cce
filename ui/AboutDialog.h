#pragma once
// The About box: version, licence, the Qt version, the data folder, and why SMS is a restricted authenticator
// (NIST SP 800-63B).

#include <QDialog>

namespace smsotp::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString& dataDir, QWidget* parent = nullptr);

    // The NIST notice, also shown elsewhere where SMS is chosen (SECURITY.md 30).
    static QString restrictedAuthenticatorNotice();
};

} // namespace smsotp::ui
