// BuildSupport: what the request builders share. A bad field or endpoint becomes a problem on the right field with
// the check's sentence; an HTTP Basic request carries the credentials only in a header marked secret and lists
// the secret for redaction; a response body is cut to one short line of detail.

#include "providers/BuildSupport.h"

#include <QTest>

using namespace smsotp::providers;
using namespace smsotp::providers::detail;
using namespace std::chrono_literals;

class TestBuildSupport : public QObject
{
    Q_OBJECT

    static BasicAuthRequest basicAuth()
    {
        BasicAuthRequest spec { ConfigField::AccountSid, {}, QStringLiteral("AC0123"), ConfigField::AuthToken, {},
            QStringLiteral("t0k3n"), QUrl(QStringLiteral("https://api.example.com/prefix/")),
            QStringLiteral("/2010-04-01/Messages.json"), 7000ms };
        return spec;
    }

    static const BuildProblem* problemOn(const QList<BuildProblem>& problems, ConfigField field)
    {
        for (const BuildProblem& p : problems) {
            if (p.field == field)
                return &p;
        }
        return nullptr;
    }

private Q_SLOTS:
    void aProblemKeepsWhatItWasGiven()
    {
        const BuildProblem p = problem(ConfigField::Sender, BuildErrorKind::Insecure, QStringLiteral("why"),
            smsotp::tmpl::TextPosition { 12, 2, 5 });
        QCOMPARE(p.field, ConfigField::Sender);
        QCOMPARE(p.kind, BuildErrorKind::Insecure);
        QCOMPARE(p.message, QStringLiteral("why"));
        QVERIFY(p.position.has_value());
        QCOMPARE(p.position->offset, 12);
        QCOMPARE(p.position->line, 2);
        QCOMPARE(p.position->column, 5);
        QVERIFY(!problem(ConfigField::Url, BuildErrorKind::Missing, QStringLiteral("x")).position.has_value());
    }

