// SecretField and its RevealButton: a stored secret shows only while Reveal is held (mouse or Space).
#include "widgets/SecretField.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace smsotp;
using ui::SecretField;

class TestSecretField : public QObject
{
    Q_OBJECT

    static constexpr auto kValue = "s3cr3t-value";

    // A stored field that answers each reveal request at once, as the keychain would a moment later.
    struct Stored
    {
        QWidget window;
        SecretField* field = new SecretField(QStringLiteral("token"), QStringLiteral("Auth token"), &window);
        QToolButton* reveal = field->findChild<QToolButton*>(QStringLiteral("tokenRevealButton"));
        int requests = 0;

        Stored()
        {
            field->setStored(true);
            QObject::connect(field, &SecretField::revealRequested, field, [this] {
                ++requests;
                field->showRevealed(QString::fromLatin1(kValue));
            });
            window.show();
        }
    };

private Q_SLOTS:
    void mousePressShowsAndReleaseHides()
    {
        Stored s;
        QVERIFY(s.reveal);
        QVERIFY(!s.reveal->isCheckable());
        QCOMPARE(s.field->lineEdit()->text(), ui::secretMask());
        QTest::mousePress(s.reveal, Qt::LeftButton);
        QCOMPARE(s.field->state(), SecretField::State::Revealed);
        QCOMPARE(s.field->lineEdit()->text(), QString::fromLatin1(kValue));
        QTest::mouseRelease(s.reveal, Qt::LeftButton);
        QCOMPARE(s.field->state(), SecretField::State::Stored);
        QCOMPARE(s.field->lineEdit()->text(), ui::secretMask());
        QCOMPARE(s.requests, 1);
    }

    void spacePressShowsAndReleaseHides()
    {
        Stored s;
        s.reveal->setFocus();
        QTest::keyPress(s.reveal, Qt::Key_Space);
        QCOMPARE(s.field->state(), SecretField::State::Revealed);
        QCOMPARE(s.field->lineEdit()->text(), QString::fromLatin1(kValue));
        QTest::keyRelease(s.reveal, Qt::Key_Space);
        QCOMPARE(s.field->state(), SecretField::State::Stored);
        QCOMPARE(s.field->lineEdit()->text(), ui::secretMask());
    }

    // A click is a press and a release: nothing stays in clear afterwards.
    void aClickNeverLatches()
    {
        Stored s;
        s.reveal->click();
        QCOMPARE(s.field->state(), SecretField::State::Stored);
        QCOMPARE(s.field->lineEdit()->text(), ui::secretMask());
        QTest::mouseClick(s.reveal, Qt::LeftButton);
        QCOMPARE(s.field->lineEdit()->text(), ui::secretMask());
    }

    // The keychain answers after the button was let go: the value is not shown.
    void aLateAnswerIsIgnored()
    {
        QWidget window;
        auto* field = new SecretField(QStringLiteral("token"), QStringLiteral("Auth token"), &window);
        field->setStored(true);
        window.show();
        auto* reveal = field->findChild<QToolButton*>(QStringLiteral("tokenRevealButton"));
        QSignalSpy requested(field, &SecretField::revealRequested);
        QTest::mousePress(reveal, Qt::LeftButton);
        QTest::mouseRelease(reveal, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        field->showRevealed(QString::fromLatin1(kValue));
        QCOMPARE(field->state(), SecretField::State::Stored);
        QCOMPARE(field->lineEdit()->text(), ui::secretMask());
    }

    // Dragging off the button while holding it ends the reveal, as letting go does.
    void draggingOffHides()
    {
        Stored s;
        QTest::mousePress(s.reveal, Qt::LeftButton);
        QCOMPARE(s.field->state(), SecretField::State::Revealed);
        QMouseEvent away(QEvent::MouseMove, QPointF(-20, -20), s.reveal->mapToGlobal(QPointF(-20, -20)), Qt::NoButton,
            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(s.reveal, &away);
        QCOMPARE(s.field->state(), SecretField::State::Stored);
        QTest::mouseRelease(s.reveal, Qt::LeftButton, {}, QPoint(-20, -20));
        QCOMPARE(s.field->lineEdit()->text(), ui::secretMask());
    }

    void namesAndAccessibleNames()
    {
        QWidget window;
        auto* field = new SecretField(QStringLiteral("token"), QStringLiteral("Auth token"), &window);
        for (const char* name : { "tokenEdit", "tokenReplaceButton", "tokenRevealButton" }) {
            auto* widget = field->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        QVERIFY(field->findChild<QWidget*>(QStringLiteral("tokenRevealButton"))
                    ->accessibleName()
                    .contains(QStringLiteral("while pressed")));
    }
};

QTEST_MAIN(TestSecretField)
#include "TestSecretField.moc"
