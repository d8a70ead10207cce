#pragma once
// The About box: version, and why SMS is a restricted authenticator (NIST SP 800-63B).

#include <QDialog>

namespace smsotp::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The NIST notice, also shown elsewhere where SMS is chosen (SECURITY.md 30).
    static QString restrictedAuthenticatorNotice();
};

} // namespace smsotp::ui
