#pragma once
// What the server commands share: the connection to a named server (its secret from the keychain) and how
// a difference is shown.

#include "Context.h"
#include "wso2/Wso2Client.h"

#include <functional>

namespace smsotp::cli {

// Loads the named server and its secret from the keychain, then calls next; or finishes the run with the error.
void withServerConnection(Context& context, const QString& name, std::function<void(const wso2::Connection&)> next);
// "=", "≠" or "?"
QString comparisonMark(wso2::Comparison comparison);
// The heading, then the certificate's SHA-256, subject, issuer and expiry, one per line on standard output.
void printCertificate(Context& context, const QString& heading, const wso2::CertificateInfo& info);
// A value as one line; "(none)" when empty.
QString shownValue(const QString& value);

// `server push NAME [--yes]` as a job of named steps: read the provider's setup, refuse what WSO2 cannot express,
// pull, show the exact requests and the differences, ask, push, report. The context's finish() ends it.
void startPushJob(Context& context, const QString& server, bool assumeYes);

} // namespace smsotp::cli
