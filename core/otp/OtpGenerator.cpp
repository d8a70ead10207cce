#include "OtpGenerator.h"

#include <QRandomGenerator>
#include <bit>

namespace smsotp::otp {

quint32 SystemRandomSource::next()
{
    return QRandomGenerator::system()->generate();
}

OtpGenerator::OtpGenerator(const OtpPolicy& policy, RandomSource& source)
    : m_source(source)
    , m_alphabet(policy.alphabet())
    , m_length(qMax(policy.length, 0))
{
    const auto size = quint32(m_alphabet.size());
    Q_ASSERT(size >= 2 && size <= 65536);
    // The smallest b with 2^b >= N: the rejection zone [N, 2^b) is then under half of the chunk values.
    m_bits = int(std::bit_width(size - 1));
    m_chunksPerWord = 32 / m_bits;
    m_mask = (quint32(1) << m_bits) - 1;
}

QString OtpGenerator::generate()
{
    const auto size = quint32(m_alphabet.size());
    QString code(m_length, Qt::Uninitialized);
    QChar* out = code.data();
    int produced = 0;
    while (produced < m_length) {
        quint32 word = m_source.next();
        for (int chunk = 0; chunk < m_chunksPerWord && produced < m_length; ++chunk, word >>= m_bits) {
            const quint32 value = word & m_mask;
            if (value < size)
                out[produced++] = m_alphabet.at(qsizetype(value));
        }
    }
    return code;
}

} // namespace smsotp::otp
