#include "Command.h"

#include "Context.h"
#include "storage/DataLocation.h"

#include <QRegularExpression>
#include <algorithm>

namespace smsotp::cli {

namespace {

QString optionSynopsis(const OptionSpec& spec, bool bare = false)
{
    QString text = QStringLiteral("--") + spec.option.names().constLast();
    if (!spec.option.valueName().isEmpty()) {
        const bool choices = !spec.choices.isEmpty() && spec.choicesInSynopsis;
        text += QLatin1Char(' ') + (choices ? spec.choices.join(QLatin1Char('|')) : spec.option.valueName());
    }
    return spec.required || bare ? text : QString(QLatin1Char('[') + text + QLatin1Char(']'));
}

// The options' parts of a synopsis, a pair marked orNext as one part: "(--a A | --b B)" when one is required,
// "[--a A | --b B]" when neither is.
QStringList optionParts(const QList<OptionSpec>& options)
{
    QStringList parts;
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (options.at(i).orNext && i + 1 < options.size()) {
            const bool required = options.at(i).required;
            parts.append(QLatin1Char(required ? '(' : '[') + optionSynopsis(options.at(i), true) + QStringLiteral(" | ")
                + optionSynopsis(options.at(i + 1), true) + QLatin1Char(required ? ')' : ']'));
            ++i;
        } else {
            parts.append(optionSynopsis(options.at(i)));
        }
    }
    return parts;
}

QString optionNames(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names.append(name.size() == 1 ? QString(QLatin1Char('-') + name) : QString(QStringLiteral("--") + name));
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

// Levenshtein distance.
int distance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        previous = current;
    }
    return previous[b.size()];
}

} // namespace

std::optional<QString> Invocation::optionalValue(const QString& name) const
{
    return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
}

