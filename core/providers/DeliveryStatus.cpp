#include "DeliveryStatus.h"

#include <QCoreApplication>
#include <array>

namespace smsotp::providers {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::providers::Delivery", text);
}

struct StateName
{
    DeliveryState state;
    const char16_t* name;
};

constexpr std::array kStates {
    StateName { DeliveryState::Accepted, u"accepted" },
    StateName { DeliveryState::Queued, u"queued" },
    StateName { DeliveryState::Sending, u"sending" },
    StateName { DeliveryState::Sent, u"sent" },
    StateName { DeliveryState::Delivered, u"delivered" },
    StateName { DeliveryState::Undelivered, u"undelivered" },
    StateName { DeliveryState::Failed, u"failed" },
};

} // namespace

QString deliveryStateName(DeliveryState state)
{
    for (const StateName& s : kStates) {
        if (s.state == state)
            return QString::fromUtf16(s.name);
    }
    return {};
}

std::optional<DeliveryState> deliveryStateFromName(QStringView name)
{
    for (const StateName& s : kStates) {
        if (name == QStringView(s.name))
            return s.state;
    }
    return std::nullopt;
}

QString deliveryStateText(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Accepted:
        return tr("accepted");
    case DeliveryState::Queued:
        return tr("queued");
    case DeliveryState::Sending:
        return tr("sending");
    case DeliveryState::Sent:
        return tr("sent to the carrier");
    case DeliveryState::Delivered:
        return tr("delivered");
    case DeliveryState::Undelivered:
        return tr("not delivered");
    case DeliveryState::Failed:
        return tr("failed");
    }
    return {};
}

bool isFinal(DeliveryState state)
{
    return state == DeliveryState::Delivered || state == DeliveryState::Undelivered || state == DeliveryState::Failed;
}

QString DeliveryStatus::line() const
{
    const QString name = deliveryStateName(state);
    if (errorCode == 0)
        return name;
    return name + QStringLiteral(" (") + QString::number(errorCode) + QStringLiteral(": ") + explanation
        + QLatin1Char(')');
}

bool canAskDelivery(ProviderKind kind)
{
    return kind == ProviderKind::Twilio || kind == ProviderKind::Sandbox;
}

QString deliveryUnavailableReason(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Vonage:
        return tr("Vonage reports delivery only to a public callback URL (a delivery receipt webhook), which the "
                  "console does not have: accepted is the last state it knows.");
    case ProviderKind::Custom:
        return tr("A custom gateway has no status API the console knows: accepted is the last state it knows.");
    case ProviderKind::Twilio:
    case ProviderKind::Sandbox:
        break;
    }
    return {};
}

} // namespace smsotp::providers
