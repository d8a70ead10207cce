#pragma once

#include <QByteArrayView>

namespace smsotp::otp {

// Equal lengths and bytes, examining every byte of the longer value whatever the position of the first
// difference, so the time taken says nothing about where two secrets differ (SECURITY.md 7). Lengths are
// public (MACs and hashes have fixed sizes); a difference in length still examines every byte.
// `examined` is told each position looked at: the product passes nothing, the test counts.
template<typename Examined> bool constantTimeEquals(QByteArrayView a, QByteArrayView b, Examined&& examined)
{
    const qsizetype n = qMax(a.size(), b.size());
    // volatile reads: the compiler may not turn the loop into an early-exit comparison
    const volatile auto* left = reinterpret_cast<const volatile unsigned char*>(a.data());
    const volatile auto* right = reinterpret_cast<const volatile unsigned char*>(b.data());
    unsigned difference = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned x = i < a.size() ? left[i] : 0u;
        const unsigned y = i < b.size() ? right[i] : 0u;
        difference |= x ^ y;
        examined(i);
    }
    return difference == 0;
}

inline bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return constantTimeEquals(a, b, [](qsizetype) {});
}

} // namespace smsotp::otp
