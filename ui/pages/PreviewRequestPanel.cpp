#include "PreviewRequestPanel.h"

#include "widgets/SecretField.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smsotp::ui {

namespace {

// The request line, a few headers and the start of the body even when the window is small; the panel takes
// the page's spare height, so at the default size a typical request shows whole.
constexpr int kMinimumRequestLines = 7;

} // namespace

PreviewRequestPanel::PreviewRequestPanel(QWidget* parent)
    : QWidget(parent)
    , m_reveal(new RevealButton(this))
    , m_copyCurl(new QPushButton(tr("Copy as &curl"), this))
    , m_request(new QPlainTextEdit(this))
    , m_formTable(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("previewRequestPanel"));
    m_reveal->setObjectName(QStringLiteral("previewRevealButton"));
    m_reveal->setText(tr("Hold to reveal secrets"));
    m_reveal->setAccessibleName(tr("Reveal secrets while pressed"));
    m_reveal->setToolTip(tr("Shows the secrets in the request while you hold the button (mouse or Space)."));
    m_copyCurl->setObjectName(QStringLiteral("previewCopyCurlButton"));
    m_copyCurl->setAccessibleName(tr("Copy the request as a curl command, secrets hidden"));
    m_copyCurl->setToolTip(tr("Secrets are always shown as ••• in the copy."));

    // Long lines (a URL, a JSON body on one line) wrap: the whole request reads without scrolling sideways.
    m_request->setObjectName(QStringLiteral("previewRequestView"));
    m_request->setAccessibleName(tr("The request as sent"));
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_request->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_request->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int line = m_request->fontMetrics().lineSpacing();
    const int frame = 2 * m_request->frameWidth() + int(2 * m_request->document()->documentMargin());
    m_request->setMinimumHeight(kMinimumRequestLines * line + frame);
    m_request->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_formTable->setObjectName(QStringLiteral("previewFormTable"));
    m_formTable->setAccessibleName(tr("Form fields, decoded"));
    m_formTable->setHorizontalHeaderLabels({ tr("Field"), tr("Value") });
    m_formTable->horizontalHeader()->setStretchLastSection(true);
    m_formTable->verticalHeader()->hide();
    m_formTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_formTable->setWordWrap(true);
    m_formTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formTable->setVisible(false);

    auto* label = new QLabel(tr("Re&quest as sent"), this);
    label->setObjectName(QStringLiteral("previewRequestLabel"));
    label->setBuddy(m_request);
    QFont heading = label->font();
    heading.setBold(true);
    label->setFont(heading);
    auto* header = new QHBoxLayout;
    header->addWidget(label, 1);
    header->addWidget(m_reveal);
    header->addWidget(m_copyCurl);

    auto* split = new QSplitter(this);
    split->setObjectName(QStringLiteral("previewRequestSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_request);
    split->addWidget(m_formTable);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    connect(m_reveal, &RevealButton::heldChanged, this, &PreviewRequestPanel::revealHeldChanged);
    connect(m_copyCurl, &QPushButton::clicked, this, &PreviewRequestPanel::copyCurlRequested);
}

void PreviewRequestPanel::showRequest(const QString& text, const QList<tmpl::FormField>& fields)
{
    // Kept where the reader was, so holding Reveal does not jump the view back to the top.
    const int scrolled = m_request->verticalScrollBar()->value();
    m_request->setPlainText(text);
    m_request->verticalScrollBar()->setValue(scrolled);
    m_formTable->setRowCount(0);
    for (const tmpl::FormField& field : fields) {
        const int row = m_formTable->rowCount();
        m_formTable->insertRow(row);
        m_formTable->setItem(row, 0, new QTableWidgetItem(field.first));
        m_formTable->setItem(row, 1, new QTableWidgetItem(field.second));
    }
    m_formTable->resizeRowsToContents();
    m_formTable->setVisible(!fields.isEmpty());
}

QString PreviewRequestPanel::text() const
{
    return m_request->toPlainText();
}

void PreviewRequestPanel::setCopyEnabled(bool enabled)
{
    m_copyCurl->setEnabled(enabled);
}

bool PreviewRequestPanel::isRevealHeld() const
{
    return m_reveal->isHeld();
}

} // namespace smsotp::ui
