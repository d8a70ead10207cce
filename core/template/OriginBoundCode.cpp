#include "OriginBoundCode.h"

#include "SmsText.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace smsotp::tmpl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::tmpl::OriginBoundCode", text);
}

// Infra's ASCII whitespace: TAB, LF, FF, CR, SPACE.
bool isAsciiWhitespace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\t' || u == u'\n' || u == u'\f' || u == u'\r' || u == u' ';
}

// "Extract a marked token": the marker, then a non-empty run of code points that are not ASCII whitespace.
std::optional<QString> extractMarkedToken(QStringView line, qsizetype& position, QChar marker)
{
    if (position >= line.size() || line.at(position) != marker)
        return std::nullopt;
    ++position;
    const qsizetype start = position;
    while (position < line.size() && !isAsciiWhitespace(line.at(position)))
        ++position;
    if (position == start)
        return std::nullopt;
    return line.mid(start, position - start).toString();
}

// "Normalize newlines" (CR LF and lone CR become LF), then the last item of strictly splitting on LF.
QString lastLine(QStringView message)
{
    QString normalized = message.toString();
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return normalized.mid(normalized.lastIndexOf(QLatin1Char('\n')) + 1);
}

struct Token
{
    qsizetype start = 0;
    QStringView text;
};

// The tokens of a line split at ASCII whitespace, with where each starts.
QList<Token> tokensOf(QStringView line)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && isAsciiWhitespace(line.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && !isAsciiWhitespace(line.at(i)))
            ++i;
        if (i > start)
            tokens.append({ start, line.mid(start, i - start) });
    }
    return tokens;
}

bool isHostToken(QStringView token)
{
    return token.size() > 1 && token.startsWith(u'@');
}

bool isCodeToken(QStringView token)
{
    return token.size() > 1 && token.startsWith(u'#');
}

bool looksLikeOriginBoundLine(QStringView line)
{
    bool host = false;
    bool code = false;
    for (const Token& token : tokensOf(line)) {
        host = host || (isHostToken(token.text) && token.text.contains(u'.'));
        code = code || isCodeToken(token.text);
    }
    return host && code;
}

struct Line
{
    qsizetype start = 0;
    QStringView text;
};

// The lines as the specification's parser sees them: LF, CR LF and a lone CR each end a line ("normalize
// newlines"); each line with the offset where it starts in text.
QList<Line> linesOf(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append({ start, text.mid(start, i - start) });
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    lines.append({ start, text.mid(start) });
    return lines;
}

} // namespace

std::optional<OriginBoundCode> parseOriginBoundMessage(QStringView message)
{
    const QString line = lastLine(message);
    qsizetype position = 0;
    OriginBoundCode result;
    const std::optional<QString> topLevelHost = extractMarkedToken(line, position, u'@');
    if (!topLevelHost)
        return std::nullopt;
    result.topLevelHost = *topLevelHost;
    if (position >= line.size() || line.at(position) != u' ')
        return std::nullopt;
    ++position;
    const std::optional<QString> code = extractMarkedToken(line, position, u'#');
    if (!code)
        return std::nullopt;
    result.code = *code;
    if (position < line.size() && line.at(position) == u' ') {
        ++position;
        result.embeddedHost = extractMarkedToken(line, position, u'@').value_or(QString());
    }
    return result;
}

QString originBoundLine(const QString& domain)
{
    return QLatin1Char('@') + domain + QStringLiteral(" #{{") + SmsText::kConfirmationCode.toString()
        + QStringLiteral("}}");
}

QString checkWebOtpDomain(const QString& domain)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = domain.split(QLatin1Char('.'));
    bool ok = domain.size() <= 253 && labels.size() >= 2 && QHostAddress().setAddress(domain) == false;
    for (const QString& l : labels)
        ok = ok && label.match(l).hasMatch();
    // The top-level label of a host name is never all digits (that is an IPv4 address's last part).
    ok = ok && !labels.constLast().contains(QRegularExpression(QStringLiteral("^[0-9]+$")));
    if (ok)
        return {};
    return tr("“%1” is not a host name: write the site's domain as a browser shows it, such as login.example.com "
              "(letters, digits and hyphens, labels separated by dots; no scheme, port or path).")
        .arg(domain);
}

