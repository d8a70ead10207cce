// Text keeps a contrast of at least 4.5:1 (WCAG) against its background, in the default (Fusion) palette and in a
// dark one: hints, and the syntax colours of the template editor.

#include "widgets/Contrast.h"
#include "widgets/FieldMessage.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace smsotp;

class TestContrast : public QObject
{
    Q_OBJECT

    static QPalette lightPalette()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusion->standardPalette();
    }

private Q_SLOTS:
    void ratioOfKnownPairs()
    {
        QCOMPARE(qRound(ui::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(ui::contrastRatio(Qt::white, Qt::black), ui::contrastRatio(Qt::black, Qt::white));
        QCOMPARE(ui::contrastRatio(QColor(0x76, 0x76, 0x76), QColor(0x76, 0x76, 0x76)), 1.0);
        // #767676 on white is the classic just-passing grey (4.54:1); #777777 just fails (4.48:1).
        QVERIFY(ui::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(ui::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void hintsReadInLightAndDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("Fusion light") << lightPalette();
        QTest::newRow("dark") << ui::darkPalette();
        QPalette faint = lightPalette();
        faint.setColor(QPalette::PlaceholderText, QColor(0xcc, 0xcc, 0xcc));
        QTest::newRow("a faint placeholder colour") << faint;
    }

    void hintsReadInLightAndDark()
    {
        QFETCH(QPalette, palette);
        const QColor window = palette.color(QPalette::Window);
        QVERIFY2(ui::contrastRatio(ui::hintColour(palette), window) >= ui::kMinimumTextContrast,
            qPrintable(ui::hintColour(palette).name()));

        // The colour the hint label of a field message really gets.
        QWidget host;
        host.setPalette(palette);
        ui::FieldMessage message(&host);
        message.setMessage(ui::FieldMessage::Kind::Hint, QStringLiteral("A hint"));
        const auto labels = message.findChildren<QLabel*>();
        bool found = false;
        for (QLabel* label : labels) {
            if (label->text() != u"A hint")
                continue;
            found = true;
            const double ratio = ui::contrastRatio(label->palette().color(QPalette::WindowText), window);
            QVERIFY2(ratio >= ui::kMinimumTextContrast, qPrintable(QString::number(ratio)));
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestContrast)
#include "TestContrast.moc"
