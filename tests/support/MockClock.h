#pragma once
// A clock the test moves by hand, so expiry and rate limits are checked to the millisecond without sleeping.

#include "otp/Clock.h"

namespace smsotp::test {

class MockClock final : public otp::Clock
{
public:
    // A fixed, arbitrary start (2024-01-01T00:00:00Z): tests must not depend on the real date.
    explicit MockClock(qint64 startMSecs = 1704067200000)
        : m_msecs(startMSecs)
    { }

    qint64 msecsSinceEpoch() const override { return m_msecs; }

    void setMSecsSinceEpoch(qint64 msecs) { m_msecs = msecs; }
    void advanceMSecs(qint64 msecs) { m_msecs += msecs; }
    void advanceSeconds(qint64 seconds) { m_msecs += seconds * 1000; }
    void advanceMinutes(qint64 minutes) { m_msecs += minutes * 60 * 1000; }

private:
    qint64 m_msecs;
};

} // namespace smsotp::test
