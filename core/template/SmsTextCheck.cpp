#include "SmsTextCheck.h"

#include "AndroidAppHash.h"
#include "OriginBoundCode.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace smsotp::tmpl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::tmpl::SmsTextCheck", text);
}

// SMS User Consent hands a message to the app only when it holds "a 4-10 character alphanumeric code containing at
// least one number" (Google, "Which API should I use?").
void checkUserConsent(const otp::OtpPolicy& policy, QList<SmsTextFinding>& findings)
{
    constexpr int kMin = 4;
    constexpr int kMax = 10;
    if (policy.length < kMin || policy.length > kMax) {
        findings.append({ SmsTextSeverity::Warning, {},
            tr("Android's SMS User Consent offers only codes of %1 to %2 characters; the OTP settings make codes of "
               "%3.")
                .arg(kMin)
                .arg(kMax)
                .arg(policy.length) });
    }
    if (policy.numericOnly)
        return;
    const QString alphabet = policy.alphabet();
    const auto letters = std::count_if(alphabet.cbegin(), alphabet.cend(), [](QChar c) { return c.isLetter(); });
    const double noDigit = std::pow(double(letters) / double(alphabet.size()), policy.length);
    findings.append({ SmsTextSeverity::Warning, {},
        tr("Android's SMS User Consent offers a code only when it has a digit; %1% of the alphanumeric codes the OTP "
           "settings make (about 1 in %2) have none and would have to be typed.")
            .arg(noDigit * 100, 0, 'g', 2)
            .arg(qRound64(1.0 / noDigit)) });
}

void checkSmsRetriever(
    const QString& hash, const QString& rendered, const SmsSegments& segments, QList<SmsTextFinding>& findings)
{
    if (!rendered.contains(hash)) {
        findings.append({ SmsTextSeverity::Error, {},
            tr("The message does not hold the Android app hash %1: SMS Retriever hands a message only to the app "
               "whose hash it carries.")
                .arg(hash) });
    }
    if (const qsizetype bytes = smsPayloadBytes(segments); bytes > kSmsRetrieverMaxBytes) {
        findings.append({ SmsTextSeverity::Error, {},
            tr("The message takes %1 bytes; Android's SMS Retriever reads messages of at most %2 bytes (one SMS).")
                .arg(bytes)
                .arg(kSmsRetrieverMaxBytes) });
    }
}

void compareWithDefault(const SmsText& text, const SmsText& defaultText, const SmsTextContext& context,
    const SmsSegments& segments, QList<SmsTextFinding>& findings)
{
    const QStringList own = text.placeholders();
    for (const QString& name : defaultText.placeholders()) {
        if (!own.contains(name)) {
            findings.append({ SmsTextSeverity::Warning, {},
                tr("The default text uses {{%1}} and this translation does not.").arg(name) });
        }
    }
    const QString defaultMessage = messageTemplate(defaultText.templateText(), context.webOtpDomain);
    const int defaultParts = countSmsSegments(SmsText(defaultMessage).render(sampleValues(context.policy)).text).parts;
    if (segments.parts > defaultParts) {
        findings.append({ SmsTextSeverity::Warning, {},
            // More than the default's, so never fewer than two parts.
            tr("This translation costs %1 SMS parts per code, more than the default text's %2.")
                .arg(segments.parts)
                .arg(defaultParts) });
    }
}

} // namespace

QString SmsTextFinding::line() const
{
    return QStringLiteral("%1:%2: %3: %4")
        .arg(position.line)
        .arg(position.column)
        .arg(severity == SmsTextSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning"), message);
}

bool SmsTextReport::hasErrors() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
        [](const SmsTextFinding& f) { return f.severity == SmsTextSeverity::Error; });
}

QString messageTemplate(const QString& text, const QString& webOtpDomain)
{
    if (webOtpDomain.isEmpty() || hasOriginBoundLine(text))
        return text;
    return text + QStringLiteral("\n\n") + originBoundLine(webOtpDomain);
}

SmsTextValues sampleValues(const otp::OtpPolicy& policy)
{
    SmsTextValues values;
    // The widest symbol of the alphabet, so the count is never below what a real code costs.
    values.confirmationCode = QString(policy.length, policy.numericOnly ? QLatin1Char('8') : QLatin1Char('W'));
    values.expiryMinutes = SmsText::expiryMinutesFor(policy.expirySeconds);
    values.applicationName = QCoreApplication::translate("smsotp::tmpl::SmsTextCheck", "SMS OTP Console");
    return values;
}

QString encodingName(SmsEncoding encoding)
{
    return encoding == SmsEncoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

qsizetype smsPayloadBytes(const SmsSegments& segments)
{
    return segments.encoding == SmsEncoding::Gsm7 ? (segments.units * 7 + 7) / 8 : segments.units * 2;
}

SmsTextReport checkSmsText(const QString& text, const SmsTextContext& context)
{
    SmsTextReport report;
    const SmsText own(text);
    for (const SmsTextError& error : own.check())
        report.findings.append({ SmsTextSeverity::Error, error.position, error.reason });
    for (const OriginBoundProblem& problem : lintOriginBoundLine(text, context.webOtpDomain))
        report.findings.append({ SmsTextSeverity::Error, problem.position, problem.message });
    std::stable_sort(report.findings.begin(), report.findings.end(),
        [](const SmsTextFinding& a, const SmsTextFinding& b) { return a.position.offset < b.position.offset; });

    const SmsTextValues values = sampleValues(context.policy);
    report.messageTemplate = messageTemplate(text, context.webOtpDomain);
    report.rendered = SmsText(report.messageTemplate).render(values).text;
    report.segments = countSmsSegments(report.rendered);
    if (context.defaultText && *context.defaultText != text)
        compareWithDefault(own, SmsText(*context.defaultText), context, report.segments, report.findings);
    if (!context.androidAppHash.isEmpty())
        checkSmsRetriever(context.androidAppHash, report.rendered, report.segments, report.findings);
    checkUserConsent(context.policy, report.findings);
    return report;
}

} // namespace smsotp::tmpl
