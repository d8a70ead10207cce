#include "SmsLocaleEditor.h"

#include "widgets/FieldMessage.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
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
        return SmsLocaleEditor::tr("“%1” is not in GSM-7: the whole message goes as UCS-2 (70 characters per "
                                   "part). There is no GSM-7 look-alike for it.")
            .arg(character);
    if (replacement->isEmpty())
        return SmsLocaleEditor::tr("“%1” (U+%2) is not in GSM-7 and makes the whole message UCS-2. It can simply "
                                   "be removed.")
            .arg(character)
            .arg(uint(value), 4, 16, QLatin1Char('0'));
    return SmsLocaleEditor::tr("“%1” is not in GSM-7 and makes the whole message UCS-2 (70 characters per part). "
                               "Use “%2” instead.")
        .arg(character, *replacement);
}

// "de_DE — German (Germany)": the name WSO2 uses and the one people read.
QString localeTitle(const QString& locale)
{
    const QLocale l(locale);
    return QStringLiteral("%1 — %2 (%3)")
        .arg(locale, QLocale::languageToString(l.language()), QLocale::territoryToString(l.territory()));
}

} // namespace

SmsLocaleEditor::SmsLocaleEditor(const QString& locale, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_locale(locale)
    , m_title(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_replaceUcs2(new QPushButton(tr("Replace with GSM-7"), this))
    , m_makeDefault(new QPushButton(tr("Make default"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_edit(new QPlainTextEdit(text, this))
    , m_message(new FieldMessage(this))
{
    setObjectName(QStringLiteral("smsLocaleEditor_") + locale);
    m_title->setObjectName(QStringLiteral("smsLocaleTitle"));
    m_title->setText(localeTitle(locale));
    m_title->setBuddy(m_edit);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_edit->setObjectName(QStringLiteral("smsTextEdit"));
    m_edit->setAccessibleName(tr("SMS text template, %1").arg(locale));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    // Three lines each, so several locales fit side by side; a longer text scrolls in its own editor.
    m_edit->setFixedHeight(kSmsTextLines * m_edit->fontMetrics().lineSpacing() + 2 * m_edit->frameWidth()
        + int(m_edit->document()->documentMargin() * 2));
    m_edit->viewport()->installEventFilter(this);
    m_counter->setObjectName(QStringLiteral("smsCounterLabel"));
    m_message->setObjectName(QStringLiteral("smsTextMessage"));
    m_replaceUcs2->setObjectName(QStringLiteral("smsReplaceGsm7Button"));
    m_replaceUcs2->setAccessibleName(tr("Replace the characters that force UCS-2 with their GSM-7 look-alikes"));
    m_makeDefault->setObjectName(QStringLiteral("smsMakeDefaultButton"));
    m_makeDefault->setAccessibleName(tr("Make %1 the default locale").arg(locale));
    m_remove->setObjectName(QStringLiteral("smsRemoveLocaleButton"));
    m_remove->setAccessibleName(tr("Remove the %1 text").arg(locale));

    // The locale and what the text costs above it; what is wrong with it and its actions below.
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_counter);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_message, 1);
    footer->addWidget(m_replaceUcs2, 0, Qt::AlignTop);
    footer->addWidget(m_makeDefault, 0, Qt::AlignTop);
    footer->addWidget(m_remove, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_edit);
    layout->addLayout(footer);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        check(m_context);
        Q_EMIT edited();
    });
    connect(m_replaceUcs2, &QPushButton::clicked, this, &SmsLocaleEditor::replaceUcs2Characters);
    connect(m_makeDefault, &QPushButton::clicked, this, &SmsLocaleEditor::makeDefaultRequested);
    connect(m_remove, &QPushButton::clicked, this, &SmsLocaleEditor::removeRequested);
}

QString SmsLocaleEditor::text() const
{
    return m_edit->toPlainText();
}

void SmsLocaleEditor::setText(const QString& text)
{
    m_edit->setPlainText(text);
}

void SmsLocaleEditor::setDefault(bool isDefault)
{
    m_default = isDefault;
    m_title->setText(isDefault ? tr("%1 · default").arg(localeTitle(m_locale)) : localeTitle(m_locale));
    m_makeDefault->setVisible(!isDefault);
    m_remove->setVisible(!isDefault);
}

void SmsLocaleEditor::check(const tmpl::SmsTextContext& context)
{
    m_context = context;
    m_report = tmpl::checkSmsText(text(), context);
    const tmpl::SmsSegments& segments = m_report.segments;
    m_counter->setText(tr("%1, %2 characters, %n part(s)", nullptr, segments.parts)
                           .arg(tmpl::encodingName(segments.encoding))
                           .arg(segments.characters));
    markUcs2Characters();
    // The first error, else the first warning, else what the placeholders are.
    const tmpl::SmsTextFinding* shown = nullptr;
    for (const tmpl::SmsTextFinding& f : m_report.findings) {
        if (!shown || (f.severity == tmpl::SmsTextSeverity::Error && shown->severity != tmpl::SmsTextSeverity::Error))
            shown = &f;
    }
    const int more = int(m_report.findings.size()) - 1;
    if (shown) {
        QString message = shown->position.offset > 0 || shown->position.line > 1
            ? tr("Line %1, column %2: %3").arg(shown->position.line).arg(shown->position.column).arg(shown->message)
            : shown->message;
        if (more > 0)
            message += QLatin1Char(' ') + tr("(%n more in the tooltip)", nullptr, more);
        QStringList all;
        for (const tmpl::SmsTextFinding& f : m_report.findings)
            all.append(f.line());
        m_message->setMessage(
            shown->severity == tmpl::SmsTextSeverity::Error ? FieldMessage::Kind::Error : FieldMessage::Kind::Warning,
            message);
        m_message->setToolTip(all.join(QLatin1Char('\n')));
    } else if (!segments.ucs2Characters.isEmpty()) {
        QStringList which;
        for (const tmpl::Ucs2Character& c : segments.ucs2Characters)
            which.append(c.replacement ? tr("%1 (use “%2”)").arg(c.character, *c.replacement) : c.character);
        m_message->setMessage(FieldMessage::Kind::Warning,
            tr("These characters make the whole message UCS-2 (70 per part instead of 160): %1")
                .arg(which.join(QStringLiteral(", "))));
        m_message->setToolTip({});
    } else if (!m_default) {
        m_message->clear(); // the hint is said once, under the default text
        m_message->setToolTip({});
    } else {
        m_message->setMessage(FieldMessage::Kind::Hint,
            tr("{{confirmation-code}} is the code, {{otp-expiry-time}} its lifetime in minutes, {{application-name}} "
               "the application. Counted with a code of the configured length."));
        m_message->setToolTip({});
    }
}

// Each character that forces UCS-2 is marked, with its GSM-7 stand-in in the tooltip when there is one.
void SmsLocaleEditor::markUcs2Characters()
{
    QList<QTextEdit::ExtraSelection> marks;
    bool anyReplaceable = false;
    const QString templateText = text();
    for (const CodePointAt& cp : ucs2Occurrences(templateText)) {
        const std::optional<QString> replacement = tmpl::gsm7Replacement(cp.value);
        anyReplaceable = anyReplaceable || replacement.has_value();
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_edit->document());
        mark.cursor.setPosition(int(cp.offset));
        mark.cursor.setPosition(int(cp.offset + cp.length), QTextCursor::KeepAnchor);
        mark.format.setBackground(QColor(0xff, 0xd8, 0x66));
        mark.format.setForeground(QColor(Qt::black));
        mark.format.setToolTip(ucs2Explanation(templateText.mid(cp.offset, cp.length), cp.value, replacement));
        marks.append(mark);
    }
    m_edit->setExtraSelections(marks);
    m_replaceUcs2->setEnabled(anyReplaceable);
}

void SmsLocaleEditor::replaceUcs2Characters()
{
    const QList<CodePointAt> found = ucs2Occurrences(text());
    // One edit block, from the end so the earlier offsets hold: Ctrl+Z puts every character back at once.
    QTextCursor cursor(m_edit->document());
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

bool SmsLocaleEditor::eventFilter(QObject* watched, QEvent* event)
{
    // A plain text edit shows no tooltips of its own: the marks on UCS-2 characters are explained here.
    if (watched == m_edit->viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int position = m_edit->cursorForPosition(help->pos()).position();
        for (const QTextEdit::ExtraSelection& mark : m_edit->extraSelections()) {
            // The cursor lands before or after the character under the mouse, depending on which half it is on.
            if (position >= mark.cursor.selectionStart() && position <= mark.cursor.selectionEnd()) {
                QToolTip::showText(help->globalPos(), mark.format.toolTip(), m_edit->viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace smsotp::ui
