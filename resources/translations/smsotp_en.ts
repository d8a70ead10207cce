<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>smsotp::cli::ConfigCommand</name>
    <message numerus="yes">
        <location filename="../../core/cli/ConfigCommand.cpp" line="+82"/>
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform>
            <numerusform>(and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::config</name>
    <message numerus="yes">
        <location filename="../../core/config/ConfigExport.cpp" line="+282"/>
        <source>nothing was imported: the file pins %n certificate(s) that are not pinned now, and a pin is added only with consent</source>
        <translation>
            <numerusform>nothing was imported: the file pins %n certificate that is not pinned now, and a pin is added only with consent</numerusform>
            <numerusform>nothing was imported: the file pins %n certificates that are not pinned now, and a pin is added only with consent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::otp::BackupVerifyResult</name>
    <message numerus="yes">
        <location filename="../../core/otp/BackupCodes.cpp" line="+161"/>
        <source>Verified with a backup code; %n backup code(s) left.</source>
        <translation>
            <numerusform>Verified with a backup code; %n backup code left.</numerusform>
            <numerusform>Verified with a backup code; %n backup codes left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::otp::OtpEngine</name>
    <message numerus="yes">
        <location filename="../../core/otp/OtpEngine.cpp" line="+74"/>
        <source>A new code was issued; the earlier one no longer works. It is valid for %n second(s).</source>
        <translation>
            <numerusform>A new code was issued; the earlier one no longer works. It is valid for %n second.</numerusform>
            <numerusform>A new code was issued; the earlier one no longer works. It is valid for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A code was issued. It is valid for %n second(s).</source>
        <translation>
            <numerusform>A code was issued. It is valid for %n second.</numerusform>
            <numerusform>A code was issued. It is valid for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too soon: wait %n second(s) before sending another code.</source>
        <translation>
            <numerusform>Too soon: wait %n second before sending another code.</numerusform>
            <numerusform>Too soon: wait %n seconds before sending another code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The resend limit is reached: resending is blocked for %n more second(s).</source>
        <translation>
            <numerusform>The resend limit is reached: resending is blocked for %n more second.</numerusform>
            <numerusform>The resend limit is reached: resending is blocked for %n more seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This number has had as many codes in the last hour as the settings allow (a cap that keeps SMS costs down). The next code can be sent in %n second(s).</source>
        <translation>
            <numerusform>This number has had as many codes in the last hour as the settings allow (a cap that keeps SMS costs down). The next code can be sent in %n second.</numerusform>
            <numerusform>This number has had as many codes in the last hour as the settings allow (a cap that keeps SMS costs down). The next code can be sent in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Wrong code. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong code. %n attempt left.</numerusform>
            <numerusform>Wrong code. %n attempts left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>That is an earlier code, replaced by a resend: type the latest one. %n attempt(s) left.</source>
        <translation>
            <numerusform>That is an earlier code, replaced by a resend: type the latest one. %n attempt left.</numerusform>
            <numerusform>That is an earlier code, replaced by a resend: type the latest one. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::send::DeliveryTracker</name>
    <message numerus="yes">
        <location filename="../../core/send/DeliveryTracker.cpp" line="+146"/>
        <source>No final delivery state within %n minute(s); the last one known is shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::send::TestSendSession</name>
    <message numerus="yes">
        <location filename="../../core/send/TestSendSession.cpp" line="+221"/>
        <source>Verified with a backup code instead of the SMS code; %n backup code(s) left.</source>
        <translation>
            <numerusform>Verified with a backup code instead of the SMS code; %n backup code left.</numerusform>
            <numerusform>Verified with a backup code instead of the SMS code; %n backup codes left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>That backup code was already used: each works once (%n left). %1</source>
        <translation>
            <numerusform>That backup code was already used: each works once (%n left). %1</numerusform>
            <numerusform>That backup code was already used: each works once (%n left). %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::ui::CustomEditor</name>
    <message numerus="yes">
        <location filename="../../ui/editors/CustomEditor.cpp" line="+583"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::ui::HistoryPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/HistoryPage.cpp" line="+90"/>
        <source>Delete the %n shown row(s) for good? They are overwritten in the database file and cannot be brought back.</source>
        <translation>
            <numerusform>Delete the %n shown row for good? It is overwritten in the database file and cannot be brought back.</numerusform>
            <numerusform>Delete the %n shown rows for good? They are overwritten in the database file and cannot be brought back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+303"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Purged %n row(s).</source>
        <translation>
            <numerusform>Purged %n row.</numerusform>
            <numerusform>Purged %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::ui::IdentityServerLoginFlow</name>
    <message numerus="yes">
        <location filename="../../ui/pages/IdentityServerLoginFlow.cpp" line="+139"/>
        <source>%n application(s) found; select one to see its login flow.</source>
        <translation>
            <numerusform>%n application found; select one to see its login flow.</numerusform>
            <numerusform>%n applications found; select one to see its login flow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::ui::SmsLocaleEditor</name>
    <message numerus="yes">
        <location filename="../../ui/pages/SmsLocaleEditor.cpp" line="+154"/>
        <source>%1, %2 characters, %n part(s)</source>
        <translation type="unfinished">
            <numerusform>%1, %2 characters, %n part</numerusform>
            <numerusform>%1, %2 characters, %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>(%n more in the tooltip)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n character(s) replaced with GSM-7.</source>
        <translation type="unfinished">
            <numerusform>%n character replaced with GSM-7.</numerusform>
            <numerusform>%n characters replaced with GSM-7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::ui::TestSendPage</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/SendVerifyPanel.cpp" line="+336"/>
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>%n attempt left</numerusform>
            <numerusform>%n attempts left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/TestSendPage.cpp" line="+246"/>
        <source>&lt;b&gt;Shown only this once.&lt;/b&gt; Copy or write down these %n backup code(s) for %1 now: only their hashes are kept, so they cannot be shown again. Each works once; the earlier set no longer works.</source>
        <translation>
            <numerusform>&lt;b&gt;Shown only this once.&lt;/b&gt; Copy or write down this %n backup code for %1 now: only its hash is kept, so it cannot be shown again. It works once; the earlier set no longer works.</numerusform>
            <numerusform>&lt;b&gt;Shown only this once.&lt;/b&gt; Copy or write down these %n backup codes for %1 now: only their hashes are kept, so they cannot be shown again. Each works once; the earlier set no longer works.</numerusform>
        </translation>
    </message>
</context>
</TS>
