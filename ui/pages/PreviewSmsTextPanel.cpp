#include "PreviewSmsTextPanel.h"

#include "storage/SettingsRepository.h"
#include "template/SmsSegments.h"
#include "template/SmsText.h"
#include "widgets/FieldMessage.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QToolTip>
#include <QVBoxLayout>

namespace smsotp::ui {

namespace {

constexpr int kSmsTextLines = 3;

struct CodePointAt
{
    qsizetype offset;
    qsizetype length;
    char32_t value;
};

// The characters of an SMS text that GSM-7 cannot carry, each occurrence with its place.
QList<CodePointAt> ucs2Occurrences(QStringView text)
{
    QList<CodePointAt> found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        CodePointAt cp { i, 1, c.unicode() };
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            cp = { i, 2, QChar::surrogateToUcs4(c, text.at(i + 1)) };
        if (tmpl::gsm7Septets(cp.value) == 0)
            found.append(cp);
        i += cp.length - 1;
    }
    return found;
}

QString ucs2Explanation(const QString& character, char32_t value, const std::optional<QString>& replacement)
{
    if (!replacement)
        return PreviewSmsTextPanel::tr("“%1” is not in GSM-7: the whole message goes as UCS-2 (70 characters per "
                                       "part). There is no GSM-7 look-alike for it.")
            .arg(character);
    if (replacement->isEmpty())
        return PreviewSmsTextPanel::tr("“%1” (U+%2) is not in GSM-7 and makes the whole message UCS-2. It can simply "
                                       "be removed.")
            .arg(character)
            .arg(uint(value), 4, 16, QLatin1Char('0'));
    return PreviewSmsTextPanel::tr("“%1” is not in GSM-7 and makes the whole message UCS-2 (70 characters per part). "
                                   "Use “%2” instead.")
        .arg(character, *replacement);
}

} // namespace