bool hasOriginBoundLine(QStringView text)
{
    for (const Line& line : linesOf(text)) {
        if (looksLikeOriginBoundLine(line.text))
            return true;
    }
    return false;
}

QList<OriginBoundProblem> lintOriginBoundLine(QStringView text, const QString& domain)
{
    QList<OriginBoundProblem> problems;
    const TextPositionMap positions(text);
    const QList<Line> lines = linesOf(text);
    const auto add = [&](qsizetype offset, const QString& message) {
        problems.append({ positions.at(offset), message });
    };
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const Line& line = lines.at(n);
        if (!looksLikeOriginBoundLine(line.text))
            continue;
        const bool last = n == lines.size() - 1;
        const bool onlyEmptyAfter = n == lines.size() - 2 && lines.constLast().text.isEmpty();
        if (onlyEmptyAfter) {
            add(line.start + line.text.size(),
                tr("A newline ends the text after the origin-bound line, so the last line is empty and no browser "
                   "or phone reads the code. Remove the newline."));
        } else if (!last) {
            add(line.start,
                tr("The origin-bound line “@host #code” must be the last line of the message; text follows it "
                   "here."));
        }
        const QList<Token> tokens = tokensOf(line.text);
        const Token& first = tokens.first();
        if (isCodeToken(first.text)) {
            add(line.start + first.start,
                tr("The fields are in the wrong order: the line starts with the top-level host (@%1), then the "
                   "code (#…), then optionally an embedded host.")
                    .arg(domain.isEmpty() ? QStringLiteral("example.com") : domain));
            continue;
        }
        if (!isHostToken(first.text) || first.start != 0) {
            add(line.start + first.start,
                first.start != 0 && isHostToken(first.text)
                    ? tr("The line starts with a space: nothing may come before the “@host”.")
                    : tr("Nothing may come before the “@host” on the origin-bound line; move “%1” to a line above.")
                          .arg(first.text.toString()));
            continue;
        }
        if (tokens.size() < 2 || !isCodeToken(tokens.at(1).text)) {
            add(line.start + (tokens.size() < 2 ? line.text.size() : tokens.at(1).start),
                tr("Words stand between the host and the code: the line is “@host #code”, one space apart."));
            continue;
        }
        // Exactly one U+0020 between the fields: a tab or a second space ends the line's meaning.
        for (qsizetype field = 1; field < tokens.size() && field < 3; ++field) {
            const Token& previous = tokens.at(field - 1);
            const qsizetype gapStart = previous.start + previous.text.size();
            const QStringView gap = line.text.mid(gapStart, tokens.at(field).start - gapStart);
            if (gap == u" ")
                continue;
            if (field == 2 && !isHostToken(tokens.at(2).text))
                break; // trailing text, ignored
            add(line.start + gapStart,
                gap.contains(u'\t') ? tr("A tab separates the fields; exactly one space must.")
                                    : tr("%1 spaces separate the fields; exactly one must.").arg(gap.size()));
        }
        const QString host = first.text.mid(1).toString();
        if (const QString hostProblem = checkWebOtpDomain(host); !hostProblem.isEmpty())
            add(line.start + first.start + 1, hostProblem);
        else if (!domain.isEmpty() && host.compare(domain, Qt::CaseInsensitive) != 0)
            add(line.start + first.start + 1,
                tr("The line names %1 but the WebOTP domain is %2: browsers offer the code only on the site the "
                   "line names.")
                    .arg(host, domain));
        const QStringView code = tokens.at(1).text.mid(1);
        const QString wanted = QStringLiteral("{{") + SmsText::kConfirmationCode.toString() + QStringLiteral("}}");
        if (code != wanted)
            add(line.start + tokens.at(1).start + 1,
                tr("The code field is “%1”: it must be %2 with no spaces, so the code sent is the code offered.")
                    .arg(code.toString(), wanted));
    }
    return problems;
}

} // namespace smsotp::tmpl
