#pragma once
// The time source of the OTP engine: passed in, so expiry and rate limits are tested without sleeping.

#include <QDateTime>
#include <QtGlobal>

namespace smsotp::otp {

class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds since the Unix epoch. The engine keeps every time as this number.
    virtual qint64 msecsSinceEpoch() const = 0;

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch(), Qt::UTC); }
};

// The wall clock. Not a monotonic clock on purpose: a code must expire after its lifetime in real time,
// and a monotonic clock stops while the computer sleeps, which would let a code outlive its expiry.
class SystemClock final : public Clock
{
public:
    qint64 msecsSinceEpoch() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace smsotp::otp