PreviewSmsTextPanel::PreviewSmsTextPanel(storage::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_smsText(new QPlainTextEdit(this))
    , m_smsCounter(new QLabel(this))
    , m_replaceUcs2(new QPushButton(tr("Replace with GSM-&7"), this))
    , m_smsMessage(new FieldMessage(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("previewSmsTextPanel"));
    m_smsText->setObjectName(QStringLiteral("smsTextEdit"));
    m_smsText->setAccessibleName(tr("SMS text template"));
    m_smsText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_smsText->setTabChangesFocus(true);
    m_smsText->setMinimumHeight(kSmsTextLines * m_smsText->fontMetrics().lineSpacing());
    m_smsText->viewport()->installEventFilter(this);
    m_smsCounter->setObjectName(QStringLiteral("smsCounterLabel"));
    m_smsCounter->setWordWrap(true);
    m_smsMessage->setObjectName(QStringLiteral("smsTextMessage"));
    m_replaceUcs2->setObjectName(QStringLiteral("smsReplaceGsm7Button"));
    m_replaceUcs2->setAccessibleName(tr("Replace the characters that force UCS-2 with their GSM-7 look-alikes"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the SMS text"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setAccessibleName(tr("Revert the SMS text"));

    auto* label = new QLabel(tr("SMS te&xt sent with the code"), this);
    label->setObjectName(QStringLiteral("smsTextLabel"));
    label->setBuddy(m_smsText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_smsCounter, 1);
    buttons->addWidget(m_replaceUcs2);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_smsText, 1);
    layout->addWidget(m_smsMessage);
    layout->addLayout(buttons);

    connect(m_smsText, &QPlainTextEdit::textChanged, this, &PreviewSmsTextPanel::refresh);
    connect(m_replaceUcs2, &QPushButton::clicked, this, &PreviewSmsTextPanel::replaceUcs2Characters);
    connect(m_saveButton, &QPushButton::clicked, this, &PreviewSmsTextPanel::save);
    connect(m_revertButton, &QPushButton::clicked, this, &PreviewSmsTextPanel::revert);

    m_savedSmsText = storage::SettingsRepository(m_database).smsText().value;
    m_smsText->setPlainText(m_savedSmsText);
}

void PreviewSmsTextPanel::refresh()
{
    const tmpl::SmsText text(m_smsText->toPlainText());
    const auto policy = storage::SettingsRepository(m_database).loadPolicy().policy;
    tmpl::SmsTextValues values;
    values.confirmationCode = QString(policy.length, policy.numericOnly ? QLatin1Char('8') : QLatin1Char('W'));
    values.expiryMinutes = tmpl::SmsText::expiryMinutesFor(policy.expirySeconds);
    values.applicationName = tr("SMS OTP Console");
    const QString rendered = text.render(values).text;
    markUcs2Characters();
    showCheck(rendered);

    const bool dirty = m_smsText->toPlainText() != m_savedSmsText;
    m_saveButton->setEnabled(dirty && text.check().isEmpty());
    m_revertButton->setEnabled(dirty);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    if (rendered != m_rendered) {
        m_rendered = rendered;
        Q_EMIT renderedChanged(rendered);
    }
}

// Each character that forces UCS-2 is marked, with its GSM-7 stand-in in the tooltip when there is one.
void PreviewSmsTextPanel::markUcs2Characters()
{
    QList<QTextEdit::ExtraSelection> marks;
    bool anyReplaceable = false;
    const QString templateText = m_smsText->toPlainText();
    for (const CodePointAt& cp : ucs2Occurrences(templateText)) {
        const std::optional<QString> replacement = tmpl::gsm7Replacement(cp.value);
        anyReplaceable = anyReplaceable || replacement.has_value();
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_smsText->document());
        mark.cursor.setPosition(int(cp.offset));
        mark.cursor.setPosition(int(cp.offset + cp.length), QTextCursor::KeepAnchor);
        mark.format.setBackground(QColor(0xff, 0xd8, 0x66));
        mark.format.setForeground(QColor(Qt::black));
        mark.format.setToolTip(ucs2Explanation(templateText.mid(cp.offset, cp.length), cp.value, replacement));
        marks.append(mark);
    }
    m_smsText->setExtraSelections(marks);
    m_replaceUcs2->setEnabled(anyReplaceable);
}

void PreviewSmsTextPanel::showCheck(const QString& rendered)
{
    const QList<tmpl::SmsTextError> errors = tmpl::SmsText(m_smsText->toPlainText()).check();
    const tmpl::SmsSegments segments = tmpl::countSmsSegments(rendered);
    m_smsCounter->setText(
        tr("%1, %2 characters, %n part(s)", nullptr, segments.parts)
            .arg(segments.encoding == tmpl::SmsEncoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2"))
            .arg(segments.characters));
    if (!errors.isEmpty()) {
        m_smsMessage->setMessage(FieldMessage::Kind::Error, errors.first().message);
    } else if (!segments.ucs2Characters.isEmpty()) {
        QStringList which;
        for (const tmpl::Ucs2Character& c : segments.ucs2Characters)
            which.append(c.replacement ? tr("%1 (use “%2”)").arg(c.character, *c.replacement) : c.character);
        m_smsMessage->setMessage(FieldMessage::Kind::Warning,
            tr("These characters make the whole message UCS-2 (70 per part instead of 160): %1")
                .arg(which.join(QStringLiteral(", "))));
    } else {
        m_smsMessage->setMessage(FieldMessage::Kind::Hint,
            tr("{{confirmation-code}} is the code, {{otp-expiry-time}} its lifetime in minutes, {{application-name}} "
               "the application. Counted with a code of the configured length."));
    }
}

bool PreviewSmsTextPanel::save()
{
    if (!tmpl::SmsText(m_smsText->toPlainText()).check().isEmpty())
        return false;
    const storage::DbError error = storage::SettingsRepository(m_database).setSmsText(m_smsText->toPlainText());
    if (error.isError()) {
        m_smsMessage->setMessage(FieldMessage::Kind::Error, tr("Not saved: %1").arg(error.message()));
        return false;
    }
    m_savedSmsText = m_smsText->toPlainText();
    refresh();
    Q_EMIT statusMessage(tr("SMS text saved."));
    return true;
}

void PreviewSmsTextPanel::revert()
{
    m_smsText->setPlainText(m_savedSmsText);
}

void PreviewSmsTextPanel::replaceUcs2Characters()
{
    const QString text = m_smsText->toPlainText();
    const QList<CodePointAt> found = ucs2Occurrences(text);
    // One edit block, from the end so the earlier offsets hold: Ctrl+Z puts every character back at once.
    QTextCursor cursor(m_smsText->document());
    cursor.beginEditBlock();
    int replaced = 0;
    for (auto cp = found.crbegin(); cp != found.crend(); ++cp) {
        const std::optional<QString> replacement = tmpl::gsm7Replacement(cp->value);
        if (!replacement)
            continue;
        cursor.setPosition(int(cp->offset));
        cursor.setPosition(int(cp->offset + cp->length), QTextCursor::KeepAnchor);
        cursor.insertText(*replacement);
        ++replaced;
    }
    cursor.endEditBlock();
    Q_EMIT statusMessage(tr("%n character(s) replaced with GSM-7.", nullptr, replaced));
}

bool PreviewSmsTextPanel::eventFilter(QObject* watched, QEvent* event)
{
    // A plain text edit shows no tooltips of its own: the marks on UCS-2 characters are explained here.
    if (watched == m_smsText->viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int position = m_smsText->cursorForPosition(help->pos()).position();
        for (const QTextEdit::ExtraSelection& mark : m_smsText->extraSelections()) {
            // The cursor lands before or after the character under the mouse, depending on which half it is on.
            if (position >= mark.cursor.selectionStart() && position <= mark.cursor.selectionEnd()) {
                QToolTip::showText(help->globalPos(), mark.format.toolTip(), m_smsText->viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace smsotp::ui
