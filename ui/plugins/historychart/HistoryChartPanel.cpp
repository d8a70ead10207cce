#include "HistoryChartPanel.h"

#include "ChartTicks.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace smsotp::ui {

using storage::HistoryOutcome;

namespace {

// How each outcome is drawn: a colour for a light and for a dark chart, and a marker, so outcomes differ in shape
// as well as colour (for colour-blind readers and for print).
struct OutcomeLook
{
    HistoryOutcome outcome;
    QRgb light;
    QRgb dark;
    QScatterSeries::MarkerShape shape;
};

constexpr OutcomeLook kDeliveredLook { HistoryOutcome::Sent, 0x1565c0, 0x90caf9, QScatterSeries::MarkerShapePentagon };
constexpr OutcomeLook kNotDeliveredLook { HistoryOutcome::Sent, 0xad1457, 0xf48fb1,
    QScatterSeries::MarkerShapeTriangle };

constexpr OutcomeLook kLooks[] = {
    { HistoryOutcome::Sent, 0x2e7d32, 0x81c784, QScatterSeries::MarkerShapeCircle },
    { HistoryOutcome::Refused, 0xe65100, 0xffb74d, QScatterSeries::MarkerShapeTriangle },
    { HistoryOutcome::Failed, 0xc62828, 0xef9a9a, QScatterSeries::MarkerShapeRectangle },
    { HistoryOutcome::Cancelled, 0x616161, 0xbdbdbd, QScatterSeries::MarkerShapeRotatedRectangle },
};
constexpr OutcomeLook kOtherLook { HistoryOutcome::Blocked, 0x6a1b9a, 0xce93d8, QScatterSeries::MarkerShapeStar };

const OutcomeLook& lookOf(HistoryOutcome outcome)
{
    for (const OutcomeLook& look : kLooks) {
        if (look.outcome == outcome)
            return look;
    }
    return kOtherLook;
}

} // namespace

HistoryChartPanel::HistoryChartPanel(const HistoryChartHost& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
    , m_noRowsText(tr("Nothing matches these filters."))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("historyChart"));
    m_view->setAccessibleName(tr("Latency of sends over time, by outcome"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_empty->setObjectName(QStringLiteral("historyChartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setEntries({});
}

bool HistoryChartPanel::isEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

bool HistoryChartPanel::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void HistoryChartPanel::setEntries(const QList<storage::HistoryEntry>& entries)
{
    m_entries.clear();
    for (const storage::HistoryEntry& e : entries) {
        if (e.event != storage::HistoryEvent::Verify && e.latencyMs >= 0 && e.time.isValid())
            m_entries.append(e);
    }
    QChart* old = m_view->chart();
    m_view->setChart(buildChart());
    delete old;
    if (!m_entries.isEmpty()) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_empty->setText(entries.isEmpty() ? m_noRowsText
                                       : tr("Nothing to draw: none of the rows that match these filters is a send "
                                            "that reached a provider (verifications and blocked sends take no time)."));
    m_stack->setCurrentWidget(m_empty);
}

void HistoryChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A dark window gets a dark chart: redraw in the theme of the new palette.
    if (event->type() == QEvent::PaletteChange && m_view->chart()
        && (m_view->chart()->theme() == QChart::ChartThemeDark) != isDark(palette())) {
        QChart* old = m_view->chart();
        m_view->setChart(buildChart());
        delete old;
    }
}

QScatterSeries* HistoryChartPanel::newSeries(QChart* chart, const storage::HistoryEntry& first, bool dark)
{
    const ChartDelivery delivery = m_host.deliveryOf(first);
    const OutcomeLook& look = delivery == ChartDelivery::Delivered ? kDeliveredLook
        : delivery == ChartDelivery::NotDelivered                  ? kNotDeliveredLook
                                                                   : lookOf(first.outcome);
    auto* s = new QScatterSeries(chart);
    s->setName(delivery == ChartDelivery::Delivered   ? tr("Sent, delivered")
            : delivery == ChartDelivery::NotDelivered ? tr("Sent, not delivered")
                                                      : m_host.outcomeText(first.outcome));
    s->setMarkerShape(look.shape);
    s->setMarkerSize(9);
    s->setColor(QColor(dark ? look.dark : look.light));
    s->setBorderColor(s->color());
    connect(s, &QScatterSeries::hovered, this, [this, name = s->name()](const QPointF& point, bool on) {
        if (!on)
            return QToolTip::hideText();
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(point.x()));
        QToolTip::showText(QCursor::pos(),
            tr("%1, %2: %3").arg(name, m_host.timeText(time), m_host.latencyText(qint64(point.y()))), m_view);
    });
    return s;
}

QChart* HistoryChartPanel::buildChart()
{
    auto* chart = new QChart;
    const bool dark = isDark(palette());
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The chart sits on the page: the window's own colour around the plot, not the theme's gradient.
    chart->setBackgroundBrush(palette().window());
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    if (m_entries.isEmpty())
        return chart;

    // By outcome, in the order of the enum (Sent first), and for Sent by what became of the message.
    QMap<std::pair<int, int>, QScatterSeries*> series;
    QDateTime first = m_entries.first().time, last = first;
    qint64 maxLatency = 0;
    for (const storage::HistoryEntry& e : std::as_const(m_entries)) {
        QScatterSeries*& s = series[{ int(e.outcome), int(m_host.deliveryOf(e)) }];
        if (!s)
            s = newSeries(chart, e, dark);
        s->append(double(e.time.toMSecsSinceEpoch()), double(e.latencyMs));
        first = std::min(first, e.time);
        last = std::max(last, e.time);
        maxLatency = std::max(maxLatency, e.latencyMs);
    }

    // A single send still gets an axis of some minutes around it; otherwise a small margin on both sides.
    const qint64 margin = std::max<qint64>(60, first.secsTo(last) / 30);
    first = first.addSecs(-margin);
    last = last.addSecs(margin);
    auto* x = new QCategoryAxis(chart);
    x->setTitleText(tr("Time (local)"));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(double(first.toMSecsSinceEpoch()));
    for (const chartticks::TimeTick& tick : chartticks::timeTicks(first, last))
        x->append(tick.label, double(tick.time.toMSecsSinceEpoch()));
    x->setRange(double(first.toMSecsSinceEpoch()), double(last.toMSecsSinceEpoch()));

    const chartticks::Ticks ticks = chartticks::latencyTicks(maxLatency);
    auto* y = new QValueAxis(chart);
    y->setTitleText(tr("Latency (ms)"));
    y->setRange(0, double(ticks.top));
    y->setTickCount(ticks.count);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries* s : std::as_const(series)) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

} // namespace smsotp::ui
