#pragma once
// Alt+letter must reach one control. Collects the mnemonics of a window's labels with a buddy, buttons, group
// boxes, tabs and menus, and names each letter more than one of them answers to.

#include <QAbstractButton>
#include <QCoreApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMultiMap>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

class Mnemonics
{
public:
    void add(const QString& text)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            m_owners.insert(key.toString(), text);
    }

    // Every control under root that carries a mnemonic; only the visible ones when onlyVisible.
    void addControls(const QWidget& root, bool onlyVisible)
    {
        for (QWidget* w : root.findChildren<QWidget*>()) {
            if (onlyVisible && !w->isVisible())
                continue;
            if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                add(label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                add(button->text());
            else if (auto* group = qobject_cast<QGroupBox*>(w))
                add(group->title());
            else if (auto* bar = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < bar->count(); ++i)
                    add(bar->tabText(i));
            }
        }
    }

    // "Alt+X: text, text" for each mnemonic that more than one control answers to.
    QStringList clashes() const
    {
        QStringList out;
        for (const QString& key : m_owners.uniqueKeys()) {
            if (m_owners.count(key) > 1)
                out.append(key + QStringLiteral(": ") + QStringList(m_owners.values(key)).join(QStringLiteral(", ")));
        }
        return out;
    }

private:
    QMultiMap<QString, QString> m_owners;
};

// The languages the mnemonic checks run in: English (the source) and German.
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
}

// Back to the source language: removes the translators a test installed into the application.
inline void removeTranslations()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
