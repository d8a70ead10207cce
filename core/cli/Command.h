#pragma once
// A command family of smsotp (settings, provider, server, …) as declarations: its actions, each with its
// arguments, options (with their descriptions) and the code that runs it. The usage text, `smsotp COMMAND --help`,
// the shell completions and the man page's test are all built from these declarations.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace smsotp::cli {

class Context;

struct OptionSpec
{
    QCommandLineOption option; // its names, description and value name
    bool required = false; // the synopsis shows it without [ ]
    QStringList choices; // the values completion offers (and the synopsis shows as a|b)
    bool completesFiles = false; // the value is a file name
    bool choicesInSynopsis = true; // the synopsis shows a|b instead of the value name
    bool orNext = false; // exactly one of this option and the next: the synopsis shows (--a A | --b B)
};

// One parsed action: its options and positional arguments.
class Invocation
{
public:
    QCommandLineParser parser;

    bool isSet(const QString& name) const { return parser.isSet(name); }
    QString value(const QString& name) const { return parser.value(name); }
    // The option's value; none when the option was not given (an empty value is a value).
    std::optional<QString> optionalValue(const QString& name) const;
    QStringList positional() const { return parser.positionalArguments(); }
};

struct Action
{
    QStringList words; // after the command's name: {"set", "twilio"}; empty: the command itself
    QString arguments; // the positional arguments as the usage shows them: "KEY VALUE", "[NAME]"
    QStringList argumentChoices; // what completion offers for the first positional argument
    QString description; // for --help and the README
    QList<OptionSpec> options;
    std::function<int(Invocation&)> run; // an exit code, or kExitPending when it goes on
    bool hidden = false; // runs, but is neither shown nor completed (a pointer to the right command)
    bool optionsBeforeArguments = false; // a value such as -1 after the action is a value, not an option
};

class Command
{
public:
    Command(Context& context, QString name, QString summary);
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const QString& name() const { return m_name; }
    const QString& summary() const { return m_summary; }
    const QList<Action>& actions() const { return m_actions; }

    // Runs the arguments after the command's name: an exit code, or kExitPending.
    int run(const QStringList& args);
    // `smsotp NAME --help`: each action's synopsis, description and options.
    QString help() const;
    // "provider set twilio --account-sid SID --sender FROM [--api-base URL] --auth-token-stdin"
    QString synopsis(const Action& action) const;
    // The synopsis as the usage prints it: indented, and wrapped at 100 columns with deeper continuation lines.
    QString synopsisLines(const Action& action, int indent) const;

protected:
    void addAction(Action action);
    Context& m_context;

private:
    // The action whose words start args (the longest match); none when no action matches.
    const Action* findAction(const QStringList& args) const;
    int unknownAction(const QStringList& args) const;
    int parseAndRun(const Action& action, const QStringList& args);

    QString m_name;
    QString m_summary;
    QList<Action> m_actions;
};

// The options every command takes: --data-dir and --help.
QList<QCommandLineOption> commonOptions();
// The nearest of candidates to word (by edit distance, at most 2 edits or a third of its length); empty if none.
QString nearest(const QString& word, const QStringList& candidates);
// "a, b or c"
QString alternatives(const QStringList& words);

// The words joined with ", " and wrapped to width, each line (the first too) taken to start after indent, the
// further lines starting with it.
QString wrappedList(const QStringList& words, qsizetype width, const QString& indent);

} // namespace smsotp::cli
