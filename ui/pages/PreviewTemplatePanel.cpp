#include "PreviewTemplatePanel.h"

#include "providers/CustomProvider.h"
#include "template/JsonTemplateFormat.h"
#include "widgets/FieldMessage.h"
#include "widgets/TemplateHighlighter.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace smsotp::ui {

namespace {

constexpr int kFindingRole = Qt::UserRole + 1; // index into m_findings, -1 for a problem of the request itself
constexpr int kTemplateLines = 5;
constexpr int kProblemLines = 4;

// The lint's messages start with "Line L, column C: "; the list shows "L:C" in front instead.
QString withoutLocation(const QString& message, const tmpl::TextPosition& at)
{
    for (const char* context : { "smsotp::tmpl::TemplateLint", "smsotp::tmpl::PayloadTemplate" }) {
        const QString prefix
            = QCoreApplication::translate(context, "Line %1, column %2: %3").arg(at.line).arg(at.column).arg(QString());
        if (!prefix.isEmpty() && message.startsWith(prefix))
            return message.mid(prefix.size());
    }
    return message;
}

bool pointsAtSpot(const tmpl::LintFinding& finding)
{
    return finding.source == tmpl::LintSource::Template && finding.kind != tmpl::LintKind::MissingMobile
        && finding.kind != tmpl::LintKind::MissingBody;
}

// Sizes each problem to the list's width, so a sentence wraps onto as many lines as it needs instead of
// running off to the right (a list view otherwise measures an item as one unbroken line).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QAbstractItemView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem wrapped = option;
        wrapped.features |= QStyleOptionViewItem::WrapText;
        wrapped.rect.setWidth(m_view->viewport()->width());
        const QSize natural = QStyledItemDelegate::sizeHint(wrapped, index);
        return { m_view->viewport()->width(), natural.height() };
    }

private:
    QAbstractItemView* m_view;
};

} // namespace

