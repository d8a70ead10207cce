#include "HistoryChartPanel.h"

#include "HistoryModel.h"
#include "providers/DeliveryStatus.h"

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

// A sent message whose delivery is known is drawn apart: delivered, or not delivered (undelivered or failed).
enum class Delivery
{
    NotKnown,
    Delivered,
    NotDelivered,
};

Delivery deliveryOf(const storage::HistoryEntry& e)
{
    const std::optional<providers::DeliveryState> state = providers::deliveryStateFromName(e.delivery);
    if (e.outcome != HistoryOutcome::Sent || !state || !providers::isFinal(*state))
        return Delivery::NotKnown;
    return *state == providers::DeliveryState::Delivered ? Delivery::Delivered : Delivery::NotDelivered;
}

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

// 1, 2 or 5 times a power of ten, at least value.
qint64 roundUpStep(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(std::max(value, 1.0))));
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        if (factor * power >= value)
            return std::max<qint64>(1, qint64(factor * power));
    }
    return qint64(10 * power);
}

} // namespace

HistoryChartPanel::HistoryChartPanel(QWidget* parent)
    : QWidget(parent)
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
    const Delivery delivery = deliveryOf(first);
    const OutcomeLook& look = delivery == Delivery::Delivered ? kDeliveredLook
        : delivery == Delivery::NotDelivered                  ? kNotDeliveredLook
                                                              : lookOf(first.outcome);
    auto* s = new QScatterSeries(chart);
    s->setName(delivery == Delivery::Delivered   ? tr("Sent, delivered")
            : delivery == Delivery::NotDelivered ? tr("Sent, not delivered")
                                                 : HistoryTableModel::outcomeText(first.outcome));
    s->setMarkerShape(look.shape);
    s->setMarkerSize(9);
    s->setColor(QColor(dark ? look.dark : look.light));
    s->setBorderColor(s->color());
    connect(s, &QScatterSeries::hovered, this, [this, name = s->name()](const QPointF& point, bool on) {
        if (!on)
            return QToolTip::hideText();
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(point.x()));
        QToolTip::showText(QCursor::pos(),
            tr("%1, %2: %3")
                .arg(name, HistoryTableModel::localTimeText(time), HistoryTableModel::latencyText(qint64(point.y()))),
            m_view);
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
        QScatterSeries*& s = series[{ int(e.outcome), int(deliveryOf(e)) }];
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
    for (const TimeTick& tick : timeTicks(first, last))
        x->append(tick.label, double(tick.time.toMSecsSinceEpoch()));
    x->setRange(double(first.toMSecsSinceEpoch()), double(last.toMSecsSinceEpoch()));

    const Ticks ticks = latencyTicks(maxLatency);
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

HistoryChartPanel::Ticks HistoryChartPanel::latencyTicks(qint64 maxLatencyMs)
{
    // About five steps, a little headroom above the slowest send, and ticks at 1, 2 or 5 times a power of ten.
    const double wanted = std::max(1.0, double(maxLatencyMs) * 1.05);
    const qint64 step = roundUpStep(wanted / 5);
    const qint64 top = qint64(std::ceil(wanted / double(step))) * step;
    return { top, int(top / step) + 1 };
}

QList<HistoryChartPanel::TimeTick> HistoryChartPanel::timeTicks(const QDateTime& first, const QDateTime& last)
{
    // The smallest round step that gives at most six ticks.
    static constexpr qint64 kSteps[] = { 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
        2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400, 91 * 86400, 364 * 86400 };
    const QDateTime from = first.toLocalTime(), to = last.toLocalTime();
    const qint64 span = std::max<qint64>(1, from.secsTo(to));
    qint64 step = kSteps[std::size(kSteps) - 1];
    for (const qint64 candidate : kSteps) {
        if (span / candidate <= 5) {
            step = candidate;
            break;
        }
    }
    const QLocale locale;
    const QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    QList<TimeTick> ticks;
    QDate previousDay;
    // Ticks count from local midnight, so they fall on whole minutes, hours and days of the local clock.
    const QDateTime midnight = from.date().startOfDay();
    for (qint64 k = (midnight.secsTo(from) + step - 1) / step;; ++k) {
        const QDateTime t = step % 86400 == 0 ? midnight.addDays(k * (step / 86400)) : midnight.addSecs(k * step);
        if (t > to)
            break;
        QString label;
        if (step >= 86400)
            label = locale.toString(t.date(), QStringLiteral("d MMM"));
        else if (step >= 21600 || t.date() != previousDay)
            label = locale.toString(t, QStringLiteral("d MMM ")) + locale.toString(t.time(), timeFormat);
        else
            label = locale.toString(t.time(), timeFormat);
        previousDay = t.date();
        // A category axis keys its labels by text; equal ones would merge.
        while (std::any_of(ticks.cbegin(), ticks.cend(), [&](const TimeTick& tick) { return tick.label == label; }))
            label += QChar(0x200B);
        ticks.append({ t, label });
    }
    return ticks;
}

} // namespace smsotp::ui
