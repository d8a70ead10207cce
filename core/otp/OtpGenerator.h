#pragma once
// Draws one-time codes from the operating system's CSPRNG with every symbol of the alphabet equally likely.

#include "otp/OtpPolicy.h"

#include <QString>
#include <QtGlobal>

namespace smsotp::otp {

// Where the random words come from: the system CSPRNG in the product, a scripted source in tests.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    // 32 uniformly distributed random bits.
    virtual quint32 next() = 0;
};

// QRandomGenerator::system(): the OS CSPRNG, the only random source the product uses (SECURITY.md 1;
// NIST SP 800-63B 3.1.3 asks for an approved random bit generator for out-of-band secrets).
class SystemRandomSource final : public RandomSource
{
public:
    quint32 next() override;
};

// How a code is drawn, so a test can script the words and know the code that must come out:
// - b is the number of bits needed to number the alphabet (4 for 10 digits, 6 for 36 symbols, 5 for 31);
// - each 32-bit word gives floor(32 / b) chunks of b bits, least significant chunk first;
// - a chunk c below the alphabet size N picks alphabet[c]; a chunk of N or more is dropped and the next
//   chunk is read (rejection sampling: no modulo, so no symbol is more likely than another);
// - chunks left over when the code is complete are dropped, so no random bits are kept between codes.
class OtpGenerator
{
public:
    // The source must outlive the generator.
    OtpGenerator(const OtpPolicy& policy, RandomSource& source);

    QString generate();

    const QString& alphabet() const { return m_alphabet; }
    int length() const { return m_length; }
    // b above: the width of one chunk.
    int bitsPerChunk() const { return m_bits; }

private:
    RandomSource& m_source;
    QString m_alphabet;
    int m_length;
    int m_bits;
    int m_chunksPerWord;
    quint32 m_mask;
};

} // namespace smsotp::otp