PreviewTemplatePanel::PreviewTemplatePanel(QWidget* parent)
    : QWidget(parent)
    , m_templateBox(new QGroupBox(tr("Payload template"), this))
    , m_template(new QPlainTextEdit(this))
    , m_highlighter(new TemplateHighlighter(m_template->document()))
    , m_templateState(new QLabel(this))
    , m_formatJson(new QPushButton(tr("Format &JSON"), this))
    , m_resetTemplate(new QPushButton(tr("Back to sa&ved"), this))
    , m_problems(new QListWidget(this))
    , m_fix(new QPushButton(tr("F&ix"), this))
    , m_message(new FieldMessage(this))
{
    setObjectName(QStringLiteral("previewTemplatePanel"));
    // Side by side, so both get the tab's full height: a problem is read while its place is in view.
    auto* split = new QSplitter(this);
    split->setObjectName(QStringLiteral("previewTemplateSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildTemplateBox());
    split->addWidget(buildProblems());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_template, &QPlainTextEdit::textChanged, this, &PreviewTemplatePanel::onTextChanged);
    connect(m_formatJson, &QPushButton::clicked, this, &PreviewTemplatePanel::formatJson);
    connect(m_resetTemplate, &QPushButton::clicked, this, [this] {
        // As an edit, so Ctrl+Z brings the draft back.
        QTextCursor cursor(m_template->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(m_savedTemplate);
    });
    connect(m_problems, &QListWidget::itemActivated, this, &PreviewTemplatePanel::jumpToFinding);
    connect(m_problems, &QListWidget::itemClicked, this, &PreviewTemplatePanel::jumpToFinding);
    connect(m_problems, &QListWidget::currentRowChanged, this, &PreviewTemplatePanel::updateFixButton);
    connect(m_fix, &QPushButton::clicked, this, &PreviewTemplatePanel::applySelectedFix);
}

QWidget* PreviewTemplatePanel::buildTemplateBox()
{
    m_templateBox->setObjectName(QStringLiteral("previewTemplateBox"));
    // The custom provider's template, editable here to try changes before saving them on the provider page; the
    // sandbox's built-in template is shown read-only.
    m_template->setObjectName(QStringLiteral("previewTemplateEdit"));
    m_template->setAccessibleName(tr("Payload template"));
    m_template->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_template->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_template->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_template->setTabChangesFocus(true);
    m_template->setMinimumHeight(kTemplateLines * m_template->fontMetrics().lineSpacing());
    m_templateState->setObjectName(QStringLiteral("previewTemplateStateLabel"));
    m_templateState->setWordWrap(true);
    m_formatJson->setObjectName(QStringLiteral("previewFormatJsonButton"));
    m_formatJson->setAccessibleName(tr("Format the template's JSON, keeping the placeholders"));
    m_resetTemplate->setObjectName(QStringLiteral("previewTemplateResetButton"));
    m_resetTemplate->setAccessibleName(tr("Put the saved template back in the editor"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_resetTemplate);
    buttons->addWidget(m_formatJson);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(m_templateBox);
    layout->addWidget(m_template, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_templateState);
    return m_templateBox;
}

QWidget* PreviewTemplatePanel::buildProblems()
{
    auto* box = new QWidget(this);
    m_problems->setObjectName(QStringLiteral("previewProblemsList"));
    m_problems->setAccessibleName(tr("Problems found; activate one to go to its place in the template"));
    m_problems->setWordWrap(true);
    m_problems->setTextElideMode(Qt::ElideNone);
    m_problems->setResizeMode(QListView::Adjust);
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problems->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_problems->setItemDelegate(new WrappingDelegate(m_problems));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_problems);
    m_problems->setIconSize(QSize(icon, icon));
    m_problems->setMinimumHeight(kProblemLines * m_problems->fontMetrics().lineSpacing());
    m_fix->setObjectName(QStringLiteral("previewFixButton"));
    m_fix->setAccessibleName(tr("Apply the fix of the selected problem"));
    m_fix->setEnabled(false);
    m_message->setObjectName(QStringLiteral("previewMessage"));

    auto* label = new QLabel(tr("Pro&blems"), box);
    label->setObjectName(QStringLiteral("previewProblemsLabel"));
    label->setBuddy(m_problems);
    auto* header = new QHBoxLayout;
    header->addWidget(label, 1);
    header->addWidget(m_fix);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_message);
    return box;
}

void PreviewTemplatePanel::showTemplate(const QString& text, const QString& saved, bool editable)
{
    m_savedTemplate = saved;
    m_template->setReadOnly(!editable);
    m_formatJson->setVisible(editable);
    m_resetTemplate->setVisible(editable);
    if (m_template->toPlainText() != text) {
        m_settingTemplate = true;
        m_template->setPlainText(text);
        m_settingTemplate = false;
    }
    m_templateState->setText(editable ? tr("Edits here change only the preview; save them on the SMS Provider page.")
                                      : tr("The sandbox's built-in template."));
    m_resetTemplate->setEnabled(editable && text != m_savedTemplate);
}

void PreviewTemplatePanel::setTemplateShown(bool shown)
{
    m_templateBox->setVisible(shown);
}

void PreviewTemplatePanel::setPayloadFormat(tmpl::PayloadFormat format)
{
    m_highlighter->setPayloadFormat(format);
    const bool json = format == tmpl::PayloadFormat::Json;
    m_formatJson->setEnabled(json);
    m_formatJson->setToolTip(json
            ? QString()
            : tr("The custom provider sends a %1 body, not JSON.").arg(tmpl::payloadFormatName(format).toUpper()));
}

QString PreviewTemplatePanel::editorText() const
{
    return m_template->toPlainText();
}

void PreviewTemplatePanel::onTextChanged()
{
    if (m_settingTemplate)
        return;
    m_resetTemplate->setEnabled(!m_template->isReadOnly() && m_template->toPlainText() != m_savedTemplate);
    m_stale = true;
    m_fix->setEnabled(false); // the positions are stale until the next lint
    Q_EMIT edited();
}

bool PreviewTemplatePanel::editorShowsLinted() const
{
    return !m_templateBox->isHidden() && m_template->toPlainText() == m_lintedTemplate;
}

// Lists the template's findings ("line:column  message", errors first by position as the lint orders them) and
// marks their places in the editor when it shows the linted text.
void PreviewTemplatePanel::showProblems(const QStringList& requestProblems, const QString& linted,
    const providers::custom::Config* config, const QString& sampleBody)
{
    m_stale = false;
    m_problems->clear();
    for (const QString& problem : requestProblems) {
        auto* item = new QListWidgetItem(problem, m_problems);
        item->setData(kFindingRole, -1);
    }
    m_findings.clear();
    m_lintedTemplate = linted;
    if (config) {
        providers::custom::Config linting = *config;
        linting.payloadTemplate = linted;
        m_findings = providers::custom::lintConfig(linting, sampleBody);
    }
    QList<QTextEdit::ExtraSelection> marks;
    for (qsizetype i = 0; i < m_findings.size(); ++i)
        addFinding(i, marks);
    m_template->setExtraSelections(marks);
    if (m_problems->count() == 0)
        m_problems->addItem(tr("No problems found."));
    updateFixButton();
}

void PreviewTemplatePanel::addFinding(qsizetype index, QList<QTextEdit::ExtraSelection>& marks)
{
    const tmpl::LintFinding& finding = m_findings.at(index);
    const bool error = finding.severity == tmpl::LintSeverity::Error;
    const bool spot = pointsAtSpot(finding);
    const QString text = spot ? QStringLiteral("%1:%2  %3")
                                    .arg(finding.start.line)
                                    .arg(finding.start.column)
                                    .arg(withoutLocation(finding.message, finding.start))
                              : finding.message;
    auto* item = new QListWidgetItem(text, m_problems);
    item->setData(kFindingRole, int(index));
    if (finding.source == tmpl::LintSource::Template)
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    if (finding.fix)
        item->setToolTip(tr("Fix: %1").arg(finding.fix->label));
    if (!spot || !editorShowsLinted())
        return;
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(m_template->document());
    const qsizetype length = std::max<qsizetype>(finding.length, 1);
    mark.cursor.setPosition(int(std::min<qsizetype>(finding.start.offset, m_lintedTemplate.size())));
    mark.cursor.setPosition(
        int(std::min<qsizetype>(finding.start.offset + length, m_lintedTemplate.size())), QTextCursor::KeepAnchor);
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(error ? QColor(Qt::red) : QColor(0xd0, 0x80, 0x00));
    mark.format.setToolTip(finding.message);
    marks.append(mark);
}

void PreviewTemplatePanel::updateFixButton()
{
    const QListWidgetItem* item = m_problems->currentItem();
    const int index = item ? item->data(kFindingRole).toInt() : -1;
    const tmpl::LintFinding* finding = index >= 0 && index < m_findings.size() ? &m_findings.at(index) : nullptr;
    const bool canFix = finding && finding->fix && finding->source == tmpl::LintSource::Template
        && !m_template->isReadOnly() && editorShowsLinted() && !m_stale;
    m_fix->setEnabled(canFix);
    m_fix->setText(canFix ? tr("F&ix: %1").arg(finding->fix->label) : tr("F&ix"));
    m_fix->setToolTip(canFix ? finding->fix->label
                             : tr("Select a problem that has a fix; the fix changes the template in the editor."));
}

void PreviewTemplatePanel::jumpToFinding(QListWidgetItem* item)
{
    const int index = item ? item->data(kFindingRole).toInt() : -1;
    if (index < 0 || index >= m_findings.size())
        return;
    const tmpl::LintFinding& finding = m_findings.at(index);
    if (finding.source != tmpl::LintSource::Template || !editorShowsLinted())
        return; // a header or status finding: its place is on the provider page
    QTextCursor cursor = m_template->textCursor();
    cursor.setPosition(int(std::min<qsizetype>(finding.start.offset, m_template->document()->characterCount() - 1)));
    m_template->setTextCursor(cursor);
    m_template->ensureCursorVisible();
    m_template->setFocus(Qt::OtherFocusReason);
}

void PreviewTemplatePanel::applySelectedFix()
{
    const QListWidgetItem* item = m_problems->currentItem();
    const int index = item ? item->data(kFindingRole).toInt() : -1;
    if (index < 0 || index >= m_findings.size() || !m_findings.at(index).fix || !editorShowsLinted()
        || m_template->isReadOnly())
        return;
    const tmpl::LintFix fix = *m_findings.at(index).fix;
    // One edit block, last edit first so the earlier offsets still hold: one Ctrl+Z undoes the whole fix.
    QTextCursor cursor(m_template->document());
    cursor.beginEditBlock();
    for (auto edit = fix.edits.crbegin(); edit != fix.edits.crend(); ++edit) {
        if (edit->offset < 0 || edit->offset + edit->length > m_lintedTemplate.size())
            continue;
        cursor.setPosition(int(edit->offset));
        cursor.setPosition(int(edit->offset + edit->length), QTextCursor::KeepAnchor);
        cursor.insertText(edit->replacement);
    }
    cursor.endEditBlock();
    if (!fix.edits.isEmpty()) {
        QTextCursor at = m_template->textCursor();
        at.setPosition(
            int(std::min<qsizetype>(fix.edits.first().offset, m_template->document()->characterCount() - 1)));
        m_template->setTextCursor(at);
    }
    m_template->setFocus(Qt::OtherFocusReason);
    Q_EMIT statusMessage(tr("Fixed: %1. Ctrl+Z undoes it.").arg(fix.label));
}

void PreviewTemplatePanel::formatJson()
{
    const tmpl::JsonFormatResult result = tmpl::formatJsonTemplate(m_template->toPlainText());
    if (!result.ok()) {
        m_message->setMessage(FieldMessage::Kind::Error,
            tr("Not formatted: the template is not JSON even with its placeholders filled in. %1")
                .arg(result.error->message));
        return;
    }
    if (result.text == m_template->toPlainText()) {
        Q_EMIT statusMessage(tr("The template is already formatted."));
        return;
    }
    QTextCursor cursor(m_template->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(result.text);
    m_message->clear();
    Q_EMIT statusMessage(tr("JSON formatted; the placeholders are kept as written."));
}

} // namespace smsotp::ui
