#include "Wso2Diff.h"

#include "providers/Redaction.h"

namespace smsotp::wso2 {

namespace {

bool holdsSecret(const QString& value, const QStringList& secrets)
{
    for (const QString& s : secrets) {
        if (!s.isEmpty() && value.contains(s))
            return true;
    }
    return false;
}

// A value WSO2 masks instead of returning it ("****", "12**34").
bool looksMasked(const QString& value)
{
    return value.contains(QStringLiteral("**"));
}

QString shown(const QString& value, bool secret)
{
    return secret && !value.isEmpty() ? providers::kRedactionMark.toString() : value;
}

DiffRow row(const QString& section, const QString& field, const QString& console, const QString& server,
    bool alwaysSecret, const QStringList& consoleSecrets)
{
    DiffRow r;
    r.section = section;
    r.field = field;
    r.secret = alwaysSecret || holdsSecret(console, consoleSecrets) || holdsSecret(server, consoleSecrets);
    if (r.secret && (console.isEmpty() || server.isEmpty() || looksMasked(server)) && console != server)
        r.comparison = Comparison::Unknown;
    else
        r.comparison = console == server ? Comparison::Equal : Comparison::Different;
    r.consoleValue = shown(console, r.secret);
    r.serverValue = shown(server, r.secret);
    return r;
}

} // namespace

QList<DiffRow> diffSender(
    const std::optional<SmsSender>& console, const std::optional<SmsSender>& server, const QStringList& consoleSecrets)
{
    const SmsSender none { QString(), QString(), QString(), QString(), QString(), QString(), QString(), {}, {} };
    const SmsSender& c = console ? *console : none;
    const SmsSender& s = server ? *server : none;
    const QString section = QStringLiteral("sender");
    QList<DiffRow> rows {
        row(section, QStringLiteral("provider"), c.provider, s.provider, false, consoleSecrets),
        row(section, QStringLiteral("providerURL"), c.providerUrl, s.providerUrl, false, consoleSecrets),
        row(section, QStringLiteral("key"), c.key, s.key, false, consoleSecrets),
        row(section, QStringLiteral("secret"), c.secret, s.secret, true, consoleSecrets),
        row(section, QStringLiteral("sender"), c.sender, s.sender, false, consoleSecrets),
        row(section, QStringLiteral("contentType"), c.contentType, s.contentType, false, consoleSecrets),
    };
    QStringList keys;
    for (const SenderProperty& p : c.properties)
        keys.append(p.key);
    for (const SenderProperty& p : s.properties) {
        if (!keys.contains(p.key))
            keys.append(p.key);
    }
    for (const QString& key : std::as_const(keys))
        rows.append(row(section, key, c.property(key).value_or(QString()), s.property(key).value_or(QString()), false,
            consoleSecrets));
    if (!c.authentication.isSet() && !s.authentication.isSet())
        return rows;
    rows.append(row(section, QStringLiteral("authentication.type"), c.authentication.type, s.authentication.type, false,
        consoleSecrets));
    QStringList authKeys;
    for (const SenderProperty& p : c.authentication.properties + s.authentication.properties) {
        if (!authKeys.contains(p.key))
            authKeys.append(p.key);
    }
    for (const QString& key : std::as_const(authKeys))
        rows.append(row(section, QStringLiteral("authentication.") + key,
            c.authentication.property(key).value_or(QString()), s.authentication.property(key).value_or(QString()),
            isSecretAuthenticationProperty(key), consoleSecrets));
    return rows;
}

QList<DiffRow> diffConnector(const QList<ConnectorProperty>& console, const QList<ConnectorProperty>& server)
{
    QList<DiffRow> rows;
    for (const ConnectorProperty& p : console) {
        DiffRow r;
        r.section = QStringLiteral("connector");
        r.field = p.name;
        r.consoleValue = p.value;
        bool found = false;
        for (const ConnectorProperty& q : server) {
            if (q.name == p.name) {
                r.serverValue = q.value;
                found = true;
            }
        }
        const bool same = found && p.value.trimmed().compare(r.serverValue.trimmed(), Qt::CaseInsensitive) == 0;
        r.comparison = same ? Comparison::Equal : Comparison::Different;
        rows.append(r);
    }
    return rows;
}

bool hasDifferences(const QList<DiffRow>& rows)
{
    for (const DiffRow& r : rows) {
        if (r.comparison == Comparison::Different)
            return true;
    }
    return false;
}

} // namespace smsotp::wso2
