#pragma once
// The Template Preview's SMS text panel: the text in each locale, side by side, each with its encoding, characters
// and parts counted live and the check's findings (a translation is compared with the default text); adding and
// removing locales and choosing the default; the autofill settings (the WebOTP domain, the Android app hash); Save
// and Revert for all of it at once.

#include "template/SmsLocale.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace smsotp::storage {
class Database;
}

namespace smsotp::ui {

class FieldMessage;
class SmsLocaleEditor;

class PreviewSmsTextPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewSmsTextPanel(storage::Database& database, QWidget* parent = nullptr);

    bool isDirty() const { return m_dirty; }
    // Saves every text, the default locale and the autofill settings in one transaction; false (and why, shown)
    // when a text or a setting has errors, and nothing is saved then.
    bool save();
    void revert();
    // Reads the saved texts again (after a take from a WSO2 server), unless there are unsaved edits.
    void reload();
    // The SMS text as sent in the locale last edited (the default's at first): the template rendered with a sample
    // code of the configured length, and that locale.
    QString renderedText() const { return m_rendered; }
    QString renderedLocale() const { return m_renderedLocale; }
    // Counts again (after the OTP policy may have changed the code's length).
    void refresh();
    // Adds an editor for the locale (en_US, de-DE, ...); false, with the reason shown, for an unknown or present one.
    bool addLocale(const QString& name);
    // The Android app hash of a package and its signing certificate file, into the hash field; the error otherwise.
    QString computeAndroidHash(const QString& packageName, const QString& certificatePath);
    // The editors, the default locale's first.
    QList<SmsLocaleEditor*> editors() const { return m_editors; }

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void renderedChanged(const QString& text);
    void statusMessage(const QString& text);

private:
    QWidget* buildAutofill();
    SmsLocaleEditor* addEditor(const QString& locale, const QString& text);
    void removeEditor(SmsLocaleEditor* editor);
    void makeDefault(SmsLocaleEditor* editor);
    void load();
    tmpl::SmsTexts currentTexts() const;
    void askForAndroidHash();
    void fillLocaleChoices();

    storage::Database& m_database;
    QScrollArea* m_scroll;
    QWidget* m_list;
    QVBoxLayout* m_listLayout;
    QComboBox* m_addLocale;
    QPushButton* m_addButton;
    QLineEdit* m_domain;
    QLineEdit* m_hash;
    QPushButton* m_computeHash;
    FieldMessage* m_message;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QList<SmsLocaleEditor*> m_editors;
    tmpl::SmsTexts m_savedTexts;
    QString m_savedDomain;
    QString m_savedHash;
    SmsLocaleEditor* m_lastEdited = nullptr;
    QString m_rendered;
    QString m_renderedLocale;
    bool m_dirty = false;
    bool m_showsSettingsProblem = false; // the message is about the domain or the hash field
    QString m_loadError; // the saved texts could not be read: nothing may be saved over them
};

} // namespace smsotp::ui