    void fieldChecksBecomeErrors()
    {
        BuildResult result;
        addFieldProblem(result, ConfigField::AccountSid, FieldCheck {});
        QVERIFY(result.ok());
        QVERIFY(result.warnings.isEmpty());

        addFieldProblem(result, ConfigField::AccountSid, FieldCheck::fail(FieldProblem::Empty, QStringLiteral("e")));
        addFieldProblem(
            result, ConfigField::AuthToken, FieldCheck::fail(FieldProblem::WrongLength, QStringLiteral("len")));
        addFieldProblem(
            result, ConfigField::Sender, FieldCheck::fail(FieldProblem::InvalidCharacters, QStringLiteral("chars")));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 3);
        // Empty is "missing", anything else is "malformed": the UI words them differently.
        QCOMPARE(result.errors.at(0).field, ConfigField::AccountSid);
        QCOMPARE(result.errors.at(0).kind, BuildErrorKind::Missing);
        QCOMPARE(result.errors.at(0).message, QStringLiteral("e"));
        QCOMPARE(result.errors.at(1).field, ConfigField::AuthToken);
        QCOMPARE(result.errors.at(1).kind, BuildErrorKind::Malformed);
        QCOMPARE(result.errors.at(1).message, QStringLiteral("len"));
        QCOMPARE(result.errors.at(2).field, ConfigField::Sender);
        QCOMPARE(result.errors.at(2).kind, BuildErrorKind::Malformed);
    }

    void endpointsFollowTheUrlPolicy()
    {
        BuildResult fine;
        addEndpointProblems(fine, ConfigField::ApiBase, QUrl(QStringLiteral("https://api.example.com")));
        QVERIFY(fine.ok());
        QVERIFY(fine.warnings.isEmpty());

        BuildResult remote;
        addEndpointProblems(remote, ConfigField::ApiBase, QUrl(QStringLiteral("http://api.example.com")));
        QCOMPARE(remote.errors.size(), 1);
        QCOMPARE(remote.errors.first().field, ConfigField::ApiBase);
        QCOMPARE(remote.errors.first().kind, BuildErrorKind::Insecure);
        QVERIFY(remote.errors.first().message.contains(QStringLiteral("https://")));
        QVERIFY(remote.warnings.isEmpty());

        // Plain http to this machine goes, with a warning (local gateways and test servers).
        BuildResult local;
        addEndpointProblems(local, ConfigField::Url, QUrl(QStringLiteral("http://127.0.0.1:8080/sms")));
        QVERIFY(local.ok());
        QCOMPARE(local.warnings.size(), 1);
        QCOMPARE(local.warnings.first().field, ConfigField::Url);
        QCOMPARE(local.warnings.first().kind, BuildErrorKind::Insecure);
        QVERIFY(!local.warnings.first().message.isEmpty());

        for (const char* refused : { "ftp://api.example.com", "https://user:pw@api.example.com", "https://", "" }) {
            BuildResult result;
            addEndpointProblems(result, ConfigField::ApiBase, QUrl(QString::fromLatin1(refused)));
            QVERIFY2(result.errors.size() == 1, refused);
            QCOMPARE(result.errors.first().field, ConfigField::ApiBase);
            QVERIFY2(result.errors.first().kind != BuildErrorKind::Insecure, refused);
            QVERIFY2(!result.errors.first().message.isEmpty(), refused);
        }
        BuildResult credentials;
        addEndpointProblems(credentials, ConfigField::ApiBase, QUrl(QStringLiteral("https://u:pw@api.example.com")));
        QCOMPARE(credentials.errors.first().kind, BuildErrorKind::Malformed);
    }

    void basicAuthBuildsTheAuthenticatedRequest()
    {
        const BuildResult result = prepareBasicAuth(basicAuth());
        QVERIFY(result.ok());
        QVERIFY(result.warnings.isEmpty());
        const HttpRequestSpec& request = result.request;
        // The path goes after the base's own path, without a doubled slash.
        QCOMPARE(request.url, QUrl(QStringLiteral("https://api.example.com/prefix/2010-04-01/Messages.json")));
        QCOMPARE(request.transferTimeout, 7000ms);
        QCOMPARE(request.headerValue("Authorization"), QByteArray("Basic ") + QByteArray("AC0123:t0k3n").toBase64());
        QCOMPARE(request.headerValue("Accept"), QByteArray("application/json"));
        bool authorizationIsSecret = false;
        for (const HttpHeader& header : request.headers) {
            if (header.name == "Authorization")
                authorizationIsSecret = header.isSecret;
            else
                QVERIFY2(!header.isSecret, header.name.constData());
        }
        QVERIFY(authorizationIsSecret); // previews show it as •••
        QCOMPARE(request.secrets, QStringList { QStringLiteral("t0k3n") });
        QVERIFY(request.body.isEmpty()); // the rest is the caller's
    }

    void basicAuthEncodesCredentialsAsUtf8()
    {
        BasicAuthRequest spec = basicAuth();
        spec.user = QStringLiteral("usér");
        spec.secret = QStringLiteral("pässwörd:with-colon");
        const BuildResult result = prepareBasicAuth(spec);
        QVERIFY(result.ok());
        QCOMPARE(result.request.headerValue("authorization"),
            QByteArray("Basic ") + QStringLiteral("usér:pässwörd:with-colon").toUtf8().toBase64());
        QCOMPARE(result.request.secrets, QStringList { spec.secret }); // in clear, as stored, not encoded
    }

    void basicAuthReportsEveryProblemAndBuildsNothing()
    {
        BasicAuthRequest spec = basicAuth();
        spec.userCheck = FieldCheck::fail(FieldProblem::WrongPrefix, QStringLiteral("starts with AC"));
        spec.secretCheck = FieldCheck::fail(FieldProblem::Empty, QStringLiteral("enter the token"));
        spec.apiBase = QUrl(QStringLiteral("http://api.example.com"));
        const BuildResult result = prepareBasicAuth(spec);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 3); // all at once, not the first only
        const BuildProblem* user = problemOn(result.errors, ConfigField::AccountSid);
        const BuildProblem* secret = problemOn(result.errors, ConfigField::AuthToken);
        const BuildProblem* base = problemOn(result.errors, ConfigField::ApiBase);
        QVERIFY(user && secret && base);
        QCOMPARE(user->kind, BuildErrorKind::Malformed);
        QCOMPARE(user->message, QStringLiteral("starts with AC"));
        QCOMPARE(secret->kind, BuildErrorKind::Missing);
        QCOMPARE(base->kind, BuildErrorKind::Insecure);
        // Nothing of the credentials is prepared for a request that cannot go.
        QVERIFY(result.request.headers.isEmpty());
        QVERIFY(result.request.secrets.isEmpty());
        QVERIFY(result.request.url.isEmpty());

        BasicAuthRequest onlyBase = basicAuth();
        onlyBase.apiBase = QUrl(QStringLiteral("ftp://api.example.com"));
        const BuildResult refused = prepareBasicAuth(onlyBase);
        QCOMPARE(refused.errors.size(), 1);
        QCOMPARE(refused.errors.first().field, ConfigField::ApiBase);
        QVERIFY(!refused.request.hasHeader("Authorization"));
    }

    void basicAuthToThisMachineGoesWithAWarning()
    {
        BasicAuthRequest spec = basicAuth();
        spec.apiBase = QUrl(QStringLiteral("http://localhost:8089"));
        const BuildResult result = prepareBasicAuth(spec);
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first().field, ConfigField::ApiBase);
        QCOMPARE(result.request.url, QUrl(QStringLiteral("http://localhost:8089/2010-04-01/Messages.json")));
        QVERIFY(result.request.hasHeader("Authorization"));
    }

    void shortDetailKeepsTheStartOfTheBody()
    {
        QCOMPARE(shortDetail(QByteArrayView()), QString());
        QCOMPARE(shortDetail("{\"error\": \"bad key\"}"), QStringLiteral("{\"error\": \"bad key\"}"));
        QCOMPARE(shortDetail(QByteArray("Ä café").constData()), QStringLiteral("Ä café")); // decoded as UTF-8

        const QByteArray exactly500(500, 'a');
        QCOMPARE(shortDetail(exactly500), QString::fromLatin1(exactly500)); // no ellipsis when nothing is cut

        const QByteArray long501 = QByteArray(499, 'b') + "cd";
        const QString cut = shortDetail(long501);
        QCOMPARE(cut.size(), 501);
        QCOMPARE(cut, QString::fromLatin1(QByteArray(499, 'b') + "c") + u'…');

        const QString huge = shortDetail(QByteArray(100000, 'x'));
        QCOMPARE(huge.size(), 501);
        QVERIFY(huge.endsWith(u'…'));
    }
};

QTEST_GUILESS_MAIN(TestBuildSupport)
#include "TestBuildSupport.moc"