QList<QCommandLineOption> commonOptions()
{
    return { storage::dataDirOption(),
        QCommandLineOption(QStringLiteral("verbose"),
            tr("Print the technical detail of every error, and the console's log (keychain, HTTP, storage).")),
        QCommandLineOption(
            QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Print the usage and exit.")) };
}

QString nearest(const QString& word, const QStringList& candidates)
{
    QString best;
    int bestDistance = std::max(2, int(word.size() / 3)) + 1;
    for (const QString& candidate : candidates) {
        const int d = distance(word.toLower(), candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

QString alternatives(const QStringList& words)
{
    if (words.size() < 2)
        return words.join(QString());
    return tr("%1 or %2").arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.constLast());
}

Command::Command(Context& context, QString name, QString summary)
    : m_context(context)
    , m_name(std::move(name))
    , m_summary(std::move(summary))
{ }

Command::~Command() = default;

void Command::addAction(Action action)
{
    m_actions.append(std::move(action));
}

QString Command::synopsis(const Action& action) const
{
    QStringList parts { m_name };
    parts += action.words;
    if (!action.arguments.isEmpty())
        parts.append(action.arguments);
    parts += optionParts(action.options);
    return parts.join(QLatin1Char(' '));
}

QString Command::synopsisLines(const Action& action, int indent) const
{
    constexpr qsizetype kWidth = 100;
    QString head = QString(indent, u' ') + QStringList(QStringList { m_name } + action.words).join(QLatin1Char(' '));
    QStringList parts;
    if (!action.arguments.isEmpty())
        parts.append(action.arguments);
    parts += optionParts(action.options);
    QString text = head;
    qsizetype column = head.size();
    const QString continuation = QLatin1Char('\n') + QString(head.size() + 1, u' ');
    for (const QString& part : std::as_const(parts)) {
        if (column + 1 + part.size() > kWidth && column > head.size()) {
            text += continuation + part;
            column = continuation.size() - 1 + part.size();
        } else {
            text += QLatin1Char(' ') + part;
            column += 1 + part.size();
        }
    }
    return text + QLatin1Char('\n');
}

QString Command::help() const
{
    QString text = tr("Usage: smsotp [--data-dir DIR] %1 …").arg(m_name) + QStringLiteral("\n\n") + m_summary
        + QStringLiteral("\n");
    for (const Action& action : m_actions) {
        if (action.hidden)
            continue;
        text += QLatin1Char('\n') + synopsisLines(action, 2);
        if (!action.description.isEmpty())
            text += QStringLiteral("      ") + QString(action.description).replace(u'\n', QStringLiteral("\n      "))
                + QLatin1Char('\n');
        for (const OptionSpec& spec : action.options) {
            text += QStringLiteral("      %1  %2\n")
                        .arg(optionNames(spec.option), -26)
                        .arg(spec.option.description().replace(u'\n', QStringLiteral("\n") + QString(34, u' ')));
        }
    }
    text += QStringLiteral("\n") + tr("Options of every command:") + QLatin1Char('\n');
    for (const QCommandLineOption& option : commonOptions())
        text += QStringLiteral("  %1  %2\n").arg(optionNames(option), -16).arg(option.description());
    return text;
}

const Action* Command::findAction(const QStringList& args) const
{
    const Action* found = nullptr;
    for (const Action& action : m_actions) {
        if (action.words.size() > args.size() || (found && found->words.size() >= action.words.size()))
            continue;
        if (std::equal(action.words.cbegin(), action.words.cend(), args.cbegin()))
            found = &action;
    }
    return found;
}

int Command::unknownAction(const QStringList& args) const
{
    // How far the words match, and what could come next.
    qsizetype depth = 0;
    QStringList next;
    for (;; ++depth) {
        QStringList candidates;
        for (const Action& action : m_actions) {
            if (!action.hidden && action.words.size() > depth
                && std::equal(action.words.cbegin(), action.words.cbegin() + depth, args.cbegin())
                && !candidates.contains(action.words.at(depth)))
                candidates.append(action.words.at(depth));
        }
        next = candidates;
        if (depth >= args.size() || !candidates.contains(args.at(depth)))
            break;
    }
    const QString prefix = QStringList(QStringList { m_name } + args.mid(0, depth)).join(QLatin1Char(' '));
    if (depth >= args.size() || args.at(depth).startsWith(QLatin1Char('-')))
        return m_context.usage(tr("%1 needs %2.").arg(prefix, alternatives(next)), m_name);
    QString message = tr("Unknown %1 action “%2”.").arg(prefix, args.at(depth));
    if (const QString guess = nearest(args.at(depth), next); !guess.isEmpty())
        message += QLatin1Char(' ') + tr("Did you mean “%1”?").arg(guess);
    return m_context.usage(message, m_name);
}

int Command::run(const QStringList& args)
{
    if (!args.isEmpty() && (args.first() == u"--help" || args.first() == u"-h")) {
        m_context.out() << help();
        return kExitOk;
    }
    const Action* action = findAction(args);
    if (!action)
        return unknownAction(args);
    return parseAndRun(*action, args.mid(action->words.size()));
}

int Command::parseAndRun(const Action& action, const QStringList& args)
{
    const QString command = QStringList(QStringList { m_name } + action.words).join(QLatin1Char(' '));
    for (const QString& arg : args) {
        // A secret typed as an argument would be in the shell history and in every process listing.
        static const QRegularExpression secretOption(
            QStringLiteral("^--(auth-token|api-secret|headers|password|client-secret)(=|$)"));
        if (secretOption.match(arg).hasMatch()) {
            return m_context.usage(
                tr("Secrets are read from standard input only: use %1-stdin and type or pipe the value.")
                    .arg(arg.section(QLatin1Char('='), 0, 0)),
                m_name);
        }
    }
    Invocation invocation;
    QCommandLineParser& parser = invocation.parser;
    if (action.optionsBeforeArguments)
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    QStringList known;
    for (const QCommandLineOption& option : commonOptions() + [&] {
             QList<QCommandLineOption> options;
             for (const OptionSpec& spec : action.options)
                 options.append(spec.option);
             return options;
         }()) {
        parser.addOption(option);
        for (const QString& name : option.names())
            known.append(name.size() == 1 ? QString(QLatin1Char('-') + name) : QString(QStringLiteral("--") + name));
    }
    if (!parser.parse(QStringList { command } + args)) {
        QString message = parser.errorText();
        for (const QString& unknown : parser.unknownOptionNames()) {
            const QString written
                = unknown.size() == 1 ? QString(QLatin1Char('-') + unknown) : QString(QStringLiteral("--") + unknown);
            if (const QString guess = nearest(written, known); !guess.isEmpty()) {
                message = tr("Unknown option “%1”. Did you mean “%2”?").arg(written, guess);
                break;
            }
        }
        return m_context.usage(message, m_name);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << help();
        return kExitOk;
    }
    if (parser.isSet(storage::dataDirOption()))
        m_context.setDataDir(parser.value(storage::dataDirOption()));
    if (parser.isSet(QStringLiteral("verbose")))
        m_context.setVerbose(true);
    return action.run(invocation);
}

QString wrappedList(const QStringList& words, qsizetype width, const QString& indent)
{
    QString text;
    qsizetype column = indent.size(); // every line, the first too, starts indented where it is printed
    for (const QString& word : words) {
        // The word, and the comma that follows it unless it is the last.
        if (column > indent.size() && column + 2 + word.size() + 1 > width) {
            text += QStringLiteral(",\n") + indent;
            column = indent.size();
        } else if (column > indent.size()) {
            text += QStringLiteral(", ");
            column += 2;
        }
        text += word;
        column += word.size();
    }
    return text;
}

} // namespace smsotp::cli
