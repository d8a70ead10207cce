<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../core/send/DeliveryTracker.cpp" line="+148"/>
        <source>No final delivery state in time; the last one known is shown.</source>
        <translation>Kein endgültiger Zustellstatus in der Zeit; der zuletzt bekannte wird angezeigt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main-console.cpp" line="+21"/>
        <source>SMS OTP Console</source>
        <translation>SMS OTP Console</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS OTP Console: configure, preview and prove SMS one-time-password authentication.</source>
        <translation>SMS OTP Console: SMS-Einmalpasswort-Authentifizierung einrichten, in der Vorschau prüfen und erproben.</translation>
    </message>
</context>
<context>
    <name>otp</name>
    <message>
        <location filename="../../core/wso2/Wso2Take.cpp" line="+57"/>
        <source>The server&apos;s %1 is &quot;%2&quot;, which the console cannot take; it keeps %3.</source>
        <translation>%1 des Servers ist „%2“; das kann die Konsole nicht übernehmen, sie behält %3.</translation>
    </message>
</context>
<context>
    <name>smsotp::config</name>
    <message>
        <location filename="../../core/config/ConfigCheck.cpp" line="+64"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../core/config/ConfigExport.cpp" line="+252"/>
        <location line="+38"/>
        <source>nothing was imported: %1</source>
        <translation>nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>%1: %2 (on the SMS Provider page, or provider set on the command line)</source>
        <translation>%1: %2 (auf der Seite SMS-Anbieter oder mit provider set auf der Kommandozeile)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WSO2 server %1: %2 (on the Identity Server page, or server add on the command line)</source>
        <translation>WSO2-Server %1: %2 (auf der Seite „Identity Server“ oder mit server add auf der Kommandozeile)</translation>
    </message>
    <message numerus="yes">
        <location line="+149"/>
        <source>nothing was imported: the file pins %n certificate(s) that are not pinned now, and a pin is added only with consent</source>
        <translation>
            <numerusform>nichts wurde importiert: Die Datei legt %n Zertifikat fest, das jetzt nicht festgelegt ist, und ein Zertifikat wird nur mit Zustimmung festgelegt</numerusform>
            <numerusform>nichts wurde importiert: Die Datei legt %n Zertifikate fest, die jetzt nicht festgelegt sind, und ein Zertifikat wird nur mit Zustimmung festgelegt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::config::Checker</name>
    <message>
        <location filename="../../core/config/ConfigCheck.cpp" line="+28"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object, found a list</source>
        <translation>erwartet wird ein Objekt, gefunden wurde eine Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not an SMS OTP Console configuration file (expected &quot;%1&quot;)</source>
        <translation>keine Konfigurationsdatei der SMS OTP Console (erwartet wird &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number from 1, found %1</source>
        <translation>erwartet wird eine ganze Zahl ab 1, gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 was written by a newer SMS OTP Console; this one reads version %2</source>
        <translation>Version %1 wurde von einer neueren SMS OTP Console geschrieben; diese liest Version %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+194"/>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+45"/>
        <location line="+59"/>
        <location line="+34"/>
        <location line="+45"/>
        <source>expected text, found %1</source>
        <translation>erwartet wird Text, gefunden wurde %1</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>expected an object, found %1</source>
        <translation>erwartet wird ein Objekt, gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown setting</source>
        <translation>unbekannte Einstellung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected true or false, found %1</source>
        <translation>erwartet wird true oder false, gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a whole number, found %1</source>
        <translation>erwartet wird eine ganze Zahl, gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is in the file twice, under two spellings</source>
        <translation>%1 steht zweimal in der Datei, in zwei Schreibweisen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>expected a whole number of milliseconds from 1 to %1</source>
        <translation>erwartet wird eine ganze Zahl von Millisekunden von 1 bis %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>expected one of %1</source>
        <translation>erwartet wird einer der Werte %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the template</source>
        <translation>die Vorlage</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>not a valid regular expression: %1</source>
        <translation>kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>expected one of none, basic, bearer, api-key</source>
        <translation>erwartet wird einer der Werte none, basic, bearer, api-key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected one of header, query</source>
        <translation>erwartet wird einer der Werte header, query</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not a JSON pointer (it starts with “/”)</source>
        <translation>kein JSON-Pointer (er beginnt mit „/“)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the value of header “%1” is in the file: header values are secrets, kept only in the keychain; leave them empty (“%1: ”) and enter them on the SMS Provider page</source>
        <translation>der Wert des Headers „%1“ steht in der Datei: Header-Werte sind Geheimnisse und werden nur im Schlüsselbund aufbewahrt; lassen Sie sie leer („%1: “) und geben Sie sie auf der Seite SMS-Anbieter ein</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <location line="+96"/>
        <source>expected a list, found %1</source>
        <translation>erwartet wird eine Liste, gefunden wurde %1</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>expected an HTTP status from 100 to 599</source>
        <translation>erwartet wird ein HTTP-Status von 100 bis 599</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected the name of a secret (text)</source>
        <translation>erwartet wird der Name eines Geheimnisses (Text)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown provider (expected twilio, vonage or custom)</source>
        <translation>unbekannter Anbieter (erwartet wird twilio, vonage oder custom)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>expected the server&apos;s name (not empty, no spaces around it)</source>
        <translation>erwartet wurde der Name des Servers (nicht leer, ohne Leerzeichen davor oder danach)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>secrets are never in the file: remove it and enter it in the keychain on the Identity Server page (or with server add)</source>
        <translation>Geheimnisse stehen nie in der Datei: Entfernen Sie es und geben Sie es auf der Seite „Identity Server“ (oder mit server add) in den Schlüsselbund ein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing: the base URL with the tenant</source>
        <translation>fehlt: die Basis-URL mit dem Mandanten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected one of basic, client_credentials</source>
        <translation>erwartet wurde basic oder client_credentials</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a scope (text)</source>
        <translation>erwartet wurde ein Scope (Text)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected one certificate in PEM (-----BEGIN CERTIFICATE-----), or empty for no pin</source>
        <translation>erwartet wurde ein Zertifikat in PEM (-----BEGIN CERTIFICATE-----) oder leer für keines</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected the host of baseUrl (%1), and only beside a pinnedCertificate</source>
        <translation>erwartet wird der Host von baseUrl (%1), und nur neben einem pinnedCertificate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected one of twilio, vonage, custom, sandbox</source>
        <translation>erwartet wird einer der Werte twilio, vonage, custom, sandbox</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is active but the file has no valid configuration for it under $.providers</source>
        <translation>%1 ist aktiv, aber die Datei enthält unter $.providers keine gültige Konfiguration dafür</translation>
    </message>
</context>
<context>
    <name>smsotp::limits</name>
    <message>
        <location filename="../../core/config/InputLimits.cpp" line="+19"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is larger than %2, the most the console reads.</source>
        <translation>%1 ist größer als %2; mehr liest die Konsole nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>smsotp::otp</name>
    <message>
        <location filename="../../core/otp/BackupCodes.cpp" line="+95"/>
        <location filename="../../core/otp/OtpPolicy.cpp" line="+135"/>
        <source>Must be a whole number from %1 to %2.</source>
        <translation>Muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../../core/otp/OtpPolicy.cpp" line="+52"/>
        <source>Must be true or false.</source>
        <translation>Muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../core/otp/OtpPolicy.cpp" line="+6"/>
        <source>Required: enter a whole number.</source>
        <translation>Pflichtfeld: Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../core/otp/OtpPolicy.cpp" line="+0"/>
        <source>Not a whole number: enter digits only.</source>
        <translation>Keine ganze Zahl: Geben Sie nur Ziffern ein.</translation>
    </message>
</context>
<context>
    <name>smsotp::otp::BackupCodes</name>
    <message>
        <location line="+99"/>
        <source>A user name is required.</source>
        <translation>Ein Benutzername ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup.count must be from %1 to %2.</source>
        <translation>backup.count muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup.length must be from %1 to %2.</source>
        <translation>backup.length muss zwischen %1 und %2 liegen.</translation>
    </message>
</context>
<context>
    <name>smsotp::otp::BackupVerifyResult</name>
    <message>
        <location line="-38"/>
        <source>The backup codes could not be checked: %1</source>
        <translation>Die Backup-Codes konnten nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Verified with a backup code; %n backup code(s) left.</source>
        <translation>
            <numerusform>Mit einem Backup-Code bestätigt; noch %n Backup-Code übrig.</numerusform>
            <numerusform>Mit einem Backup-Code bestätigt; noch %n Backup-Codes übrig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not one of the backup codes.</source>
        <translation>Das ist keiner der Backup-Codes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That backup code was already used: each works once.</source>
        <translation>Dieser Backup-Code wurde bereits verwendet: Jeder funktioniert nur einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no backup codes for this user.</source>
        <translation>Für diesen Benutzer gibt es keine Backup-Codes.</translation>
    </message>
</context>
<context>
    <name>smsotp::otp::OtpEngine</name>
    <message numerus="yes">
        <location filename="../../core/otp/OtpEngine.cpp" line="+74"/>
        <source>A new code was issued; the earlier one no longer works. It is valid for %n second(s).</source>
        <translation>
            <numerusform>Ein neuer Code wurde ausgegeben; der frühere gilt nicht mehr. Er ist %n Sekunde gültig.</numerusform>
            <numerusform>Ein neuer Code wurde ausgegeben; der frühere gilt nicht mehr. Er ist %n Sekunden gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A code was issued. It is valid for %n second(s).</source>
        <translation>
            <numerusform>Ein Code wurde ausgegeben. Er ist %n Sekunde gültig.</numerusform>
            <numerusform>Ein Code wurde ausgegeben. Er ist %n Sekunden gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too soon: wait %n second(s) before sending another code.</source>
        <translation>
            <numerusform>Zu früh: Warten Sie %n Sekunde, bevor Sie einen weiteren Code senden.</numerusform>
            <numerusform>Zu früh: Warten Sie %n Sekunden, bevor Sie einen weiteren Code senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The resend limit is reached: resending is blocked for %n more second(s).</source>
        <translation>
            <numerusform>Die Grenze für erneutes Senden ist erreicht: Erneutes Senden ist noch %n Sekunde gesperrt.</numerusform>
            <numerusform>Die Grenze für erneutes Senden ist erreicht: Erneutes Senden ist noch %n Sekunden gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This number has had as many codes in the last hour as the settings allow (a cap that keeps SMS costs down). The next code can be sent in %n second(s).</source>
        <translation>
            <numerusform>Diese Nummer hat in der letzten Stunde so viele Codes erhalten, wie die Einstellungen erlauben (eine Obergrenze, die die SMS-Kosten begrenzt). Der nächste Code kann in %n Sekunde gesendet werden.</numerusform>
            <numerusform>Diese Nummer hat in der letzten Stunde so viele Codes erhalten, wie die Einstellungen erlauben (eine Obergrenze, die die SMS-Kosten begrenzt). Der nächste Code kann in %n Sekunden gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong codes: this challenge is locked. Start a new one.</source>
        <translation>Zu viele falsche Codes: Dieser Vorgang ist gesperrt. Starten Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This challenge was already verified: start a new one to test again.</source>
        <translation>Dieser Vorgang wurde bereits bestätigt: Starten Sie einen neuen, um erneut zu testen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>No such challenge: it was never issued, or it finished and was forgotten. Start a new one.</source>
        <translation>Diesen Vorgang gibt es nicht: Er wurde nie begonnen, oder er ist beendet und vergessen. Starten Sie einen neuen.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Code verified.</source>
        <translation>Code bestätigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrong code. %n attempt(s) left.</source>
        <translation>
            <numerusform>Falscher Code. Noch %n Versuch.</numerusform>
            <numerusform>Falscher Code. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong code. No attempts left: the challenge is locked. Start a new one.</source>
        <translation>Falscher Code. Keine Versuche mehr: Der Vorgang ist gesperrt. Starten Sie einen neuen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>That is an earlier code, replaced by a resend: type the latest one. %n attempt(s) left.</source>
        <translation>
            <numerusform>Das ist ein früherer Code, ersetzt durch erneutes Senden: Geben Sie den neuesten ein. Noch %n Versuch.</numerusform>
            <numerusform>Das ist ein früherer Code, ersetzt durch erneutes Senden: Geben Sie den neuesten ein. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is an earlier code, replaced by a resend. No attempts left: the challenge is locked. Start a new one.</source>
        <translation>Das ist ein früherer Code, ersetzt durch erneutes Senden. Keine Versuche mehr: Der Vorgang ist gesperrt. Starten Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code has expired. Resend to get a new one.</source>
        <translation>Der Code ist abgelaufen. Senden Sie erneut, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong codes: this challenge is locked, even for the right code. Start a new one.</source>
        <translation>Zu viele falsche Codes: Dieser Vorgang ist gesperrt, auch für den richtigen Code. Starten Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This challenge was already verified; a code is accepted only once.</source>
        <translation>Dieser Vorgang wurde bereits bestätigt; ein Code wird nur einmal angenommen.</translation>
    </message>
</context>
<context>
    <name>smsotp::otp::OtpPolicy</name>
    <message>
        <location filename="../../core/otp/OtpPolicy.cpp" line="-41"/>
        <source>Fewer than 6 digits: NIST SP 800-63B asks for at least six decimal digits. WSO2 allows it, but a short code is easier to guess.</source>
        <translation>Weniger als 6 Ziffern: NIST SP 800-63B verlangt mindestens sechs Dezimalziffern. WSO2 erlaubt es, aber ein kurzer Code ist leichter zu erraten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 bits of entropy is under the 20 bits (six decimal digits) NIST SP 800-63B requires for an out-of-band secret.</source>
        <translation>%1 Bit Entropie liegt unter den 20 Bit (sechs Dezimalziffern), die NIST SP 800-63B für ein Out-of-Band-Geheimnis verlangt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over 10 minutes: NIST SP 800-63B limits an out-of-band secret to 10 minutes; a long-lived code gives an attacker more time to intercept or guess it.</source>
        <translation>Über 10 Minuten: NIST SP 800-63B begrenzt ein Out-of-Band-Geheimnis auf 10 Minuten; ein langlebiger Code gibt einem Angreifer mehr Zeit, ihn abzufangen oder zu erraten.</translation>
    </message>
</context>
<context>
    <name>smsotp::phone</name>
    <message>
        <location filename="../../core/phone/LibPhoneNumberPlugin.cpp" line="+174"/>
        <source>A “+” belongs only at the start of a number, before the country calling code.</source>
        <translation>Ein „+“ steht nur am Anfang einer Nummer, vor der Ländervorwahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a letter: a phone number for SMS holds only digits (spaces, dashes, dots and parentheses are fine, and a leading + or 00).</source>
        <translation>„%1“ ist ein Buchstabe: Eine Telefonnummer für SMS enthält nur Ziffern (Leerzeichen, Bindestriche, Punkte und Klammern sind erlaubt, ebenso ein führendes + oder 00).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” does not belong in a phone number: use only digits, spaces, dashes, dots, parentheses, and a leading + or 00.</source>
        <translation>„%1“ gehört nicht in eine Telefonnummer: Verwenden Sie nur Ziffern, Leerzeichen, Bindestriche, Punkte, Klammern und ein führendes + oder 00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no digit in this phone number.</source>
        <translation>Diese Telefonnummer enthält keine Ziffer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This number has too many digits. A number in international form has at most 15 digits, country calling code included.</source>
        <translation>Diese Nummer hat zu viele Ziffern. Eine Nummer in internationaler Form hat höchstens 15 Ziffern, einschließlich der Ländervorwahl.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose the country of this number, or write it in international form, with + and the country calling code (+44 for the United Kingdom, +1 for the US).</source>
        <translation>Wählen Sie das Land dieser Nummer, oder schreiben Sie sie in internationaler Form mit + und der Ländervorwahl (+44 für das Vereinigte Königreich, +1 für die USA).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number does not start with a country calling code in use. After + or 00 comes the country calling code: +44 for the United Kingdom, +1 for the US, +91 for India.</source>
        <translation>Die Nummer beginnt nicht mit einer vergebenen Ländervorwahl. Nach + oder 00 folgt die Ländervorwahl: +44 für das Vereinigte Königreich, +1 für die USA, +91 für Indien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not read as a phone number.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number is too short to be a phone number.</source>
        <translation>Diese Nummer ist zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>This number is too short for %1: it looks like a local number. Add the area code.</source>
        <translation>Diese Nummer ist zu kurz für %1: Sie sieht wie eine Ortsnummer aus. Fügen Sie die Vorwahl hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+%1 is not a country calling code in use.</source>
        <translation>+%1 ist keine vergebene Ländervorwahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number is too short for %1: it has %n digit(s) after the country code.</source>
        <translation>Diese Nummer ist zu kurz für %1: Sie hat %n Ziffer(n) nach der Ländervorwahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number is too long for %1: it has %n digit(s) after the country code.</source>
        <translation>Diese Nummer ist zu lang für %1: Sie hat %n Ziffer(n) nach der Ländervorwahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No number in %1 has %n digit(s) after the country code. Check for a missing or extra digit.</source>
        <translation>Keine Nummer in %1 hat %n Ziffer(n) nach der Ländervorwahl. Prüfen Sie, ob eine Ziffer fehlt oder zu viel ist.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This is not a number in use in %1: its digits are of a range that is not allocated (or kept for films and examples). Check the number.</source>
        <translation>Diese Nummer ist in %1 nicht vergeben: Ihre Ziffern liegen in einem Bereich, der nicht zugeteilt ist (oder für Filme und Beispiele reserviert ist). Prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a %1 number in %2, which cannot receive an SMS. Use a mobile number.</source>
        <translation>Dies ist eine Nummer (%1) in %2, die keine SMS empfangen kann. Verwenden Sie eine Mobilfunknummer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In %1 a mobile number cannot be told from a landline by its digits. The number is accepted; the provider refuses it if it is a landline.</source>
        <translation>In %1 lässt sich eine Mobilfunknummer nicht an ihren Ziffern von einer Festnetznummer unterscheiden. Die Nummer wird angenommen; der Anbieter lehnt sie ab, wenn sie eine Festnetznummer ist.</translation>
    </message>
    <message>
        <location filename="../../core/phone/PhoneNumber.cpp" line="+56"/>
        <source>Phone numbers cannot be checked: %1</source>
        <translation>Telefonnummern können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <location filename="../../core/phone/PhoneText.cpp" line="+31"/>
        <source>mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mobile or fixed-line</source>
        <translation>Mobilfunk oder Festnetz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed-line</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>toll-free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>premium-rate</source>
        <translation>Premium-Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared-cost</source>
        <translation>Shared-Cost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internet telephony (VoIP)</source>
        <translation>Internettelefonie (VoIP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personal (forwarding)</source>
        <translation>persönlich (Weiterleitung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>universal access (UAN)</source>
        <translation>universeller Zugang (UAN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>smsotp::plugins</name>
    <message>
        <location filename="../../core/plugins/PluginLoader.cpp" line="+52"/>
        <source>The plugin %1 is not installed (looked in %2).</source>
        <translation>Das Plugin %1 ist nicht installiert (gesucht in %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not the plugin this program expects (another version?).</source>
        <translation>%1 ist nicht das Plugin, das dieses Programm erwartet (eine andere Version?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plugin %1 could not be loaded: %2</source>
        <translation>Das Plugin %1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>smsotp::providers</name>
    <message>
        <location filename="../../core/providers/ErrorExplanations.cpp" line="+55"/>
        <source>%1 did not answer in time. The service may be slow or unreachable from this network; try again, check a firewall or proxy, or raise the timeout in the provider settings.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Der Dienst ist vielleicht langsam oder aus diesem Netz nicht erreichbar; versuchen Sie es erneut, prüfen Sie Firewall oder Proxy, oder erhöhen Sie das Zeitlimit in den Anbietereinstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name %1 could not be found (DNS). Check the spelling of the address, and that this computer can resolve names (a VPN or proxy may be needed).</source>
        <translation>Der Name %1 wurde nicht gefunden (DNS). Prüfen Sie die Schreibweise der Adresse und ob dieser Computer Namen auflösen kann (eventuell ist ein VPN oder Proxy nötig).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection: nothing is listening on that address and port. Check the port in the URL, and that the service is running.</source>
        <translation>%1 hat die Verbindung abgelehnt: Unter dieser Adresse und diesem Port lauscht nichts. Prüfen Sie den Port in der URL und ob der Dienst läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection before answering. This is often a proxy, a firewall or an overloaded server; try again, and check that the URL uses the scheme and port the service expects.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen. Oft ist das ein Proxy, eine Firewall oder ein überlasteter Server; versuchen Sie es erneut, und prüfen Sie, ob die URL das Schema und den Port verwendet, die der Dienst erwartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed: its certificate is not trusted for that name, has expired, or the TLS handshake failed. The console does not ignore certificate errors. Use the service&apos;s proper https address, or install the certificate authority that signed it in the system&apos;s trust store.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat ist für diesen Namen nicht vertrauenswürdig, ist abgelaufen, oder der TLS-Handshake ist gescheitert. Die Konsole ignoriert keine Zertifikatsfehler. Verwenden Sie die richtige https-Adresse des Dienstes, oder installieren Sie die Zertifizierungsstelle, die das Zertifikat signiert hat, im Zertifikatsspeicher des Systems.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s certificate changed: %1 presented a certificate other than the one pinned for it, so nothing was sent. If the server&apos;s certificate was replaced, compare the new one&apos;s SHA-256 fingerprint with the server&apos;s and pin it again (Identity Server page: Test connection, then Trust this certificate; or smsotp server add NAME … --pin-certificate).</source>
        <translation>Das Zertifikat des Servers hat sich geändert: %1 hat ein anderes Zertifikat vorgelegt als das für ihn festgelegte, daher wurde nichts gesendet. Wurde das Zertifikat des Servers ersetzt, vergleichen Sie den SHA-256-Fingerabdruck des neuen mit dem des Servers und legen Sie es erneut fest (Seite „Identity Server“: Verbindung testen, dann „Diesem Zertifikat vertrauen“; oder smsotp server add NAME … --pin-certificate).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate pinned for %1 has expired, so the console no longer trusts it and sent nothing. Install a new certificate on the server, then pin it again.</source>
        <translation>Das für %1 festgelegte Zertifikat ist abgelaufen; die Konsole vertraut ihm nicht mehr und hat nichts gesendet. Installieren Sie ein neues Zertifikat auf dem Server und legen Sie es dann erneut fest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request to %1 was cancelled before it finished.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an answer larger than 1 MiB, so the console stopped reading it. An SMS API answers in a few hundred bytes: check that the URL points at the API and not at a web page or a download.</source>
        <translation>%1 hat eine Antwort größer als 1 MiB geschickt, daher hat die Konsole aufgehört, sie zu lesen. Eine SMS-API antwortet mit wenigen hundert Bytes: Prüfen Sie, ob die URL auf die API zeigt und nicht auf eine Webseite oder einen Download.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected the request to another host. The console does not follow such redirects, so the other host received nothing, and no credentials left this computer for it. Use the final address directly if you trust it.</source>
        <translation>%1 hat die Anfrage auf einen anderen Host umgeleitet. Die Konsole folgt solchen Umleitungen nicht, daher hat der andere Host nichts erhalten, und keine Zugangsdaten haben diesen Computer für ihn verlassen. Verwenden Sie direkt die endgültige Adresse, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 redirected the request from https to plain http, which would expose the message and the credentials. The console stopped there.</source>
        <translation>%1 hat die Anfrage von https auf unverschlüsseltes http umgeleitet, wodurch die Nachricht und die Zugangsdaten offengelegt würden. Die Konsole hat dort angehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected the request too many times. Check the URL.</source>
        <translation>%1 hat die Anfrage zu oft umgeleitet. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy server failed while connecting to %1, or asked for credentials. Check the system&apos;s proxy settings.</source>
        <translation>Der Proxyserver ist beim Verbinden mit %1 gescheitert oder hat nach Zugangsdaten gefragt. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network went away while talking to %1. Check the connection and try again.</source>
        <translation>Die Netzwerkverbindung ist während der Kommunikation mit %1 abgebrochen. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request to %1 failed before an answer arrived. The technical detail says more.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen, bevor eine Antwort kam. Das technische Detail sagt mehr.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 answered %2 but not in the form the console expects, so the send cannot be confirmed. Check the URL, or the success criterion of a custom provider.</source>
        <translation>%1 hat %2 geantwortet, aber nicht in der Form, die die Konsole erwartet, daher lässt sich der Versand nicht bestätigen. Prüfen Sie die URL oder das Erfolgskriterium eines eigenen Anbieters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered %2, a redirect. The console does not follow redirects with credentials; put the final address in the settings.</source>
        <translation>%1 hat %2 geantwortet, eine Umleitung. Die Konsole folgt Umleitungen mit Zugangsdaten nicht; tragen Sie die endgültige Adresse in die Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered 400 (bad request): it did not accept the request&apos;s content. Check the fields the request sends, such as the numbers and, for a custom provider, the payload template.</source>
        <translation>%1 hat 400 (Bad Request) geantwortet: Der Inhalt der Anfrage wurde nicht angenommen. Prüfen Sie die Felder, die die Anfrage sendet, etwa die Nummern und bei einem eigenen Anbieter die Payload-Vorlage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered 401 (unauthorized): the credentials were refused. Check that they are current, copied whole, and belong to the same account.</source>
        <translation>%1 hat 401 (Unauthorized) geantwortet: Die Zugangsdaten wurden abgelehnt. Prüfen Sie, ob sie aktuell und vollständig kopiert sind und zum selben Konto gehören.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered 402 (payment required): the account has run out of credit or needs billing details.</source>
        <translation>%1 hat 402 (Payment Required) geantwortet: Das Guthaben des Kontos ist aufgebraucht, oder es fehlen Zahlungsangaben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered 403 (forbidden): the credentials are valid but not allowed to do this. Check the account&apos;s permissions.</source>
        <translation>%1 hat 403 (Forbidden) geantwortet: Die Zugangsdaten sind gültig, dürfen dies aber nicht. Prüfen Sie die Berechtigungen des Kontos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered 404 (not found): the address is wrong, or the account in it does not exist. Check the URL or API base, and the account identifier.</source>
        <translation>%1 hat 404 (Not Found) geantwortet: Die Adresse ist falsch, oder das darin genannte Konto existiert nicht. Prüfen Sie die URL oder die API-Basis und die Kontokennung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered 405 (method not allowed): the endpoint does not take this HTTP method. Check POST or PUT in the settings.</source>
        <translation>%1 hat 405 (Method Not Allowed) geantwortet: Der Endpunkt nimmt diese HTTP-Methode nicht an. Prüfen Sie POST oder PUT in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered 408 (request timeout). Try again.</source>
        <translation>%1 hat 408 (Request Timeout) geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered 413 (content too large): the request body is larger than it accepts.</source>
        <translation>%1 hat 413 (Content Too Large) geantwortet: Der Anfrageinhalt ist größer, als der Dienst annimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered 415 (unsupported media type): it does not accept this content type. Switch between JSON and FORM.</source>
        <translation>%1 hat 415 (Unsupported Media Type) geantwortet: Dieser Inhaltstyp wird nicht angenommen. Wechseln Sie zwischen JSON und FORM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered 422 (unprocessable): the request was understood but a value was refused. Check the numbers and the payload.</source>
        <translation>%1 hat 422 (Unprocessable) geantwortet: Die Anfrage wurde verstanden, aber ein Wert wurde abgelehnt. Prüfen Sie die Nummern und die Payload.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered 429 (too many requests): requests are being sent faster than the account allows. Wait a minute and try again.</source>
        <translation>%1 hat 429 (Too Many Requests) geantwortet: Es werden schneller Anfragen gesendet, als das Konto erlaubt. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered %2: the service had a problem on its side. Nothing needs to change here; try again in a few minutes, and check the provider&apos;s status page if it persists.</source>
        <translation>%1 hat %2 geantwortet: Der Dienst hatte auf seiner Seite ein Problem. Hier muss nichts geändert werden; versuchen Sie es in ein paar Minuten erneut, und sehen Sie auf der Statusseite des Anbieters nach, wenn es anhält.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered %2, an error on its side. Try again later.</source>
        <translation>%1 hat %2 geantwortet, ein Fehler auf seiner Seite. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered with HTTP status %2, which the console did not expect. The technical detail shows the answer.</source>
        <translation>%1 hat mit dem HTTP-Status %2 geantwortet, den die Konsole nicht erwartet hat. Das technische Detail zeigt die Antwort.</translation>
    </message>
    <message>
        <location filename="../../core/providers/FieldCheck.cpp" line="+36"/>
        <source>Enter the number in international format, such as +447700900123.</source>
        <translation>Geben Sie die Nummer im internationalen Format ein, etwa +447700900123.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number must start with + and the country code, such as +447700900123.</source>
        <translation>Die Nummer muss mit + und der Ländervorwahl beginnen, etwa +447700900123.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After the + the number may hold only digits: no spaces, dashes or brackets.</source>
        <translation>Nach dem + darf die Nummer nur Ziffern enthalten: keine Leerzeichen, Bindestriche oder Klammern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An international number has %1 to %2 digits after the +; this one has %3.</source>
        <translation>Eine internationale Nummer hat %1 bis %2 Ziffern nach dem +; diese hat %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No country code starts with 0: drop the trunk prefix 0 after the country code, or the 00 before it.</source>
        <translation>Keine Ländervorwahl beginnt mit 0: Lassen Sie die Verkehrsausscheidungsziffer 0 nach der Ländervorwahl weg, oder die 00 davor.</translation>
    </message>
    <message>
        <location filename="../../core/providers/ProviderClient.cpp" line="+30"/>
        <source>Nothing was sent: the provider settings need attention first.</source>
        <translation>Nichts wurde gesendet: Die Anbietereinstellungen müssen zuerst korrigiert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was not built (%1 configuration problem(s)); no connection was made.</source>
        <translation>Die Anfrage wurde nicht erstellt (%1 Konfigurationsproblem(e)); es wurde keine Verbindung aufgebaut.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the provider</source>
        <translation>der Anbieter</translation>
    </message>
    <message>
        <location filename="../../core/providers/UrlPolicy.cpp" line="+47"/>
        <source>Enter the address of the provider&apos;s API, starting with https://.</source>
        <translation>Geben Sie die Adresse der API des Anbieters ein, beginnend mit https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a complete address. Write it in full, such as https://sms.example.com/send.</source>
        <translation>Das ist keine vollständige Adresse. Schreiben Sie sie ganz aus, etwa https://sms.example.com/send.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address must start with https:// (the console speaks HTTP only, not %1).</source>
        <translation>Die Adresse muss mit https:// beginnen (die Konsole spricht nur HTTP, nicht %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address has no host name after %1://.</source>
        <translation>Die Adresse hat keinen Hostnamen nach %1://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address holds a user name or password. Put credentials in a header (or a {{secret:NAME}} placeholder) instead: those are kept in the system keychain, while the address is stored in plain text.</source>
        <translation>Die Adresse enthält einen Benutzernamen oder ein Passwort. Legen Sie Zugangsdaten stattdessen in einen Header (oder einen {{secret:NAME}}-Platzhalter): Diese werden im Schlüsselbund des Systems aufbewahrt, die Adresse dagegen im Klartext gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plain http:// would send the codes and credentials unencrypted across the network. Use https://; plain http is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Unverschlüsseltes http:// würde die Codes und Zugangsdaten unverschlüsselt über das Netz senden. Verwenden Sie https://; unverschlüsseltes http ist nur für diesen Computer erlaubt (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain http:// to this computer: nothing leaves the machine, but the traffic is not encrypted. Use it only for a local gateway or a test server.</source>
        <translation>Unverschlüsseltes http:// zu diesem Computer: Nichts verlässt die Maschine, aber der Verkehr ist nicht verschlüsselt. Verwenden Sie es nur für ein lokales Gateway oder einen Testserver.</translation>
    </message>
    <message>
        <location filename="../../core/providers/DeliveryStatus.cpp" line="+55"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent to the carrier</source>
        <translation>an den Netzbetreiber übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Vonage reports delivery only to a public callback URL (a delivery receipt webhook), which the console does not have: accepted is the last state it knows.</source>
        <translation>Vonage meldet die Zustellung nur an eine öffentliche Callback-URL (einen Webhook für Zustellberichte), die die Konsole nicht hat: „angenommen“ ist der letzte Zustand, den sie kennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom gateway has no status API the console knows: accepted is the last state it knows.</source>
        <translation>Ein eigenes Gateway hat keine Status-API, die die Konsole kennt: „angenommen“ ist der letzte Zustand, den sie kennt.</translation>
    </message>
    <message>
        <location filename="../../core/providers/SenderRules.cpp" line="+54"/>
        <source>Enter a sender name of 1 to 11 letters, digits or spaces.</source>
        <translation>Geben Sie einen Absendernamen aus 1 bis 11 Buchstaben, Ziffern oder Leerzeichen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sender name may hold only the letters A-Z and a-z, the digits 0-9 and spaces (1 to 11 characters, at least one letter).</source>
        <translation>Ein Absendername darf nur die Buchstaben A-Z und a-z, die Ziffern 0-9 und Leerzeichen enthalten (1 bis 11 Zeichen, mindestens ein Buchstabe).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A sender name is 1 to 11 characters; this one has %1.</source>
        <translation>Ein Absendername hat 1 bis 11 Zeichen; dieser hat %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sender name needs at least one letter; a sender of digits only is a number.</source>
        <translation>Ein Absendername braucht mindestens einen Buchstaben; ein Absender nur aus Ziffern ist eine Nummer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Carriers in %1 do not accept an alphanumeric sender such as “%2”: the message will probably be refused or not delivered. Send from a phone number (or a Messaging Service with one) to this number.</source>
        <translation>Netzbetreiber in %1 nehmen keinen alphanumerischen Absender wie „%2“ an: Die Nachricht wird wahrscheinlich abgelehnt oder nicht zugestellt. Senden Sie an diese Nummer von einer Telefonnummer (oder einem Messaging Service mit einer).</translation>
    </message>
</context>
<context>
    <name>smsotp::providers::HttpSender</name>
    <message>
        <location filename="../../core/providers/HttpSender.cpp" line="+194"/>
        <source>the server presented the certificate with SHA-256 %1; the pinned one is %2</source>
        <translation>der Server hat das Zertifikat mit SHA-256 %1 vorgelegt; festgelegt ist %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>HTTP %1 redirect to %2 (not followed)</source>
        <translation>HTTP %1: Umleitung nach %2 (nicht gefolgt)</translation>
    </message>
</context>
<context>
    <name>smsotp::providers::ProviderKind</name>
    <message>
        <location filename="../../core/providers/ProviderKind.cpp" line="+36"/>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vonage</source>
        <translation>Vonage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom HTTP provider</source>
        <translation>Eigener HTTP-Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox (built-in test gateway)</source>
        <translation>Sandbox (eingebautes Test-Gateway)</translation>
    </message>
</context>
<context>
    <name>smsotp::providers::SenderRules</name>
    <message>
        <location filename="../../core/providers/SenderRules.cpp" line="-37"/>
        <source>the United States, Canada and the other countries of the +1 numbering plan</source>
        <translation>den USA, Kanada und den anderen Ländern des Nummernplans +1</translation>
    </message>
</context>
<context>
    <name>smsotp::providers::custom</name>
    <message>
        <location filename="../../core/providers/CustomProvider.cpp" line="+58"/>
        <source>The header %1 holds {{%2}}; header values take only {{secret:NAME}} placeholders.</source>
        <translation>Der Header %1 enthält {{%2}}; Header-Werte nehmen nur {{secret:NAME}}-Platzhalter an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header %1 uses the secret “%2”, which has no stored value.</source>
        <translation>Der Header %1 verwendet das Geheimnis „%2“, für das kein Wert gespeichert ist.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 is not an HTTP status; statuses run from 100 to 599.</source>
        <translation>%1 ist kein HTTP-Status; Statuscodes reichen von 100 bis 599.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the text the answer must contain, or choose to check the status only.</source>
        <translation>Geben Sie den Text ein, den die Antwort enthalten muss, oder wählen Sie, nur den Status zu prüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The regular expression “%1” is not valid at character %2: %3.</source>
        <translation>Der reguläre Ausdruck „%1“ ist bei Zeichen %2 ungültig: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a JSON pointer: a pointer starts with “/” and names each step, as in /messages/0/status (write “~1” for a “/” and “~0” for a “~” inside a name).</source>
        <translation>„%1“ ist kein JSON-Pointer: Ein Pointer beginnt mit „/“ und nennt jeden Schritt, wie in /messages/0/status (schreiben Sie „~1“ für ein „/“ und „~0“ für ein „~“ in einem Namen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the JSON pointer of the value that means success, as in /messages/0/status.</source>
        <translation>Geben Sie den JSON-Pointer des Werts ein, der Erfolg bedeutet, wie in /messages/0/status.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message id is taken either from a JSON pointer or from a regular expression, not both.</source>
        <translation>Die Nachrichten-ID kommt entweder aus einem JSON-Pointer oder aus einem regulären Ausdruck, nicht aus beiden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the user name for HTTP Basic authentication.</source>
        <translation>Geben Sie den Benutzernamen für HTTP-Basic-Authentifizierung ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An HTTP Basic user name cannot hold “:” or a line break.</source>
        <translation>Ein HTTP-Basic-Benutzername darf kein „:“ und keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the name of the header that carries the API key, as in X-API-Key.</source>
        <translation>Geben Sie den Namen des Headers ein, der den API-Schlüssel trägt, wie X-API-Key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the name of the query parameter that carries the API key, as in api_key.</source>
        <translation>Geben Sie den Namen des Query-Parameters ein, der den API-Schlüssel trägt, wie api_key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An HTTP header name is made of letters, digits and ! # $ % &amp; &apos; * + - . ^ _ ` | ~ only; the API key&apos;s header name has other characters.</source>
        <translation>Ein HTTP-Header-Name besteht nur aus Buchstaben, Ziffern und ! # $ % &amp; &apos; * + - . ^ _ ` | ~; der Header-Name des API-Schlüssels enthält andere Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key&apos;s query parameter name cannot hold a line break.</source>
        <translation>Der Name des Query-Parameters für den API-Schlüssel darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the password for HTTP Basic authentication.</source>
        <translation>Geben Sie das Passwort für HTTP-Basic-Authentifizierung ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bearer token.</source>
        <translation>Geben Sie das Bearer-Token ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A custom provider sends with GET, POST or PUT.</source>
        <translation>Ein eigener Anbieter sendet mit GET, POST oder PUT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A GET request has no body: choose the content type “none” and put the values in the URL, or send with POST.</source>
        <translation>Eine GET-Anfrage hat keinen Body: Wählen Sie den Inhaltstyp „none“ und setzen Sie die Werte in die URL, oder senden Sie mit POST.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The message text is empty.</source>
        <translation>Der Nachrichtentext ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payload template is empty. Start from %1.</source>
        <translation>Die Payload-Vorlage ist leer. Beginnen Sie mit %1.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The stored value of the header %1 holds a line break or NUL, which would split the header on the wire. Store it again without one.</source>
        <translation>Der gespeicherte Wert des Headers %1 enthält einen Zeilenumbruch oder ein NUL-Zeichen, das den Header auf der Leitung teilen würde. Speichern Sie ihn ohne erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The stored header “%1” is not a valid header name and value; store it again.</source>
        <translation>Der gespeicherte Header „%1“ ist kein gültiger Header-Name mit Wert; speichern Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>WSO2 Identity Server&apos;s custom provider sends POST or PUT, not GET.</source>
        <translation>Der eigene Anbieter von WSO2 Identity Server sendet mit POST oder PUT, nicht mit GET.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WSO2 Identity Server sends its provider URL as written: the placeholders in the URL stay unfilled.</source>
        <translation>WSO2 Identity Server sendet seine Anbieter-URL so, wie sie geschrieben ist: Die Platzhalter in der URL bleiben ungefüllt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WSO2 Identity Server sends an API key in a header only; a push refuses a key in the query string.</source>
        <translation>WSO2 Identity Server sendet einen API-Schlüssel nur in einem Header; eine Übertragung lehnt einen Schlüssel in der Abfragezeichenfolge ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WSO2 Identity Server takes %1 authentication from version 7.2 on (its notification-sender v2 API); a push to an older server refuses it.</source>
        <translation>WSO2 Identity Server übernimmt die Authentifizierung %1 ab Version 7.2 (über seine notification-sender-v2-API); eine Übertragung an einen älteren Server lehnt sie ab.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The gateway says: “%1”. %2</source>
        <translation>Das Gateway sagt: „%1“. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The provider answered %1, but the success criterion accepts only %2. If the provider does send the message, add %1 to the accepted statuses.</source>
        <translation>Der Anbieter hat %1 geantwortet, aber das Erfolgskriterium akzeptiert nur %2. Wenn der Anbieter die Nachricht tatsächlich sendet, fügen Sie %1 zu den akzeptierten Statuscodes hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider</source>
        <translation>Der Anbieter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The provider answered %1, but the answer does not contain “%2”, which the success criterion requires. The technical detail shows what it said.</source>
        <translation>Der Anbieter hat %1 geantwortet, aber die Antwort enthält nicht „%2“, was das Erfolgskriterium verlangt. Das technische Detail zeigt, was er geantwortet hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The success criterion&apos;s regular expression is not valid (%1), so the answer cannot be checked. Correct it in the provider settings.</source>
        <translation>Der reguläre Ausdruck des Erfolgskriteriums ist ungültig (%1), daher kann die Antwort nicht geprüft werden. Korrigieren Sie ihn in den Anbietereinstellungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provider answered %1, but the answer does not match the success criterion&apos;s expression “%2”. The technical detail shows what it said.</source>
        <translation>Der Anbieter hat %1 geantwortet, aber die Antwort passt nicht zum Ausdruck „%2“ des Erfolgskriteriums. Das technische Detail zeigt, was er geantwortet hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The provider answered %1, but its answer has no value at %2, where the success criterion expects “%3”. The technical detail shows what it said.</source>
        <translation>Der Anbieter hat mit %1 geantwortet, aber seine Antwort hat keinen Wert bei %2, wo das Erfolgskriterium „%3“ erwartet. Die technischen Details zeigen, was er gesagt hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider answered %1, but the value at %2 is “%3”, not “%4”, which the success criterion requires. The technical detail shows what it said.</source>
        <translation>Der Anbieter hat mit %1 geantwortet, aber der Wert bei %2 ist „%3“, nicht „%4“, wie es das Erfolgskriterium verlangt. Die technischen Details zeigen, was er gesagt hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The provider answered %1, which the success criterion counts as sent.</source>
        <translation>Der Anbieter hat %1 geantwortet, was das Erfolgskriterium als gesendet wertet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider answered %1, which the success criterion counts as sent (message id %2).</source>
        <translation>Der Anbieter hat %1 geantwortet, was das Erfolgskriterium als gesendet wertet (Nachrichten-ID %2).</translation>
    </message>
    <message>
        <location filename="../../core/providers/CustomPresets.cpp" line="+20"/>
        <source>Kannel sendsms (GET)</source>
        <translation>Kannel sendsms (GET)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your smsbox&apos;s address and its sendsms user in the URL (YOUR_USER), the password as the API key, and the sender.</source>
        <translation>Geben Sie die Adresse Ihrer smsbox und ihren sendsms-Benutzer in der URL (YOUR_USER) ein, das Passwort als API-Schlüssel und den Absender.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WSO2-compatible JSON POST</source>
        <translation>WSO2-kompatibler JSON-POST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your gateway&apos;s URL and the headers it needs.</source>
        <translation>Geben Sie die URL Ihres Gateways und die nötigen Header ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plivo Send Message API</source>
        <translation>Plivo Send Message API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your Auth ID in the URL (YOUR_AUTH_ID) and as the user, the Auth Token as the password, and the sender number.</source>
        <translation>Geben Sie Ihre Auth ID in der URL (YOUR_AUTH_ID) und als Benutzer ein, das Auth Token als Passwort und die Absendernummer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sinch SMS REST API (batches)</source>
        <translation>Sinch SMS REST API (Batches)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your region and service plan id in the URL (YOUR_SERVICE_PLAN_ID), the API token as the bearer token, and the sender.</source>
        <translation>Geben Sie Ihre Region und die Service-Plan-ID in der URL (YOUR_SERVICE_PLAN_ID) ein, das API-Token als Bearer-Token und den Absender.</translation>
    </message>
</context>
<context>
    <name>smsotp::providers::twilio</name>
    <message>
        <location filename="../../core/providers/TwilioProvider.cpp" line="+51"/>
        <source>Twilio error %1: %2</source>
        <translation>Twilio-Fehler %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Twilio refused the request with error %1: “%2”. Its documentation for the code says what to change: %3</source>
        <translation>Twilio hat die Anfrage mit Fehler %1 abgelehnt: „%2“. Die Dokumentation zu diesem Code sagt, was zu ändern ist: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+235"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Enter the Account SID shown on the Twilio Console&apos;s dashboard.</source>
        <translation>Geben Sie die Account SID ein, die im Dashboard der Twilio Console angezeigt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This looks like an API key SID (SK...). The console needs the Account SID, which starts with AC, with the account&apos;s Auth Token.</source>
        <translation>Das sieht wie eine API-Key-SID (SK...) aus. Die Konsole braucht die Account SID, die mit AC beginnt, zusammen mit dem Auth Token des Kontos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Account SID starts with AC.</source>
        <translation>Eine Account SID beginnt mit AC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Account SID is AC followed by 32 hexadecimal characters (34 in all); this one has %1. Copy it again, whole.</source>
        <translation>Eine Account SID besteht aus AC und 32 Hexadezimalzeichen (insgesamt 34); diese hat %1. Kopieren Sie sie erneut und vollständig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After AC an Account SID holds only the digits 0-9 and the letters a-f.</source>
        <translation>Nach AC enthält eine Account SID nur die Ziffern 0-9 und die Buchstaben a-f.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the Auth Token shown (after “Show”) on the Twilio Console&apos;s dashboard.</source>
        <translation>Geben Sie das Auth Token ein, das (nach „Show“) im Dashboard der Twilio Console angezeigt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Auth Token is 32 hexadecimal characters; this one has %1. Copy it again, whole.</source>
        <translation>Ein Auth Token besteht aus 32 Hexadezimalzeichen; dieses hat %1. Kopieren Sie es erneut und vollständig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Auth Token holds only the digits 0-9 and the letters a-f.</source>
        <translation>Ein Auth Token enthält nur die Ziffern 0-9 und die Buchstaben a-f.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter a Twilio phone number of this account (+ and the country code), a Messaging Service SID (MG...), or a sender name of up to 11 letters and digits where the destination country allows one.</source>
        <translation>Geben Sie eine Twilio-Telefonnummer dieses Kontos (+ und Ländervorwahl), eine Messaging-Service-SID (MG...) oder einen Absendernamen aus bis zu 11 Buchstaben und Ziffern ein, wo das Zielland einen erlaubt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A Messaging Service SID is MG followed by 32 hexadecimal characters.</source>
        <translation>Eine Messaging Service SID besteht aus MG und 32 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message text is empty.</source>
        <translation>Der Nachrichtentext ist leer.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Twilio accepted the message (status “%1”). Delivery to the phone happens next; Twilio&apos;s message log shows how it went.</source>
        <translation>Twilio hat die Nachricht angenommen (Status „%1“). Als Nächstes folgt die Zustellung an das Telefon; das Nachrichtenprotokoll von Twilio zeigt, wie sie verlief.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message %1, status %2, %3 segment(s)</source>
        <translation>Nachricht %1, Status %2, %3 Segment(e)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Twilio took the request but the message failed at once with error %1.</source>
        <translation>Twilio hat die Anfrage angenommen, aber die Nachricht ist sofort mit Fehler %1 gescheitert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A Twilio message SID starts with SM (or MM) and has 32 hexadecimal digits after it.</source>
        <translation>Eine Twilio-Nachrichten-SID beginnt mit SM (oder MM), gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Twilio has no message with this SID in this account (error 20404): check the SID, and that it was sent with this Account SID.</source>
        <translation>Twilio hat in diesem Konto keine Nachricht mit dieser SID (Fehler 20404): Prüfen Sie die SID und ob sie mit dieser Account SID gesendet wurde.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Twilio answered with a message status the console does not know: “%1”.</source>
        <translation>Twilio antwortete mit einem Nachrichtenstatus, den die Konsole nicht kennt: „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Twilio says “%1”; its documentation for the code says what to do: %2</source>
        <translation>Twilio meldet „%1“; die Dokumentation zum Code sagt, was zu tun ist: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Account “%1”: status %2, type %3</source>
        <translation>Konto „%1“: Status %2, Typ %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials work. This is a trial account: it can send only to numbers verified in the Twilio Console, and messages start with a trial notice.</source>
        <translation>Die Zugangsdaten funktionieren. Dies ist ein Testkonto: Es kann nur an in der Twilio Console verifizierte Nummern senden, und Nachrichten beginnen mit einem Testhinweis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credentials work and the account is active.</source>
        <translation>Die Zugangsdaten funktionieren, und das Konto ist aktiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials work but the account is suspended, so it cannot send. Twilio suspends accounts for unpaid balances or policy reviews; see the Twilio Console or contact Twilio support.</source>
        <translation>Die Zugangsdaten funktionieren, aber das Konto ist gesperrt und kann nicht senden. Twilio sperrt Konten bei offenen Beträgen oder Richtlinienprüfungen; sehen Sie in der Twilio Console nach oder wenden Sie sich an den Twilio-Support.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credentials belong to an account whose status is “%1”, which cannot send. Use the credentials of an active account.</source>
        <translation>Die Zugangsdaten gehören zu einem Konto mit dem Status „%1“, das nicht senden kann. Verwenden Sie die Zugangsdaten eines aktiven Kontos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HTTP 200 with no account status in the answer (%1 bytes).</source>
        <translation>HTTP 200 ohne Kontostatus in der Antwort (%1 Bytes).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Twilio refused the credentials (error 20003). Check that the Account SID and the Auth Token come from the same account in the Twilio Console, that the token is the current one (it changes when it is rotated), and that both were copied whole.</source>
        <translation>Twilio hat die Zugangsdaten abgelehnt (Fehler 20003). Prüfen Sie, ob Account SID und Auth Token aus demselben Konto in der Twilio Console stammen, ob das Token das aktuelle ist (es ändert sich bei einer Rotation) und ob beide vollständig kopiert wurden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twilio found no such resource (error 20404). The Account SID is probably wrong, or belongs to a closed subaccount; copy it again from the Twilio Console. A changed API base can cause it too.</source>
        <translation>Twilio hat keine solche Ressource gefunden (Fehler 20404). Die Account SID ist vermutlich falsch oder gehört zu einem geschlossenen Unterkonto; kopieren Sie sie erneut aus der Twilio Console. Auch eine geänderte API-Basis kann die Ursache sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio is receiving requests faster than the account allows (error 20429, too many requests). Wait a minute and try again; if it keeps happening, send less often.</source>
        <translation>Twilio erhält schneller Anfragen, als das Konto erlaubt (Fehler 20429, zu viele Anfragen). Warten Sie eine Minute und versuchen Sie es erneut; wenn es weiter vorkommt, senden Sie seltener.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio says the recipient&apos;s number is not a valid phone number (error 21211). Check the number and its country code: it must be in international format, such as +447700900123.</source>
        <translation>Laut Twilio ist die Nummer des Empfängers keine gültige Telefonnummer (Fehler 21211). Prüfen Sie die Nummer und ihre Ländervorwahl: Sie muss im internationalen Format sein, etwa +447700900123.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio says the sender number is not valid (error 21212). Use a phone number of this account in international format, or a Messaging Service SID.</source>
        <translation>Laut Twilio ist die Absendernummer ungültig (Fehler 21212). Verwenden Sie eine Telefonnummer dieses Kontos im internationalen Format oder eine Messaging Service SID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account may not send SMS to the recipient&apos;s country (error 21408). Enable the country in the Twilio Console under Messaging, Settings, Geo permissions, then try again.</source>
        <translation>Dieses Konto darf keine SMS in das Land des Empfängers senden (Fehler 21408). Aktivieren Sie das Land in der Twilio Console unter Messaging, Settings, Geo permissions und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sender number cannot send SMS, or does not belong to this account (error 21606). Pick a number with SMS capability from the account&apos;s active numbers, or use a Messaging Service SID.</source>
        <translation>Die Absendernummer kann keine SMS senden oder gehört nicht zu diesem Konto (Fehler 21606). Wählen Sie eine SMS-fähige Nummer aus den aktiven Nummern des Kontos, oder verwenden Sie eine Messaging Service SID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a trial account, which sends only to verified numbers (error 21608). Verify the recipient&apos;s number in the Twilio Console (Verified Caller IDs), or upgrade the account.</source>
        <translation>Dies ist ein Testkonto, das nur an verifizierte Nummern sendet (Fehler 21608). Verifizieren Sie die Nummer des Empfängers in der Twilio Console (Verified Caller IDs), oder stufen Sie das Konto hoch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recipient has unsubscribed from this sender by replying STOP (error 21610). Nothing in the console can change that: they must reply START to the sender to receive messages again.</source>
        <translation>Der Empfänger hat sich durch die Antwort STOP von diesem Absender abgemeldet (Fehler 21610). Daran kann die Konsole nichts ändern: Er muss dem Absender START antworten, um wieder Nachrichten zu erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recipient&apos;s number is not a mobile number, so it cannot receive SMS (error 21614). Use a mobile number.</source>
        <translation>Die Nummer des Empfängers ist keine Mobilfunknummer und kann daher keine SMS empfangen (Fehler 21614). Verwenden Sie eine Mobilfunknummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender&apos;s message queue overflowed (error 30001, queue overflow): more messages were sent than the sender can pass on. Send less often, or add senders through a Messaging Service.</source>
        <translation>Die Warteschlange des Absenders ist übergelaufen (Fehler 30001, Queue overflow): Es wurden mehr Nachrichten gesendet, als der Absender weitergeben kann. Senden Sie seltener oder fügen Sie über einen Messaging Service Absender hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Twilio account is suspended (error 30002). Look in the Twilio Console for the reason (billing, compliance) and settle it; nothing is sent meanwhile.</source>
        <translation>Das Twilio-Konto ist gesperrt (Fehler 30002). Sehen Sie in der Twilio Console nach dem Grund (Abrechnung, Compliance) und klären Sie ihn; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handset could not be reached (error 30003): it is off, out of coverage or cannot take SMS now. Ask the user to check the phone and try again later.</source>
        <translation>Das Telefon war nicht erreichbar (Fehler 30003): Es ist aus, ohne Netz oder kann gerade keine SMS empfangen. Bitten Sie die Person, das Telefon zu prüfen, und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message was blocked (error 30004): the recipient or their carrier blocks messages from this sender. The recipient can lift the block with their carrier; try another sender.</source>
        <translation>Die Nachricht wurde blockiert (Fehler 30004): Der Empfänger oder sein Netzbetreiber blockiert Nachrichten dieses Absenders. Der Empfänger kann die Sperre beim Netzbetreiber aufheben lassen; versuchen Sie einen anderen Absender.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination number is unknown (error 30005): it does not exist or is no longer in service. Check the number with the user.</source>
        <translation>Die Zielnummer ist unbekannt (Fehler 30005): Sie existiert nicht oder ist nicht mehr in Betrieb. Prüfen Sie die Nummer mit der Person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number is a landline or its carrier cannot take SMS (error 30006). Ask the user for a mobile number.</source>
        <translation>Die Nummer ist ein Festnetzanschluss oder ihr Netzbetreiber kann keine SMS annehmen (Fehler 30006). Bitten Sie um eine Mobilnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The carrier filtered the message (error 30007): it looked like spam or the sender is not registered for this traffic. Register the sender (A2P 10DLC or toll-free verification in the US), and keep the text plain: no shortened links.</source>
        <translation>Der Netzbetreiber hat die Nachricht gefiltert (Fehler 30007): Sie sah nach Spam aus oder der Absender ist für diesen Verkehr nicht registriert. Registrieren Sie den Absender (A2P 10DLC oder Toll-free-Verifizierung in den USA) und halten Sie den Text schlicht: keine gekürzten Links.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The carrier gave no reason (error 30008, unknown error). Try again; if it persists for this number, send Twilio Support the message SID.</source>
        <translation>Der Netzbetreiber nannte keinen Grund (Fehler 30008, unbekannter Fehler). Versuchen Sie es erneut; bleibt es bei dieser Nummer so, senden Sie dem Twilio-Support die Nachrichten-SID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of a multi-part message did not arrive (error 30009, missing segment). Shorten the text to one part and try again; if it keeps happening, send Twilio Support the message SID.</source>
        <translation>Ein Teil einer mehrteiligen Nachricht kam nicht an (Fehler 30009, fehlendes Segment). Kürzen Sie den Text auf einen Teil und versuchen Sie es erneut; geschieht es weiter, senden Sie dem Twilio-Support die Nachrichten-SID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message cost more than the maximum price set for it (error 30010). Raise or remove the MaxPrice of the request or Messaging Service.</source>
        <translation>Die Nachricht kostete mehr als der dafür festgelegte Höchstpreis (Fehler 30010). Erhöhen oder entfernen Sie MaxPrice der Anfrage oder des Messaging Service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The toll-free sender number is not verified (error 30032). Complete toll-free verification for it in the Twilio Console, or send from another number.</source>
        <translation>Die gebührenfreie Absendernummer ist nicht verifiziert (Fehler 30032). Schließen Sie die Toll-free-Verifizierung in der Twilio Console ab oder senden Sie von einer anderen Nummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The US carriers blocked a message from an unregistered 10DLC number (error 30034). Register the number in an approved A2P 10DLC campaign in the Twilio Console, or send from a registered number.</source>
        <translation>Die US-Netzbetreiber blockierten eine Nachricht von einer nicht registrierten 10DLC-Nummer (Fehler 30034). Registrieren Sie die Nummer in einer genehmigten A2P-10DLC-Kampagne in der Twilio Console oder senden Sie von einer registrierten Nummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twilio&apos;s SMS Pumping Protection blocked messages to this destination for 15 to 30 minutes (error 30450, message delivery blocked). Wait and try again; if the traffic is genuine, add the number to the Global Safe List in the Twilio Console.</source>
        <translation>Twilios SMS Pumping Protection hat Nachrichten an dieses Ziel für 15 bis 30 Minuten blockiert (Fehler 30450, Zustellung blockiert). Warten Sie und versuchen Sie es erneut; ist der Verkehr echt, nehmen Sie die Nummer in der Twilio Console in die Global Safe List auf.</translation>
    </message>
</context>
<context>
    <name>smsotp::providers::twilio::AccountCheck</name>
    <message>
        <location line="-120"/>
        <source>Account: %1 (%2, %3).</source>
        <translation>Konto: %1 (%2, %3).</translation>
    </message>
</context>
<context>
    <name>smsotp::providers::vonage</name>
    <message>
        <location filename="../../core/providers/VonageProvider.cpp" line="+81"/>
        <source>Enter the API key shown at the top of the Vonage API Dashboard.</source>
        <translation>Geben Sie den API-Schlüssel ein, der oben im Vonage API Dashboard angezeigt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Vonage API key holds only letters and digits, such as abcd1234. Check for spaces copied with it.</source>
        <translation>Ein Vonage-API-Schlüssel enthält nur Buchstaben und Ziffern, etwa abcd1234. Prüfen Sie, ob Leerzeichen mitkopiert wurden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Vonage API key is usually 8 characters long; this one has %1. Check that it is the API key and not the secret or an application ID.</source>
        <translation>Ein Vonage-API-Schlüssel ist meist 8 Zeichen lang; dieser hat %1. Prüfen Sie, ob es der API-Schlüssel ist und nicht das Secret oder eine Anwendungs-ID.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the API secret shown in the Vonage API Dashboard.</source>
        <translation>Geben Sie das API-Secret ein, das im Vonage API Dashboard angezeigt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Vonage API secret holds only visible ASCII characters: no spaces or line breaks. Check what was copied with it.</source>
        <translation>Ein Vonage-API-Secret enthält nur sichtbare ASCII-Zeichen: keine Leerzeichen oder Zeilenumbrüche. Prüfen Sie, was mitkopiert wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A Vonage API secret is 6 to 32 characters long; this one has %1.</source>
        <translation>Ein Vonage-API-Secret ist 6 bis 32 Zeichen lang; dieses hat %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a Vonage number of this account, or a sender name of up to 11 letters and digits where the destination country allows one.</source>
        <translation>Geben Sie eine Vonage-Nummer dieses Kontos ein, oder einen Absendernamen aus bis zu 11 Buchstaben und Ziffern, wo das Zielland einen erlaubt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sender number has 7 to 15 digits with its country code; this one has %1.</source>
        <translation>Eine Absendernummer hat mit Ländervorwahl 7 bis 15 Ziffern; diese hat %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the sender number in international format, starting with the country code rather than 0.</source>
        <translation>Schreiben Sie die Absendernummer im internationalen Format, beginnend mit der Ländervorwahl statt mit 0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the + a sender number may hold only digits.</source>
        <translation>Nach dem + darf eine Absendernummer nur Ziffern enthalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The message text is empty.</source>
        <translation>Der Nachrichtentext ist leer.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Vonage refused the message with status %1: “%2”.</source>
        <translation>Vonage hat die Nachricht mit Status %1 abgelehnt: „%2“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vonage status %1: %2</source>
        <translation>Vonage-Status %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vonage accepted the message in %1 parts. Delivery to the phone happens next.</source>
        <translation>Vonage hat die Nachricht in %1 Teilen angenommen. Als Nächstes folgt die Zustellung an das Telefon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vonage accepted the message. Delivery to the phone happens next.</source>
        <translation>Vonage hat die Nachricht angenommen. Als Nächstes folgt die Zustellung an das Telefon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message %1, price %2, remaining balance %3</source>
        <translation>Nachricht %1, Preis %2, verbleibendes Guthaben %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Balance %1 EUR, auto-reload %2</source>
        <translation>Guthaben %1 EUR, automatisches Aufladen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credentials work. The balance is %1 EUR.</source>
        <translation>Die Zugangsdaten funktionieren. Das Guthaben beträgt %1 EUR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials work, but the balance is %1 EUR: sends will fail with status 9 (out of credit) until the account is topped up.</source>
        <translation>Die Zugangsdaten funktionieren, aber das Guthaben beträgt %1 EUR: Sendungen scheitern mit Status 9 (kein Guthaben), bis das Konto aufgeladen ist.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Vonage throttled the request (status 1): messages are going out faster than the account&apos;s limit. Wait a moment and try again.</source>
        <translation>Vonage hat die Anfrage gedrosselt (Status 1): Nachrichten gehen schneller hinaus, als das Limit des Kontos erlaubt. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vonage says a required parameter is missing (status 2): the sender, the number, the text or the credentials. Check that the sender is filled in.</source>
        <translation>Laut Vonage fehlt ein Pflichtparameter (Status 2): der Absender, die Nummer, der Text oder die Zugangsdaten. Prüfen Sie, ob der Absender ausgefüllt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vonage says a parameter has an invalid value (status 3). Check the recipient&apos;s number and the sender in the settings.</source>
        <translation>Laut Vonage hat ein Parameter einen ungültigen Wert (Status 3). Prüfen Sie die Nummer des Empfängers und den Absender in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vonage refused the credentials (status 4): the API key or secret is wrong or disabled. Copy both again from the Vonage API Dashboard; a secret that was rotated stops working.</source>
        <translation>Vonage hat die Zugangsdaten abgelehnt (Status 4): Der API-Schlüssel oder das Secret ist falsch oder deaktiviert. Kopieren Sie beide erneut aus dem Vonage API Dashboard; ein rotiertes Secret funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vonage had an internal error (status 5). Nothing needs to change here; try again shortly, and contact Vonage support if it persists.</source>
        <translation>Vonage hatte einen internen Fehler (Status 5). Hier muss nichts geändert werden; versuchen Sie es gleich erneut, und wenden Sie sich an den Vonage-Support, wenn es anhält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vonage could not process the message (status 6), for example because the number&apos;s prefix is not recognised. Check the recipient&apos;s number and country code.</source>
        <translation>Vonage konnte die Nachricht nicht verarbeiten (Status 6), zum Beispiel weil die Vorwahl der Nummer nicht erkannt wurde. Prüfen Sie die Nummer des Empfängers und die Ländervorwahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recipient&apos;s number is barred (status 7) and cannot receive messages from Vonage.</source>
        <translation>Die Nummer des Empfängers ist gesperrt (Status 7) und kann keine Nachrichten von Vonage empfangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This Vonage account has been suspended (status 8). Contact Vonage support.</source>
        <translation>Dieses Vonage-Konto wurde gesperrt (Status 8). Wenden Sie sich an den Vonage-Support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Vonage account is out of credit (status 9). Top it up in the Vonage API Dashboard, then try again.</source>
        <translation>Das Vonage-Konto hat kein Guthaben mehr (Status 9). Laden Sie es im Vonage API Dashboard auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many connections to Vonage are open for this account (status 10). Wait a little and try again.</source>
        <translation>Für dieses Konto sind zu viele Verbindungen zu Vonage offen (Status 10). Warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Vonage account is not enabled for the SMS HTTP API (status 11); it may be set up for SMPP only. Ask Vonage support to enable the REST API.</source>
        <translation>Dieses Vonage-Konto ist nicht für die SMS-HTTP-API freigeschaltet (Status 11); es ist vielleicht nur für SMPP eingerichtet. Bitten Sie den Vonage-Support, die REST-API freizuschalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message is longer than Vonage allows (status 12). Shorten the message text.</source>
        <translation>Die Nachricht ist länger, als Vonage erlaubt (Status 12). Kürzen Sie den Nachrichtentext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vonage could not verify the request&apos;s signature (status 14). The account requires signed requests, which the console does not send: turn signing off for this API key in the dashboard.</source>
        <translation>Vonage konnte die Signatur der Anfrage nicht prüfen (Status 14). Das Konto verlangt signierte Anfragen, die die Konsole nicht sendet: Schalten Sie das Signieren für diesen API-Schlüssel im Dashboard aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vonage does not allow this sender (status 15). In some countries, North America in particular, the sender must be a Vonage number of the account rather than a name.</source>
        <translation>Vonage erlaubt diesen Absender nicht (Status 15). In manchen Ländern, besonders in Nordamerika, muss der Absender eine Vonage-Nummer des Kontos sein statt eines Namens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vonage did not recognise the network code, or it does not match the recipient&apos;s country (status 22).</source>
        <translation>Vonage hat den Netzcode nicht erkannt, oder er passt nicht zum Land des Empfängers (Status 22).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vonage refused the callback URL (status 23): it is too long or has invalid characters. Check the delivery receipt URL set for the account.</source>
        <translation>Vonage hat die Callback-URL abgelehnt (Status 23): Sie ist zu lang oder enthält ungültige Zeichen. Prüfen Sie die für das Konto eingestellte URL für Zustellberichte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Vonage account is still in demo mode and may send only to whitelisted numbers (status 29). Add the recipient&apos;s number to the test numbers in the dashboard, or top up the account.</source>
        <translation>Das Vonage-Konto ist noch im Demo-Modus und darf nur an freigegebene Nummern senden (Status 29). Fügen Sie die Nummer des Empfängers im Dashboard zu den Testnummern hinzu, oder laden Sie das Konto auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account signs requests, and a signed request may not also carry the API secret (status 32). Turn signing off for this API key in the dashboard.</source>
        <translation>Das Konto signiert Anfragen, und eine signierte Anfrage darf nicht zusätzlich das API-Secret enthalten (Status 32). Schalten Sie das Signieren für diesen API-Schlüssel im Dashboard aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recipient&apos;s number has been de-activated (status 33) and cannot receive messages.</source>
        <translation>Die Nummer des Empfängers wurde deaktiviert (Status 33) und kann keine Nachrichten empfangen.</translation>
    </message>
</context>
<context>
    <name>smsotp::sandbox::Sandbox</name>
    <message>
        <location filename="../../core/sandbox/SandboxProvider.cpp" line="+35"/>
        <source>A sandbox message id is a UUID.</source>
        <translation>Eine Sandbox-Nachrichten-ID ist eine UUID.</translation>
    </message>
</context>
<context>
    <name>smsotp::sandbox::SandboxGateway</name>
    <message>
        <location filename="../../core/sandbox/SandboxGateway.cpp" line="+95"/>
        <source>The sandbox gateway could not open a port on 127.0.0.1: %1</source>
        <translation>Das Sandbox-Gateway konnte keinen Port auf 127.0.0.1 öffnen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox gateway could not listen on 127.0.0.1 port %1: %2. Another program may be using that port.</source>
        <translation>Das Sandbox-Gateway konnte nicht auf 127.0.0.1, Port %1 lauschen: %2. Vielleicht verwendet ein anderes Programm diesen Port.</translation>
    </message>
</context>
<context>
    <name>smsotp::send</name>
    <message>
        <location filename="../../core/send/ProviderSetupLoader.cpp" line="+31"/>
        <source>Saving the secret “%1” did not finish, so the keychain may hold an older value that does not belong with these settings. Enter it again on the SMS Provider page and save.</source>
        <translation>Das Speichern des Geheimnisses „%1“ wurde nicht abgeschlossen; der Schlüsselbund kann noch einen älteren Wert enthalten, der nicht zu diesen Einstellungen gehört. Geben Sie es auf der Seite SMS-Anbieter erneut ein und speichern Sie.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The secret “%1” is not in the keychain. Enter it on the SMS Provider page and save.</source>
        <translation>Das Geheimnis „%1“ ist nicht im Schlüsselbund. Geben Sie es auf der Seite SMS-Anbieter ein und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../core/send/TestSendSession.cpp" line="+66"/>
        <source>New code sent to %1; the earlier one no longer works.</source>
        <translation>Neuer Code an %1 gesendet; der vorherige gilt nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code sent to %1.</source>
        <translation>Code an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message id %1.</source>
        <translation>Nachrichten-ID %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted in %1 ms.</source>
        <translation>In %1 ms angenommen.</translation>
    </message>
    <message>
        <location filename="../../core/send/DeliveryTracker.cpp" line="-97"/>
        <source>The sandbox has no message with this id: it keeps only the messages it took since the console started.</source>
        <translation>Die Sandbox hat keine Nachricht mit dieser ID: Sie behält nur die Nachrichten, die sie seit dem Start der Konsole angenommen hat.</translation>
    </message>
</context>
<context>
    <name>smsotp::send::DeliveryTracker</name>
    <message numerus="yes">
        <location line="+95"/>
        <source>No final delivery state within %n minute(s); the last one known is shown.</source>
        <translation>
            <numerusform>Kein endgültiger Zustellstatus innerhalb von %n Minute; der zuletzt bekannte wird angezeigt.</numerusform>
            <numerusform>Kein endgültiger Zustellstatus innerhalb von %n Minuten; der zuletzt bekannte wird angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::send::TestSendSession</name>
    <message>
        <location filename="../../core/send/TestSendSession.cpp" line="+72"/>
        <source>The SMS text could not be read, so nothing was sent: %1</source>
        <translation>Der SMS-Text konnte nicht gelesen werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Accepted by the provider in %1 ms.</source>
        <translation>Vom Anbieter in %1 ms angenommen.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Verified with a backup code instead of the SMS code; %n backup code(s) left.</source>
        <translation>
            <numerusform>Mit einem Backup-Code statt des SMS-Codes bestätigt; noch %n Backup-Code übrig.</numerusform>
            <numerusform>Mit einem Backup-Code statt des SMS-Codes bestätigt; noch %n Backup-Codes übrig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>That backup code was already used: each works once (%n left). %1</source>
        <translation>
            <numerusform>Dieser Backup-Code wurde bereits verwendet: Jeder funktioniert nur einmal (noch %n übrig). %1</numerusform>
            <numerusform>Dieser Backup-Code wurde bereits verwendet: Jeder funktioniert nur einmal (noch %n übrig). %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup codes could not be checked: %1</source>
        <translation>Die Backup-Codes konnten nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>smsotp::storage</name>
    <message>
        <location filename="../../core/storage/DataLocation.cpp" line="+19"/>
        <source>Keep the database in DIR instead of the default folder.</source>
        <translation>Die Datenbank in DIR statt im Standardordner ablegen.</translation>
    </message>
</context>
<context>
    <name>smsotp::storage::DbError</name>
    <message>
        <location filename="../../core/storage/DatabaseError.cpp" line="+87"/>
        <source>The data folder cannot be created</source>
        <translation>Der Datenordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database path is not a file</source>
        <translation>Der Datenbankpfad ist keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is locked</source>
        <translation>Die Datenbank ist gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is read-only</source>
        <translation>Die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a database</source>
        <translation>Die Datei ist keine Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is from a newer version</source>
        <translation>Die Datenbank stammt von einer neueren Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database belongs to another program</source>
        <translation>Die Datenbank gehört einem anderen Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database reported an error</source>
        <translation>Die Datenbank hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The console could not create its data folder. Check that the path is correct and that you may write to its parent folder, or choose another folder with --data-dir.</source>
        <translation>Die Konsole konnte ihren Datenordner nicht anlegen. Prüfen Sie, ob der Pfad stimmt und ob Sie in den übergeordneten Ordner schreiben dürfen, oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the console keeps its database there is a folder or another non-file. Move it away or choose another data folder with --data-dir.</source>
        <translation>Wo die Konsole ihre Datenbank ablegt, liegt ein Ordner oder etwas anderes als eine Datei. Verschieben Sie es, oder wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file exists but could not be opened. Check its permissions and those of its folder.</source>
        <translation>Die Datenbankdatei existiert, konnte aber nicht geöffnet werden. Prüfen Sie ihre Berechtigungen und die ihres Ordners.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program (perhaps a second console or the smsotp command) is holding the database locked. Close it and try again; nothing has been lost.</source>
        <translation>Ein anderes Programm (vielleicht eine zweite Konsole oder der Befehl smsotp) hält die Datenbank gesperrt. Schließen Sie es und versuchen Sie es erneut; nichts ist verloren gegangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database or its folder cannot be written, so changes cannot be saved. Check the permissions and free the file, then try again; nothing saved before has been lost.</source>
        <translation>In die Datenbank oder ihren Ordner kann nicht geschrieben werden, daher lassen sich Änderungen nicht speichern. Prüfen Sie die Berechtigungen, geben Sie die Datei frei und versuchen Sie es erneut; nichts zuvor Gespeichertes ist verloren gegangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is damaged. The console can move it aside (it is kept, renamed, for recovery) and start with a fresh one.</source>
        <translation>Die Datenbankdatei ist beschädigt. Die Konsole kann sie beiseitelegen (sie bleibt umbenannt für eine Wiederherstellung erhalten) und mit einer neuen beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file where the console keeps its database is not an SQLite database. The console can move it aside (it is kept, renamed) and start with a fresh one.</source>
        <translation>Die Datei, in der die Konsole ihre Datenbank ablegt, ist keine SQLite-Datenbank. Die Konsole kann sie beiseitelegen (sie bleibt umbenannt erhalten) und mit einer neuen beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no space left on the disk that holds the data folder. Free some space and try again; nothing saved before has been lost.</source>
        <translation>Auf dem Datenträger mit dem Datenordner ist kein Platz mehr. Geben Sie etwas Platz frei und versuchen Sie es erneut; nichts zuvor Gespeichertes ist verloren gegangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database was written by a newer version of SMS OTP Console than this one. Use the newer version, or move this database aside and start fresh with this version.</source>
        <translation>Diese Datenbank wurde von einer neueren Version der SMS OTP Console geschrieben als dieser. Verwenden Sie die neuere Version, oder legen Sie diese Datenbank beiseite und beginnen Sie mit dieser Version neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file where the console keeps its database is an SQLite database of another program; the console has not changed it. Move it aside (it is kept, renamed) to start with a fresh one, or choose another data folder with --data-dir.</source>
        <translation>Die Datei, in der die Konsole ihre Datenbank führt, ist eine SQLite-Datenbank eines anderen Programms; die Konsole hat sie nicht verändert. Verschieben Sie sie (sie bleibt umbenannt erhalten), um mit einer neuen zu beginnen, oder wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database reported an unexpected error. The technical detail says more.</source>
        <translation>Die Datenbank hat einen unerwarteten Fehler gemeldet. Das technische Detail sagt mehr.</translation>
    </message>
</context>
<context>
    <name>smsotp::storage::SecretError</name>
    <message>
        <location filename="../../core/storage/SecretStore.cpp" line="+53"/>
        <source>Nothing is stored in the keychain for this entry.</source>
        <translation>Für diesen Eintrag ist nichts im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain can be reached: there is no D-Bus session. Run the console inside a desktop session (or start one with dbus-run-session) and try again. Nothing secret was saved.</source>
        <translation>Kein Schlüsselbund erreichbar: Es gibt keine D-Bus-Sitzung. Starten Sie die Konsole in einer Desktop-Sitzung (oder starten Sie eine mit dbus-run-session) und versuchen Sie es erneut. Nichts Geheimes wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is running: there is no Secret Service (such as GNOME Keyring or KWallet) on the session bus. Start one and try again. Nothing secret was saved.</source>
        <translation>Kein Schlüsselbund läuft: Auf dem Sitzungsbus gibt es keinen Secret Service (etwa GNOME Keyring oder KWallet). Starten Sie einen und versuchen Sie es erneut. Nichts Geheimes wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available on this system. Install and start one (such as GNOME Keyring) and try again. Nothing secret was saved.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar. Installieren und starten Sie einen (etwa GNOME Keyring) und versuchen Sie es erneut. Nichts Geheimes wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused access; it is probably locked. Unlock it and try again. Nothing secret was saved.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert; vermutlich ist er gesperrt. Entsperren Sie ihn und versuchen Sie es erneut. Nichts Geheimes wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not answer in time. It may be waiting for a password prompt: check your desktop, then try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Vielleicht wartet er auf eine Passwortabfrage: Sehen Sie auf Ihrem Desktop nach und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain reported an error. The technical detail says more.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet. Das technische Detail sagt mehr.</translation>
    </message>
</context>
<context>
    <name>smsotp::storage::SecretStore</name>
    <message>
        <location line="+168"/>
        <source>no answer after %1 ms</source>
        <translation>keine Antwort nach %1 ms</translation>
    </message>
</context>
<context>
    <name>smsotp::tmpl</name>
    <message>
        <location filename="../../core/template/HeaderList.cpp" line="+52"/>
        <source>a carriage return (CR)</source>
        <translation>ein Wagenrücklauf (CR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line feed (LF)</source>
        <translation>ein Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the control character U+%1</source>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <location filename="../../core/template/JsonTemplateFormat.cpp" line="+148"/>
        <source>The template could not be formatted without changing what it sends; it was left as it is.</source>
        <translation>Die Vorlage ließ sich nicht formatieren, ohne zu ändern, was sie sendet; sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../core/template/SmsText.cpp" line="+24"/>
        <location filename="../../core/template/TemplateLint.cpp" line="+22"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/template/TemplateLint.cpp" line="+30"/>
        <source>a double quote (&quot;)</source>
        <translation>ein doppeltes Anführungszeichen (&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backslash (\)</source>
        <translation>ein Backslash (\)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a control character (U+%1)</source>
        <translation>ein Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <location line="+390"/>
        <source>its value holds a comma, and WSO2 splits the list on every comma</source>
        <translation>sein Wert enthält ein Komma, und WSO2 teilt die Liste an jedem Komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its value holds a colon, and WSO2 splits each header on every colon</source>
        <translation>sein Wert enthält einen Doppelpunkt, und WSO2 teilt jeden Header an jedem Doppelpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its value needs quotes here (a quote, a backslash, or spaces at either end), which WSO2 does not read</source>
        <translation>sein Wert braucht hier Anführungszeichen (ein Anführungszeichen, ein Backslash oder Leerzeichen an einem Ende), die WSO2 nicht liest</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>WSO2 Identity Server would silently drop the header “%1”: %2. The console sends it.</source>
        <translation>WSO2 Identity Server würde den Header „%1“ stillschweigend verwerfen: %2. Die Konsole sendet ihn.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The console takes any 2xx status as success; WSO2 Identity Server takes only 200 and 202. If the provider answers 201 or 204, WSO2 logs a failure (and carries on as if the SMS was sent). Set the success statuses to 200, 202 to see what WSO2 will see.</source>
        <translation>Die Konsole wertet jeden 2xx-Status als Erfolg; WSO2 Identity Server nur 200 und 202. Antwortet der Anbieter mit 201 oder 204, protokolliert WSO2 einen Fehler (und macht weiter, als wäre die SMS gesendet). Stellen Sie die Erfolgsstatus auf 200, 202, um zu sehen, was WSO2 sieht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>WSO2 Identity Server takes only 200 and 202 as success: %1 would be a failure there (WSO2 logs it and carries on as if the SMS was sent).</source>
        <translation>WSO2 Identity Server wertet nur 200 und 202 als Erfolg: %1 wäre dort ein Fehler (WSO2 protokolliert ihn und macht weiter, als wäre die SMS gesendet).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WSO2 Identity Server never reads the response body: a provider that answers 200 with an error in the body counts as success there.</source>
        <translation>WSO2 Identity Server liest den Antworttext nie: Ein Anbieter, der 200 mit einem Fehler im Text antwortet, gilt dort als Erfolg.</translation>
    </message>
    <message>
        <location filename="../../core/template/PayloadTemplate.cpp" line="+516"/>
        <source>%1 is not a placeholder; names are case-sensitive: did you mean {{%2}}?</source>
        <translation>%1 ist kein Platzhalter; Namen unterscheiden Groß- und Kleinschreibung: Meinten Sie {{%2}}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a valid secret placeholder: a secret&apos;s name is 1 to 64 ASCII letters, digits, “_”, “.” or “-”, as in {{secret:apiKey}}.</source>
        <translation>%1 ist kein gültiger Geheimnis-Platzhalter: Der Name eines Geheimnisses besteht aus 1 bis 64 ASCII-Buchstaben, Ziffern, „_“, „.“ oder „-“, wie in {{secret:apiKey}}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a placeholder this template knows. Use {{body}} for the SMS text, {{mobile}} for the phone number ({{mobile.digits}} without its “+”), {{sender}}, {{uuid}} for a new id per message, or {{secret:NAME}} for a secret stored with the provider.</source>
        <translation>%1 ist kein Platzhalter, den diese Vorlage kennt. Verwenden Sie {{body}} für den SMS-Text, {{mobile}} für die Telefonnummer ({{mobile.digits}} ohne „+“), {{sender}}, {{uuid}} für eine neue ID pro Nachricht oder {{secret:NAME}} für ein beim Anbieter gespeichertes Geheimnis.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The secret “%1” has no stored value. Add it to the provider&apos;s secrets, or correct the name in the template.</source>
        <translation>Für das Geheimnis „%1“ ist kein Wert gespeichert. Fügen Sie es den Geheimnissen des Anbieters hinzu, oder korrigieren Sie den Namen in der Vorlage.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../core/template/TemplateLint.cpp" line="-58"/>
        <source>The template</source>
        <translation>Die Vorlage</translation>
    </message>
    <message>
        <location filename="../../core/template/UrlTemplate.cpp" line="+47"/>
        <source>The URL</source>
        <translation>Die URL</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{{” starts a placeholder but no “}}” closes it. Close it, or write the braces as %7B%7B.</source>
        <translation>„{{“ beginnt einen Platzhalter, aber kein „}}“ schließt ihn. Schließen Sie ihn oder schreiben Sie die Klammern als %7B%7B.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{{%1}} stands in the scheme or the host: a value must never choose where the request goes. Placeholders belong in the path or the query.</source>
        <translation>{{%1}} steht im Schema oder im Host: Ein Wert darf nie bestimmen, wohin die Anfrage geht. Platzhalter gehören in den Pfad oder die Query.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{{%1}} stands after “#”, in the fragment, which is never sent. Put it in the query.</source>
        <translation>{{%1}} steht nach „#“ im Fragment, das nie gesendet wird. Setzen Sie ihn in die Query.</translation>
    </message>
    <message>
        <location filename="../../core/template/AndroidAppHash.cpp" line="+36"/>
        <source>“%1” is not an Android package name: two or more parts separated by dots (com.example.app), each starting with a letter, then letters, digits or underscores.</source>
        <translation>„%1“ ist kein Android-Paketname: zwei oder mehr durch Punkte getrennte Teile (com.example.app), jeder beginnt mit einem Buchstaben, dann Buchstaben, Ziffern oder Unterstriche.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not one X.509 certificate in PEM or DER (export it with “keytool -exportcert -alias KEY -keystore KEYSTORE”).</source>
        <translation>Die Datei ist nicht genau ein X.509-Zertifikat in PEM oder DER (exportieren mit „keytool -exportcert -alias KEY -keystore KEYSTORE“).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1” is not an app hash: 11 characters of A-Z, a-z, 0-9, + and / (sms-text android-hash computes it).</source>
        <translation>„%1“ ist kein App-Hash: 11 Zeichen aus A-Z, a-z, 0-9, + und / (sms-text android-hash berechnet ihn).</translation>
    </message>
    <message>
        <location filename="../../core/template/OriginBoundCode.cpp" line="+159"/>
        <source>“%1” is not a host name: write the site&apos;s domain as a browser shows it, such as login.example.com (letters, digits and hyphens, labels separated by dots; no scheme, port or path).</source>
        <translation>„%1“ ist kein Hostname: Schreiben Sie die Domain der Website, wie ein Browser sie zeigt, etwa login.example.com (Buchstaben, Ziffern und Bindestriche, durch Punkte getrennt; kein Schema, Port oder Pfad).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A newline ends the text after the origin-bound line, so the last line is empty and no browser or phone reads the code. Remove the newline.</source>
        <translation>Nach der ursprungsgebundenen Zeile endet der Text mit einem Zeilenumbruch: Die letzte Zeile ist leer, und kein Browser oder Telefon liest den Code. Entfernen Sie den Zeilenumbruch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The origin-bound line “@host #code” must be the last line of the message; text follows it here.</source>
        <translation>Die ursprungsgebundene Zeile „@host #code“ muss die letzte Zeile der Nachricht sein; hier folgt ihr noch Text.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fields are in the wrong order: the line starts with the top-level host (@%1), then the code (#…), then optionally an embedded host.</source>
        <translation>Die Felder stehen in der falschen Reihenfolge: Die Zeile beginnt mit dem Top-Level-Host (@%1), dann der Code (#…), dann optional ein eingebetteter Host.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The line starts with a space: nothing may come before the “@host”.</source>
        <translation>Die Zeile beginnt mit einem Leerzeichen: Vor „@host“ darf nichts stehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing may come before the “@host” on the origin-bound line; move “%1” to a line above.</source>
        <translation>Vor „@host“ darf in der ursprungsgebundenen Zeile nichts stehen; verschieben Sie „%1“ in eine Zeile darüber.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words stand between the host and the code: the line is “@host #code”, one space apart.</source>
        <translation>Zwischen Host und Code stehen Wörter: Die Zeile lautet „@host #code“, durch ein Leerzeichen getrennt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A tab separates the fields; exactly one space must.</source>
        <translation>Ein Tabulator trennt die Felder; es muss genau ein Leerzeichen sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 spaces separate the fields; exactly one must.</source>
        <translation>%1 Leerzeichen trennen die Felder; es muss genau eines sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The line names %1 but the WebOTP domain is %2: browsers offer the code only on the site the line names.</source>
        <translation>Die Zeile nennt %1, die WebOTP-Domain ist aber %2: Browser bieten den Code nur auf der Website an, die die Zeile nennt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code field is “%1”: it must be %2 with no spaces, so the code sent is the code offered.</source>
        <translation>Das Codefeld ist „%1“: Es muss %2 ohne Leerzeichen sein, damit der angebotene Code der gesendete ist.</translation>
    </message>
    <message>
        <location filename="../../core/template/SmsTextCheck.cpp" line="+27"/>
        <source>Android&apos;s SMS User Consent offers only codes of %1 to %2 characters; the OTP settings make codes of %3.</source>
        <translation>Androids SMS User Consent bietet nur Codes mit %1 bis %2 Zeichen an; die OTP-Einstellungen erzeugen Codes mit %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s SMS User Consent offers a code only when it has a digit; %1% of the alphanumeric codes the OTP settings make (about 1 in %2) have none and would have to be typed.</source>
        <translation>Androids SMS User Consent bietet einen Code nur an, wenn er eine Ziffer enthält; %1 % der alphanumerischen Codes der OTP-Einstellungen (etwa 1 von %2) haben keine und müssten getippt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message does not hold the Android app hash %1: SMS Retriever hands a message only to the app whose hash it carries.</source>
        <translation>Die Nachricht enthält den Android-App-Hash %1 nicht: SMS Retriever gibt eine Nachricht nur an die App, deren Hash sie trägt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message takes %1 bytes; Android&apos;s SMS Retriever reads messages of at most %2 bytes (one SMS).</source>
        <translation>Die Nachricht belegt %1 Bytes; Androids SMS Retriever liest Nachrichten mit höchstens %2 Bytes (eine SMS).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The default text uses {{%1}} and this translation does not.</source>
        <translation>Der Standardtext verwendet {{%1}}, diese Übersetzung nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This translation costs %1 SMS parts per code, more than the default text&apos;s %2.</source>
        <translation>Diese Übersetzung kostet %1 SMS-Teile pro Code, mehr als die %2 des Standardtexts.</translation>
    </message>
</context>
<context>
    <name>smsotp::tmpl::Linter</name>
    <message>
        <location filename="../../core/template/TemplateLint.cpp" line="-369"/>
        <source>WSO2 Identity Server&apos;s custom provider sends a JSON or FORM body only, not %1.</source>
        <translation>Der eigene Anbieter von WSO2 Identity Server sendet nur einen JSON- oder FORM-Body, nicht %1.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace with %1</source>
        <translation>Durch %1 ersetzen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Remove the quote (the placeholder needs none)</source>
        <translation>Das Anführungszeichen entfernen (der Platzhalter braucht keines)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with a straight quote (&quot;)</source>
        <translation>Durch ein gerades Anführungszeichen (&quot;) ersetzen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+90"/>
        <source>Write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>“%1” is never closed: add a “%2” where it should end.</source>
        <translation>„%1“ wird nie geschlossen: Fügen Sie ein „%2“ dort ein, wo es enden soll.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add “%1” at the end</source>
        <translation>„%1“ am Ende anfügen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The template has no {{mobile}}: the phone number is never sent. Put {{mobile}} where the provider expects the recipient.</source>
        <translation>Die Vorlage enthält kein {{mobile}}: Die Telefonnummer wird nie gesendet. Setzen Sie {{mobile}} dorthin, wo der Anbieter den Empfänger erwartet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template has no {{body}}: the SMS text, and with it the code, is never sent. Put {{body}} where the provider expects the message text.</source>
        <translation>Die Vorlage enthält kein {{body}}: Der SMS-Text und damit der Code wird nie gesendet. Setzen Sie {{body}} dorthin, wo der Anbieter den Nachrichtentext erwartet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>WSO2 Identity Server has no {{secret:…}} placeholders and would send “%1” as it is. There, write the value itself into the template.</source>
        <translation>WSO2 Identity Server kennt keine {{secret:…}}-Platzhalter und würde „%1“ unverändert senden. Schreiben Sie dort den Wert selbst in die Vorlage.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WSO2 Identity Server knows only {{body}} and {{mobile}} and would send “%1” as it is.</source>
        <translation>WSO2 Identity Server kennt nur {{body}} und {{mobile}} und würde „%1“ unverändert senden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>WSO2 Identity Server replaces only the exact spelling %1; with spaces inside the braces it sends “%2” unchanged. The console reads both.</source>
        <translation>WSO2 Identity Server ersetzt nur genau die Schreibweise %1; mit Leerzeichen innerhalb der Klammern sendet er „%2“ unverändert. Die Konsole liest beide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>WSO2 Identity Server puts the SMS text into the JSON without escaping it, and this SMS text holds %1 at character %2: there the payload would not be valid JSON. Change the SMS text (the console itself escapes it).</source>
        <translation>WSO2 Identity Server setzt den SMS-Text ohne Maskierung in das JSON, und dieser SMS-Text enthält %1 bei Zeichen %2: Dort wäre die Payload kein gültiges JSON. Ändern Sie den SMS-Text (die Konsole selbst maskiert ihn).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>WSO2 Identity Server puts quotes around the value of %1 itself, so inside a JSON string it gives &quot;&quot;…&quot;&quot;, which is not valid JSON there. Write %1 on its own, without quotes (the console quotes it too).</source>
        <translation>WSO2 Identity Server setzt den Wert von %1 selbst in Anführungszeichen, innerhalb eines JSON-Strings ergibt das also &quot;&quot;…&quot;&quot;, was dort kein gültiges JSON ist. Schreiben Sie %1 allein, ohne Anführungszeichen (die Konsole setzt sie ebenfalls selbst).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the quotes around %1</source>
        <translation>Die Anführungszeichen um %1 entfernen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>“%1” has no “=”: it is sent as a field name with an empty value. Write it as name=value.</source>
        <translation>„%1“ hat kein „=“: Es wird als Feldname mit leerem Wert gesendet. Schreiben Sie es als name=wert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The field “%1” is given twice; most providers read only the first or the last. Keep one.</source>
        <translation>Das Feld „%1“ ist zweimal angegeben; die meisten Anbieter lesen nur das erste oder das letzte. Behalten Sie eines.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the repeated field</source>
        <translation>Das wiederholte Feld entfernen</translation>
    </message>
</context>
<context>
    <name>smsotp::tmpl::Parser</name>
    <message>
        <location filename="../../core/template/HeaderList.cpp" line="+43"/>
        <source>This header has no “:” between its name and its value. Write it as Name: value.</source>
        <translation>Diesem Header fehlt der „:“ zwischen Name und Wert. Schreiben Sie ihn als Name: Wert.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A header has a value but no name before the “:”. Write the name, as in X-Api-Key: value.</source>
        <translation>Ein Header hat einen Wert, aber keinen Namen vor dem „:“. Schreiben Sie den Namen, etwa X-Api-Key: Wert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header name “%1” holds %2, which would split the header on the wire.</source>
        <translation>Der Header-Name „%1“ enthält %2, wodurch der Header auf der Leitung geteilt würde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a valid header name: names are ASCII letters, digits and ! # $ % &amp; &apos; * + - . ^ _ ` | ~, with no spaces.</source>
        <translation>„%1“ ist kein gültiger Header-Name: Namen bestehen aus ASCII-Buchstaben, Ziffern und ! # $ % &amp; &apos; * + - . ^ _ ` | ~, ohne Leerzeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The console sets the %1 header itself; remove it from the list.</source>
        <translation>Die Konsole setzt den Header %1 selbst; entfernen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In a quoted header value a backslash must be followed by &quot; or by another backslash; write \\ for a backslash.</source>
        <translation>In einem Header-Wert in Anführungszeichen muss auf einen Backslash &quot; oder ein weiterer Backslash folgen; schreiben Sie \\ für einen Backslash.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The quoted header value that starts here has no closing quote (&quot;).</source>
        <translation>Der hier beginnende Header-Wert in Anführungszeichen hat kein schließendes Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a “,” may follow a quoted header value; put this text inside the quotes or after a comma.</source>
        <translation>Auf einen Header-Wert in Anführungszeichen darf nur ein „,“ folgen; setzen Sie diesen Text in die Anführungszeichen oder hinter ein Komma.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A header value holds %1, which would split the header on the wire (header injection). Remove it.</source>
        <translation>Ein Header-Wert enthält %1, wodurch der Header auf der Leitung geteilt würde (Header-Injection). Entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A header value holds %1, which HTTP does not allow. Remove it.</source>
        <translation>Ein Header-Wert enthält %1, was HTTP nicht erlaubt. Entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The header list holds %1; headers are separated by “,” on one line.</source>
        <translation>Die Header-Liste enthält %1; Header werden in einer Zeile durch „,“ getrennt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>smsotp::tmpl::Renderer</name>
    <message>
        <location filename="../../core/template/PayloadTemplate.cpp" line="-491"/>
        <source>The request has no body (content type “none”), so it has no template either. Empty the template, or choose the content type the gateway expects.</source>
        <translation>Die Anfrage hat keinen Body (Inhaltstyp „none“) und daher auch keine Vorlage. Leeren Sie die Vorlage oder wählen Sie den Inhaltstyp, den das Gateway erwartet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A line break, tab or other control character stands inside a JSON string, where JSON does not allow it. Write it as an escape (\n for a line break, \t for a tab).</source>
        <translation>Ein Zeilenumbruch, Tabulator oder anderes Steuerzeichen steht in einem JSON-String, wo JSON es nicht erlaubt. Schreiben Sie es als Escape-Sequenz (\n für einen Zeilenumbruch, \t für einen Tabulator).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is a typographic quote, which JSON does not accept: it needs the straight double quote (&quot;). Around a placeholder, remove the quotes altogether: the console puts a placeholder that stands outside a string between quotes itself.</source>
        <translation>„%1“ ist ein typografisches Anführungszeichen, das JSON nicht akzeptiert: Es braucht das gerade doppelte Anführungszeichen (&quot;). Entfernen Sie die Anführungszeichen um einen Platzhalter ganz: Die Konsole setzt einen Platzhalter, der außerhalb eines Strings steht, selbst in Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” closes nothing: there is no “%2” open before it. Remove it.</source>
        <translation>„%1“ schließt nichts: Davor ist kein „%2“ geöffnet. Entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” does not match the “%2” opened at line %3, column %4.</source>
        <translation>„%1“ passt nicht zu dem in Zeile %3, Spalte %4 geöffneten „%2“.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A placeholder stands in XML markup (a tag or attribute name, a comment or a CDATA section), where its value cannot be escaped. Put it in an element&apos;s text or a quoted attribute value.</source>
        <translation>Ein Platzhalter steht im XML-Markup (ein Tag- oder Attributname, ein Kommentar oder ein CDATA-Abschnitt), wo sein Wert nicht maskiert werden kann. Setzen Sie ihn in den Text eines Elements oder in einen Attributwert in Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The XML payload is empty; it needs one root element.</source>
        <translation>Die XML-Payload ist leer; sie braucht ein Wurzelelement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The payload is not well-formed XML here (%1). Check the tags and quotes around this spot; placeholders need no escaping of their own.</source>
        <translation>Die Payload ist hier kein wohlgeformtes XML (%1). Prüfen Sie die Tags und Anführungszeichen an dieser Stelle; Platzhalter brauchen keine eigene Maskierung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{{” starts a placeholder but no “}}” closes it on the same line. Close it, or write the braces differently if they are meant literally.</source>
        <translation>„{{“ beginnt einen Platzhalter, aber kein „}}“ schließt ihn in derselben Zeile. Schließen Sie ihn, oder schreiben Sie die Klammern anders, wenn sie wörtlich gemeint sind.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The value put in here holds the character U+%1, which XML cannot carry in any form. Remove it from the value.</source>
        <translation>Der hier eingesetzte Wert enthält das Zeichen U+%1, das XML in keiner Form tragen kann. Entfernen Sie es aus dem Wert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The payload is not valid JSON here (%1). Check the quotes, commas and braces around this spot; placeholders outside a string need no quotes of their own.</source>
        <translation>Die Payload ist hier kein gültiges JSON (%1). Prüfen Sie Anführungszeichen, Kommas und Klammern an dieser Stelle; Platzhalter außerhalb eines Strings brauchen keine eigenen Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>smsotp::tmpl::SmsLocale</name>
    <message>
        <location filename="../../core/template/SmsLocale.cpp" line="+19"/>
        <source>“%1” is not a locale the console knows. Write a language and a country where it is spoken, as WSO2 does: en_US, de_DE, fr_FR, pt_BR.</source>
        <translation>„%1“ ist kein Gebietsschema, das die Konsole kennt. Schreiben Sie Sprache und Land, in dem sie gesprochen wird, wie WSO2: en_US, de_DE, fr_FR, pt_BR.</translation>
    </message>
</context>
<context>
    <name>smsotp::tmpl::SmsText</name>
    <message>
        <location filename="../../core/template/SmsText.cpp" line="+26"/>
        <source>The SMS text has %1 characters; the most the console takes is %2.</source>
        <translation>Der SMS-Text hat %1 Zeichen; die Konsole nimmt höchstens %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{{” starts a placeholder but no “}}” closes it on the same line.</source>
        <translation>„{{“ beginnt einen Platzhalter, aber kein „}}“ schließt ihn in derselben Zeile.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{{%1}} is not filled in by the console and would reach the phone as written. The placeholders are {{confirmation-code}}, {{otp-expiry-time}}, {{application-name}}, {{organization-name}} and {{user-name}}.</source>
        <translation>{{%1}} wird von der Konsole nicht ausgefüllt und käme so beim Telefon an. Die Platzhalter sind {{confirmation-code}}, {{otp-expiry-time}}, {{application-name}}, {{organization-name}} und {{user-name}}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The message has no {{confirmation-code}}, so the code would never reach the user. Add it where the code should appear.</source>
        <translation>Die Nachricht enthält kein {{confirmation-code}}, daher würde der Code den Benutzer nie erreichen. Fügen Sie ihn dort ein, wo der Code erscheinen soll.</translation>
    </message>
</context>
<context>
    <name>smsotp::tmpl::SmsTextCheck</name>
    <message>
        <location filename="../../core/template/SmsTextCheck.cpp" line="+35"/>
        <source>SMS OTP Console</source>
        <translation>SMS OTP Console</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/AboutDialog.cpp" line="+14"/>
        <source>About SMS OTP Console</source>
        <translation>Über SMS OTP Console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;SMS OTP Console&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;SMS OTP Console&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure, preview and prove SMS one-time-password multi-factor authentication, as WSO2 Identity Server has it.</source>
        <translation>SMS-Einmalpasswort-Mehrfaktor-Authentifizierung einrichten, in der Vorschau prüfen und erproben, so wie WSO2 Identity Server sie bietet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Licence: MIT (see LICENSE)&lt;br&gt;Qt %1 (built with %2)&lt;br&gt;Data folder: %3</source>
        <translation>Lizenz: MIT (siehe LICENSE)&lt;br&gt;Qt %1 (gebaut mit %2)&lt;br&gt;Datenordner: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SMS is a restricted authenticator in NIST SP 800-63B: a code sent over the phone network can be intercepted or redirected (SIM swap, number porting, SS7 attacks), so the phone number does not prove possession of a device the way an app or a security key does. Offer users a stronger authenticator as well, tell them of the risk, and have a plan to move away from SMS.</source>
        <translation>SMS ist in NIST SP 800-63B ein eingeschränkter Authentifikator: Ein über das Telefonnetz gesendeter Code kann abgefangen oder umgeleitet werden (SIM-Swap, Rufnummernportierung, SS7-Angriffe), daher beweist die Telefonnummer nicht den Besitz eines Geräts, wie es eine App oder ein Sicherheitsschlüssel tut. Bieten Sie Benutzern zusätzlich einen stärkeren Authentifikator an, informieren Sie sie über das Risiko, und planen Sie den Abschied von SMS.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::CheckStep</name>
    <message>
        <location filename="../../ui/wizard/CheckPage.cpp" line="+13"/>
        <source>&amp;Skip the check: the test send will prove the setup</source>
        <translation>Prüfung &amp;überspringen: Der Testversand beweist die Einrichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the credentials</source>
        <translation>Zugangsdaten prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the provider whether the credentials work, without sending an SMS and without saving anything.</source>
        <translation>Fragt den Anbieter, ob die Zugangsdaten funktionieren, ohne eine SMS zu senden und ohne etwas zu speichern.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A custom gateway offers no standard way to test credentials without sending. Skip this check; the test send on a later page proves the setup.</source>
        <translation>Ein eigenes Gateway bietet keinen Standardweg, Zugangsdaten ohne Senden zu prüfen. Überspringen Sie diese Prüfung; der Testversand auf einer späteren Seite beweist die Einrichtung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is asked with the %2 %3 at %4.</source>
        <translation>%1 wird mit %2 %3 unter %4 gefragt.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::ChooseStep</name>
    <message>
        <location filename="../../ui/wizard/ChoosePage.cpp" line="+15"/>
        <source>Choose the provider</source>
        <translation>Anbieter auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the service that will deliver the one-time codes; the next pages collect what it needs.</source>
        <translation>Wählen Sie den Dienst, der die Einmalcodes zustellt; die nächsten Seiten erfassen, was er braucht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needs the Account SID and Auth Token from the Twilio Console dashboard, and a Twilio phone number with SMS capability.</source>
        <translation>Braucht die Account SID und das Auth Token aus dem Dashboard der Twilio Console sowie eine SMS-fähige Twilio-Telefonnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs the API key and API secret from the Vonage API Dashboard, and a Vonage number or a sender ID.</source>
        <translation>Braucht den API-Schlüssel und das API-Secret aus dem Vonage API Dashboard sowie eine Vonage-Nummer oder eine Absenderkennung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the gateway&apos;s URL, the body it expects ({{body}} and {{mobile}}) and any headers, as in WSO2 Identity Server.</source>
        <translation>Braucht die URL des Gateways, den erwarteten Inhalt ({{body}} und {{mobile}}) und etwaige Header, wie in WSO2 Identity Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs nothing: the console&apos;s own gateway on this computer. Codes never leave the machine; they appear in the Sandbox phone.</source>
        <translation>Braucht nichts: das eigene Gateway der Konsole auf diesem Computer. Codes verlassen den Rechner nie; sie erscheinen im Sandbox-Telefon.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::CommitStep</name>
    <message>
        <location filename="../../ui/wizard/CommitPage.cpp" line="+23"/>
        <source>&amp;Retry</source>
        <translation>Wi&amp;ederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stores the setup, then makes the provider active.</source>
        <translation>Speichert die Einrichtung und macht den Anbieter dann aktiv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was saved</source>
        <translation>Was gespeichert wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try storing the secrets again</source>
        <translation>Erneut versuchen, die Geheimnisse zu speichern</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Waiting for the keychain…</source>
        <translation>Warten auf den Schlüsselbund…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider is not saved yet: the keychain did not confirm the secrets. %1</source>
        <translation>Der Anbieter ist noch nicht gespeichert: Der Schlüsselbund hat die Geheimnisse nicht bestätigt. %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+57"/>
        <source>Not saved: %1 %2</source>
        <translation>Nicht gespeichert: %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: %1 is set up and is the active provider.</source>
        <translation>Gespeichert: %1 ist eingerichtet und der aktive Anbieter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In the database: the %1 settings (%2 %3, sender %4, API base URL %5).</source>
        <translation>In der Datenbank: die Einstellungen von %1 (%2 %3, Absender %4, API-Basis-URL %5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the database: the custom provider&apos;s URL %1, its body and its header names.</source>
        <translation>In der Datenbank: die URL %1 des eigenen Anbieters, sein Inhalt und seine Header-Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the database: the OTP settings (%1 %2, valid %3 s).</source>
        <translation>In der Datenbank: die OTP-Einstellungen (%1 %2, gültig %3 s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>letters and digits</source>
        <translation>Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OTP settings were not changed.</source>
        <translation>Die OTP-Einstellungen wurden nicht geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing went to the keychain: the Sandbox has no secrets.</source>
        <translation>Nichts kam in den Schlüsselbund: Die Sandbox hat keine Geheimnisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain was not changed: the secrets stored before are kept.</source>
        <translation>Der Schlüsselbund wurde nicht geändert: Die zuvor gespeicherten Geheimnisse bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the keychain: %1.</source>
        <translation>Im Schlüsselbund: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active provider: %1.</source>
        <translation>Aktiver Anbieter: %1.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::CustomCredentialsStep</name>
    <message>
        <location filename="../../ui/wizard/CredentialsPages.cpp" line="+65"/>
        <source>Custom provider</source>
        <translation>Eigener Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the gateway as WSO2 Identity Server does; the gateway&apos;s documentation gives its URL, body and headers. Header values go to the keychain only when you finish.</source>
        <translation>Beschreiben Sie das Gateway wie in WSO2 Identity Server; die Dokumentation des Gateways nennt URL, Inhalt und Header. Header-Werte kommen erst beim Abschließen in den Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::CustomEditor</name>
    <message>
        <location filename="../../ui/editors/CustomEditor.cpp" line="+74"/>
        <source>Add named secret</source>
        <translation>Benanntes Geheimnis hinzufügen</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+457"/>
        <source>Provider URL</source>
        <translation>Anbieter-URL</translation>
    </message>
    <message>
        <location line="-447"/>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Content &amp;type</source>
        <translation>&amp;Inhaltstyp</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Any HTTP SMS gateway: where to send (the URL may hold placeholders too), how to shape the body with {{body}} (the SMS text) and {{mobile}} (the number), how to authenticate, and how to read the answer. Start from a preset for a documented gateway. Secrets are kept in the keychain.</source>
        <translation>Jedes HTTP-SMS-Gateway: wohin gesendet wird (auch die URL darf Platzhalter enthalten), wie der Body mit {{body}} (dem SMS-Text) und {{mobile}} (der Nummer) aussieht, wie authentifiziert wird und wie die Antwort gelesen wird. Beginnen Sie mit einer Voreinstellung für ein dokumentiertes Gateway. Geheimnisse werden im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Start from a preset</source>
        <translation>Mit einer Voreinstellung beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a documented gateway…</source>
        <translation>Ein dokumentiertes Gateway wählen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start from a pr&amp;eset</source>
        <translation>Mit V&amp;oreinstellung beginnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>HTTP &amp;method</source>
        <translation>HTTP-&amp;Methode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (everything in the URL)</source>
        <translation>Keiner (alles in der URL)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+438"/>
        <source>Payload template</source>
        <translation>Payload-Vorlage</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>&amp;Payload template</source>
        <translation>&amp;Payload-Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+425"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal stored header values</source>
        <translation>Gespeicherte Header-Werte anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the stored header values from the keychain and show them while pressed.</source>
        <translation>Die gespeicherten Header-Werte aus dem Schlüsselbund lesen und anzeigen, solange gedrückt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for {{sender}}</source>
        <translation>für {{sender}}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Authentication</source>
        <translation>A&amp;uthentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (or a header above)</source>
        <translation>Keine (oder ein Header oben)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key name</source>
        <translation>Name des API-Schlüssels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key goes in</source>
        <translation>API-Schlüssel steht in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a header</source>
        <translation>einem Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the query</source>
        <translation>der Query</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication secret</source>
        <translation>Authentifizierungsgeheimnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+379"/>
        <source>Success statuses</source>
        <translation>Erfolgsstatus</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>any 2xx</source>
        <translation>jeder 2xx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response body must</source>
        <translation>Antworttext muss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not checked)</source>
        <translation>(nicht geprüft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contain the text</source>
        <translation>den Text enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>match the regular expression</source>
        <translation>zum regulären Ausdruck passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold a JSON value</source>
        <translation>einen JSON-Wert enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At JSON pointer</source>
        <translation>Beim JSON-Pointer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value</source>
        <translation>Der Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message &amp;id</source>
        <translation>Na&amp;chrichten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found by its usual names</source>
        <translation>über die üblichen Namen gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at a JSON pointer</source>
        <translation>bei einem JSON-Pointer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from a regular expression</source>
        <translation>aus einem regulären Ausdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id rule</source>
        <translation>ID-Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error text at</source>
        <translation>Fehlertext bei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a named secret</source>
        <translation>Ein benanntes Geheimnis hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+351"/>
        <source>Named secrets</source>
        <translation>Benannte Geheimnisse</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit der Anfrage in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request time&amp;out</source>
        <translation>Zeitlimit der An&amp;frage</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Filled in from %1 (%2). %3</source>
        <translation>Ausgefüllt nach %1 (%2). %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer to&amp;ken</source>
        <translation>Bearer-To&amp;ken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>API-Schl&amp;üssel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A GET request has no body: choose the content type “None” and put the values in the URL, or send with POST.</source>
        <translation>Eine GET-Anfrage hat keinen Body: Wählen Sie den Inhaltstyp „Keiner“ und setzen Sie die Werte in die URL, oder senden Sie mit POST.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the answer</source>
        <translation>Lesen der Antwort</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Where the console sends each SMS. Placeholders in the path and the query are percent-encoded.</source>
        <translation>Wohin die Konsole jede SMS sendet. Platzhalter im Pfad und in der Query werden prozentkodiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No body is sent: the URL carries the values.</source>
        <translation>Es wird kein Body gesendet: Die URL trägt die Werte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{{body}} is the SMS text and {{mobile}} the number ({{mobile.digits}} without “+”); {{sender}}, {{uuid}} (new per message) and {{secret:NAME}} too. Values are escaped for you, so write placeholders without quotes around them.</source>
        <translation>{{body}} ist der SMS-Text und {{mobile}} die Nummer ({{mobile.digits}} ohne „+“); ebenso {{sender}}, {{uuid}} (neu pro Nachricht) und {{secret:NAME}}. Werte werden für Sie maskiert, schreiben Sie Platzhalter also ohne Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What {{sender}} stands for: a number or a name the gateway accepts.</source>
        <translation>Wofür {{sender}} steht: eine Nummer oder ein Name, den das Gateway akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent as Authorization: Basic, kept in the keychain.</source>
        <translation>Wird als Authorization: Basic gesendet und im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as Authorization: Bearer, kept in the keychain.</source>
        <translation>Wird als Authorization: Bearer gesendet und im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the keychain; shown only as •••.</source>
        <translation>Wird im Schlüsselbund aufbewahrt; nur als ••• gezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The header or query parameter the gateway reads the key from.</source>
        <translation>Der Header oder Query-Parameter, aus dem das Gateway den Schlüssel liest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RFC 6901: “/” then each name or index, as /messages/0/status.</source>
        <translation>RFC 6901: „/“ und dann jeder Name oder Index, wie /messages/0/status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared as text: 0, true, &quot;sent&quot; are written 0, true, sent.</source>
        <translation>Als Text verglichen: 0, true, &quot;sent&quot; werden 0, true, sent geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The JSON pointer of the id in the answer.</source>
        <translation>Der JSON-Pointer der ID in der Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first group of the expression is the id (the whole match without one).</source>
        <translation>Die erste Gruppe des Ausdrucks ist die ID (ohne Gruppe der ganze Treffer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the JSON pointer of the gateway&apos;s error text, quoted in the explanation of a failure.</source>
        <translation>Optional: der JSON-Pointer des Fehlertexts des Gateways, der in der Erklärung eines Fehlschlags zitiert wird.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How long to wait for the gateway&apos;s answer, %1 to %2 seconds.</source>
        <translation>Wie lange auf die Antwort des Gateways gewartet wird, %1 bis %2 Sekunden.</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Secret name</source>
        <translation>Name des Geheimnisses</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Response bod&amp;y must</source>
        <translation>Antwort&amp;text muss</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret value</source>
        <translation>Wert des Geheimnisses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this secret</source>
        <translation>Dieses Geheimnis entfernen</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Your code is 123456</source>
        <translation>Ihr Code lautet 123456</translation>
    </message>
    <message numerus="yes">
        <location line="+539"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiterer)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A comma-separated list of HTTP statuses, e.g. 200, 202.</source>
        <translation>Eine durch Kommas getrennte Liste von HTTP-Statuscodes, z. B. 200, 202.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Named secret “%1”: use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (up to 64).</source>
        <translation>Benanntes Geheimnis „%1“: Verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos; (bis zu 64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named secret “%1” is listed twice.</source>
        <translation>Das benannte Geheimnis „%1“ ist zweimal aufgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named secret “%1” has no value.</source>
        <translation>Das benannte Geheimnis „%1“ hat keinen Wert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>https://… (http:// only for this computer).</source>
        <translation>https://… (http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name: value, separated by commas. Put a value holding &apos;,&apos; in double quotes (&quot;a, b&quot;); inside quotes write \&quot; for a quote and \\ for a backslash. Values go to the keychain; ••• keeps the stored one.</source>
        <translation>Name: Wert, durch Kommas getrennt. Setzen Sie einen Wert mit &apos;,&apos; in doppelte Anführungszeichen (&quot;a, b&quot;); schreiben Sie darin \&quot; für ein Anführungszeichen und \\ für einen Backslash. Werte kommen in den Schlüsselbund; ••• behält den gespeicherten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty means any 2xx. WSO2 Identity Server itself treats only 200 and 202 as sent.</source>
        <translation>Leer bedeutet jeder 2xx-Status. WSO2 Identity Server selbst wertet nur 200 und 202 als gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Values the template or headers use as {{secret:NAME}}, kept in the keychain.</source>
        <translation>Werte, die die Vorlage oder die Header als {{secret:NAME}} verwenden, aufbewahrt im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::DatabaseErrorDialog</name>
    <message>
        <location filename="../../ui/DatabaseErrorDialog.cpp" line="+30"/>
        <source>File: %1
%2</source>
        <translation>Datei: %1
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical detail</source>
        <translation>Technisches Detail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Move aside and start fresh</source>
        <translation>&amp;Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::HistoryChartPanel</name>
    <message>
        <location filename="../../ui/plugins/historychart/HistoryChartPanel.cpp" line="+62"/>
        <source>Nothing matches these filters.</source>
        <translation>Nichts passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latency of sends over time, by outcome</source>
        <translation>Latenz der Versandvorgänge im Zeitverlauf, nach Ergebnis</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing to draw: none of the rows that match these filters is a send that reached a provider (verifications and blocked sends take no time).</source>
        <translation>Nichts zu zeichnen: Keine der Zeilen, die zu diesen Filtern passen, ist ein Versand, der einen Anbieter erreicht hat (Bestätigungen und blockierte Versandvorgänge brauchen keine Zeit).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sent, delivered</source>
        <translation>Gesendet, zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, not delivered</source>
        <translation>Gesendet, nicht zugestellt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::HistoryDetailPane</name>
    <message>
        <location filename="../../ui/pages/HistoryDetailPane.cpp" line="+24"/>
        <source>Selected row</source>
        <translation>Ausgewählte Zeile</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider code</source>
        <translation>Anbietercode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a row to see its whole explanation and the technical detail.</source>
        <translation>Wählen Sie eine Zeile, um ihre vollständige Erklärung und das technische Detail zu sehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <extracomment>%1 outcome (&quot;Refused&quot;), %2 event (&quot;Send&quot;), %3 provider, %4 last digits of the number, %5 local time</extracomment>
        <translation>%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No explanation was recorded.</source>
        <translation>Es wurde keine Erklärung aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery: %1</source>
        <translation>Zustellung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS text: %1</source>
        <translation>SMS-Text: %1</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::HistoryPage</name>
    <message>
        <location filename="../../ui/pages/HistoryPage.cpp" line="+67"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purge…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows or chart</source>
        <translation>Zeilen oder Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency &amp;chart</source>
        <translation>Late&amp;nzdiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latency of the %L1 most recent sends that match the filters</source>
        <translation>Die Latenz der %L1 neuesten Versandvorgänge, die zu den Filtern passen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The chart cannot be shown: %1</source>
        <translation>Das Diagramm kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Provider filter</source>
        <translation>Anbieterfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery filter</source>
        <translation>Zustellfilter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All deliveries</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date, included</source>
        <translation>Bis Datum, einschließlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last digits</source>
        <translation>Letzte Ziffern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro&amp;vider</source>
        <translation>An&amp;bieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome</source>
        <translation>Ergebn&amp;is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number ends &amp;with</source>
        <translation>Nummer endet &amp;auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delivery</source>
        <translation>Zu&amp;stellung</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Nothing recorded yet. Sends, resends and verifications made on the Test Send page appear here.</source>
        <translation>Noch nichts aufgezeichnet. Versand, erneuter Versand und Bestätigungen auf der Seite Testversand erscheinen hier.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Number ends with</source>
        <translation>Nummer endet auf</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+123"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Export the shown rows as CSV</source>
        <translation>Die angezeigten Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the shown rows for good</source>
        <translation>Die angezeigten Zeilen endgültig löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Purge history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Sent &amp;between</source>
        <translation>Gesendet &amp;zwischen</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Delete the %n shown row(s) for good? They are overwritten in the database file and cannot be brought back.</source>
        <translation>
            <numerusform>Die %n angezeigte Zeile endgültig löschen? Sie wird in der Datenbankdatei überschrieben und lässt sich nicht wiederherstellen.</numerusform>
            <numerusform>Die %n angezeigten Zeilen endgültig löschen? Sie werden in der Datenbankdatei überschrieben und lassen sich nicht wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+241"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider code</source>
        <translation>Anbietercode</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1+ rows</source>
        <translation>%1+ Zeilen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing matches these filters. Choose All providers, All outcomes and All deliveries, or clear the dates and digits, to see more.</source>
        <translation>Nichts passt zu diesen Filtern. Wählen Sie Alle Anbieter, Alle Ergebnisse und Alle Zustellungen oder leeren Sie Daten und Ziffern, um mehr zu sehen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Purged %n row(s).</source>
        <translation>
            <numerusform>%n Zeile gelöscht.</numerusform>
            <numerusform>%n Zeilen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History purged.</source>
        <translation>Verlauf gelöscht.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::HistoryTableModel</name>
    <message>
        <location filename="../../ui/pages/HistoryModel.cpp" line="+128"/>
        <source>Number ending in %1, stored masked as %2</source>
        <translation>Nummer endet auf %1, maskiert gespeichert als %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider code</source>
        <translation>Anbietercode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS text</source>
        <translation>SMS-Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong code</source>
        <translation>Falscher Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Send</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resend</source>
        <translation>Erneuter Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::IdentityServerConnection</name>
    <message>
        <location filename="../../ui/pages/IdentityServerConnection.cpp" line="+34"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this certificate for this server…</source>
        <translation>Diesem Zertifikat für diesen Server vertrauen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running operation</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trust this certificate for this server</source>
        <translation>Diesem Zertifikat für diesen Server vertrauen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected: every endpoint the console uses answered.</source>
        <translation>Verbunden: Jeder Endpunkt, den die Konsole verwendet, hat geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some endpoints did not answer; see the table.</source>
        <translation>Einige Endpunkte haben nicht geantwortet; siehe Tabelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected, but the user or client lacks the scope(s): %1.</source>
        <translation>Verbunden, aber dem Benutzer oder Client fehlen Scopes: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected, with problems; see the Identity Server page.</source>
        <translation>Verbunden, mit Problemen; siehe Seite „Identity Server“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server presents a certificate this computer does not trust.</source>
        <translation>Der Server legt ein Zertifikat vor, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not the certificate pinned for this server: it may have been replaced, or someone is in between.</source>
        <translation>Dies ist nicht das für diesen Server hinterlegte Zertifikat: Es wurde vielleicht ersetzt, oder jemand sitzt dazwischen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the fingerprint with the one on the server (its keystore) before trusting it. It will be trusted for this server only; TLS stays verified.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem auf dem Server (in seinem Keystore), bevor Sie ihm vertrauen. Es gilt dann nur für diesen Server als vertrauenswürdig; TLS wird weiterhin geprüft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the server first: the certificate is pinned for a saved server.</source>
        <translation>Speichern Sie zuerst den Server: Das Zertifikat wird für einen gespeicherten Server hinterlegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust certificate</source>
        <translation>Zertifikat vertrauen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Trust this certificate for %1 only?

Subject: %2
SHA-256 fingerprint: %3</source>
        <translation>Diesem Zertifikat nur für %1 vertrauen?

Inhaber: %2
SHA-256-Fingerabdruck: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate was not pinned: %1</source>
        <translation>Das Zertifikat wurde nicht hinterlegt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate is pinned for %1. Test the connection again.</source>
        <translation>Das Zertifikat ist für %1 hinterlegt. Testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate pinned.</source>
        <translation>Zertifikat hinterlegt.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::IdentityServerEditor</name>
    <message>
        <location filename="../../ui/pages/IdentityServerEditor.cpp" line="+24"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tr&amp;y again</source>
        <translation>Er&amp;neut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve server</source>
        <translation>Server s&amp;peichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Scopes</source>
        <translation>&amp;Scopes</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Try saving the secret again</source>
        <translation>Erneut versuchen, das Geheimnis zu speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save server</source>
        <translation>Server speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert server</source>
        <translation>Server zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin user (HTTP Basic)</source>
        <translation>Admin-Benutzer (HTTP Basic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Client-Credentials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. production</source>
        <translation>z. B. production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: https://host:9443/oauth2/token</source>
        <translation>Standard: https://host:9443/oauth2/token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces; empty for the defaults</source>
        <translation>Durch Leerzeichen getrennt; leer für die Standardwerte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base URL</source>
        <translation>Basis-&amp;URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth&amp;entication</source>
        <translation>Authenti&amp;fizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>B&amp;enutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client I&amp;D</source>
        <translation>C&amp;lient-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client se&amp;cret</source>
        <translation>&amp;Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oken URL</source>
        <translation>To&amp;ken-URL</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This is not a URL.</source>
        <translation>Das ist keine URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only https:// is accepted: the password or client secret must not travel in clear.</source>
        <translation>Nur https:// wird akzeptiert: Das Passwort oder Client-Secret darf nicht im Klartext übertragen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the tenant: https://host:9443/t/carbon.super</source>
        <translation>Mit dem Mandanten: https://host:9443/t/carbon.super</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for the server&apos;s own token endpoint.</source>
        <translation>Leer für den eigenen Token-Endpunkt des Servers.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server needs a name.</source>
        <translation>Der Server braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server named %1 exists already.</source>
        <translation>Ein Server namens %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Server %1 saved.</source>
        <translation>Server %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Waiting for the keychain…</source>
        <translation>Warten auf den Schlüsselbund…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server was saved, but its secret was not: %1</source>
        <translation>Der Server wurde gespeichert, sein Geheimnis aber nicht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not take the server&apos;s secret.</source>
        <translation>Der Schlüsselbund hat das Geheimnis des Servers nicht angenommen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter the client secret first.</source>
        <translation>Geben Sie zuerst das Client-Secret ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the password first.</source>
        <translation>Geben Sie zuerst das Passwort ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected: no secret.</source>
        <translation>Nicht verbunden: kein Geheimnis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected: the keychain did not give the secret.</source>
        <translation>Nicht verbunden: Der Schlüsselbund hat das Geheimnis nicht herausgegeben.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::IdentityServerList</name>
    <message>
        <location filename="../../ui/pages/IdentityServerList.cpp" line="+17"/>
        <location line="+8"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Add</source>
        <translation>H&amp;inzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>En&amp;tfernen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Could not read the saved servers. %1</source>
        <translation>Die gespeicherten Server konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Remove the server %1, its pinned certificate and its secrets from the keychain?</source>
        <translation>Den Server %1, sein hinterlegtes Zertifikat und seine Geheimnisse aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server %1 removed.</source>
        <translation>Server %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::IdentityServerLoginFlow</name>
    <message>
        <location filename="../../ui/pages/IdentityServerLoginFlow.cpp" line="+24"/>
        <source>Login flow</source>
        <translation>Anmeldeablauf</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Application name</source>
        <translation>Name der Anwendung</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Find applications</source>
        <translation>Anwendungen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s login flow</source>
        <translation>Der Anmeldeablauf der Anwendung</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Enable backup codes</source>
        <translation>Backup-Codes aktivieren</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Set SMS OTP login flow…</source>
        <translation>SMS-OTP-Anmeldeablauf setzen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set SMS OTP login flow</source>
        <translation>SMS-OTP-Anmeldeablauf setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login flow change and its request</source>
        <translation>Die Änderung des Anmeldeablaufs und ihre Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the name; empty for all</source>
        <translation>Teil des Namens; leer für alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>Select an application to see its login flow.</source>
        <translation>Wählen Sie eine Anwendung, um ihren Anmeldeablauf zu sehen.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Adds Backup code as an alternative to SMS OTP in step 2</source>
        <translation>Fügt in Schritt 2 den Backup-Code als Alternative zu SMS OTP hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change and its request are shown here before anything is sent.</source>
        <translation>Die Änderung und ihre Anfrage werden hier angezeigt, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appl&amp;ication</source>
        <translation>&amp;Anwendung</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading the server&apos;s applications…</source>
        <translation>Die Anwendungen des Servers werden gelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The applications could not be read.</source>
        <translation>Die Anwendungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No application matches.</source>
        <translation>Keine Anwendung passt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s) found; select one to see its login flow.</source>
        <translation>
            <numerusform>%n Anwendung gefunden; wählen Sie sie, um ihren Anmeldeablauf zu sehen.</numerusform>
            <numerusform>%n Anwendungen gefunden; wählen Sie eine, um ihren Anmeldeablauf zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the application…</source>
        <translation>Die Anwendung wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the application back…</source>
        <translation>Die Anwendung wird erneut gelesen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the application&apos;s login flow…</source>
        <translation>Der Anmeldeablauf der Anwendung wird gelesen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>The login flow could not be read.</source>
        <translation>Der Anmeldeablauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login flow of %1 is set. Read back from the server: %2</source>
        <translation>Der Anmeldeablauf von %1 ist gesetzt. Vom Server zurückgelesen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login flow set.</source>
        <translation>Anmeldeablauf gesetzt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Current login flow of %1:</source>
        <translation>Aktueller Anmeldeablauf von %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New login flow:</source>
        <translation>Neuer Anmeldeablauf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application&apos;s adaptive script is not sent and stays as it is.</source>
        <translation>Das adaptive Skript der Anwendung wird nicht gesendet und bleibt, wie es ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request:</source>
        <translation>Die Anfrage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set login flow</source>
        <translation>Anmeldeablauf setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this request to %1?</source>
        <translation>Diese Anfrage an %1 senden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setting the login flow of %1…</source>
        <translation>Der Anmeldeablauf von %1 wird gesetzt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login flow was not changed: %1</source>
        <translation>Der Anmeldeablauf wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login flow was not changed.</source>
        <translation>Der Anmeldeablauf wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::IdentityServerPage</name>
    <message>
        <location filename="../../ui/pages/IdentityServerPage.cpp" line="+93"/>
        <source>Unsaved server</source>
        <translation>Ungespeicherter Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the changes to the server shown?</source>
        <translation>Die Änderungen am angezeigten Server verwerfen?</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Identity Server</source>
        <translation>Identity Server</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::IdentityServerSession</name>
    <message>
        <location filename="../../ui/pages/IdentityServerSession.cpp" line="+49"/>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::IdentityServerSync</name>
    <message>
        <location filename="../../ui/pages/IdentityServerSync.cpp" line="+43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare and push</source>
        <translation>Vergleichen und übertragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pull</source>
        <translation>A&amp;brufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;ke from server…</source>
        <translation>V&amp;om Server übernehmen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport WSO2 request bodies…</source>
        <translation>WSO2-Anfragen e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write named secrets {{secret:NAME}} into WSO2&apos;s configuration in clear</source>
        <translation>Benannte Geheimnisse {{secret:NAME}} im Klartext in die Konfiguration von WSO2 schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+262"/>
        <source>Push to the server</source>
        <translation>Zum Server übertragen</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Pu&amp;sh…</source>
        <translation>&amp;Übertragen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Push now…</source>
        <translation>&amp;Jetzt übertragen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pull the server&apos;s settings and compare</source>
        <translation>Die Einstellungen des Servers abrufen und vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>Take from server</source>
        <translation>Vom Server übernehmen</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Push</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+331"/>
        <source>Export WSO2 request bodies</source>
        <translation>WSO2-Anfragen exportieren</translation>
    </message>
    <message>
        <location line="-330"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write named secrets into WSO2&apos;s configuration in clear</source>
        <translation>Benannte Geheimnisse im Klartext in die Konfiguration von WSO2 schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requests the push sends</source>
        <translation>Die Anfragen, die die Übertragung sendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push now</source>
        <translation>Jetzt übertragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs no server: writes the requests a push would send to a file.</source>
        <translation>Braucht keinen Server: schreibt die Anfragen, die eine Übertragung senden würde, in eine Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same?</source>
        <translation>Gleich?</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Reading the server&apos;s SMS sender and SMS OTP settings…</source>
        <translation>SMS-Absender und SMS-OTP-Einstellungen des Servers werden gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s settings could not be read.</source>
        <translation>Die Einstellungen des Servers konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the server&apos;s settings.</source>
        <translation>Die Einstellungen des Servers lesen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Pushed, but the server still differs; see the table.</source>
        <translation>Übertragen, aber der Server weicht weiterhin ab; siehe Tabelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed. Read back from the server: no difference.</source>
        <translation>Übertragen. Vom Server zurückgelesen: kein Unterschied.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server differs from the console; see the table.</source>
        <translation>Der Server weicht von der Konsole ab; siehe Tabelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No difference between the console and the server.</source>
        <translation>Kein Unterschied zwischen Konsole und Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushed and read back.</source>
        <translation>Übertragen und zurückgelesen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with the server.</source>
        <translation>Mit dem Server verglichen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SMS sender</source>
        <translation>SMS-Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS OTP connector</source>
        <translation>SMS-OTP-Connector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS text of this locale (SMS OTP template)</source>
        <translation>SMS-Text dieses Gebietsschemas (SMS-OTP-Vorlage)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot tell</source>
        <translation>unklar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace the console&apos;s OTP settings%1%2 with the server&apos;s? Secrets go into the keychain.</source>
        <translation>Die OTP-Einstellungen der Konsole%1%2 durch die des Servers ersetzen? Geheimnisse kommen in den Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and its SMS provider (%1)</source>
        <translation> und ihren SMS-Anbieter (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, and the SMS texts of %1,</source>
        <translation> sowie die SMS-Texte für %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Write the console&apos;s SMS OTP settings, SMS provider and SMS texts to %1, as shown?</source>
        <translation>Die SMS-OTP-Einstellungen, den SMS-Anbieter und die SMS-Texte der Konsole wie gezeigt nach %1 schreiben?</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+19"/>
        <source>Not taken: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the provider&apos;s secrets to the keychain…</source>
        <translation>Die Geheimnisse des Anbieters werden in den Schlüsselbund geschrieben…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The settings were taken, but a secret was not: %1</source>
        <translation>Die Einstellungen wurden übernommen, ein Geheimnis aber nicht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken from the server, except a secret.</source>
        <translation>Vom Server übernommen, außer einem Geheimnis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Taken from the server.</source>
        <translation>Vom Server übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from the server, except: %1</source>
        <translation>Vom Server übernommen, außer: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no request: the push is refused)</source>
        <translation>(keine Anfrage: Die Übertragung wird verweigert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The console cannot push this: %1 Nothing will be sent.</source>
        <translation>Die Konsole kann dies nicht übertragen: %1 Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The named secrets %1 are written into WSO2&apos;s configuration in clear.</source>
        <translation>Die benannten Geheimnisse %1 werden im Klartext in die Konfiguration von WSO2 geschrieben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pushing to the server…</source>
        <translation>Wird zum Server übertragen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The push was refused before anything was sent: %1</source>
        <translation>Die Übertragung wurde abgelehnt, bevor etwas gesendet wurde: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not pushed.</source>
        <translation>Nicht übertragen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly pushed.</source>
        <translation>Teilweise übertragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pushed; reading the server back…</source>
        <translation>Übertragen; der Server wird zurückgelesen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing exported: %1</source>
        <translation>Nichts exportiert: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing exported: WSO2 cannot express this. %1</source>
        <translation>Nichts exportiert: WSO2 kann das nicht abbilden. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 was not written: %2</source>
        <translation>Die Datei %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported the WSO2 requests to %1.</source>
        <translation>Die WSO2-Anfragen wurden nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the WSO2 requests to %1. No secret is in it: replace %2 with the real values before sending.</source>
        <translation>Die WSO2-Anfragen wurden nach %1 exportiert. Sie enthalten kein Geheimnis: Ersetzen Sie %2 vor dem Senden durch die echten Werte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WSO2 request bodies exported</source>
        <translation>WSO2-Anfragen exportiert</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../ui/HelpDialogs.cpp" line="+50"/>
        <source>Alt+underlined letter	Go to the field of that label</source>
        <translation>Alt+unterstrichener Buchstabe	Zum Feld mit dieser Beschriftung springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc	Cancel a running send or check</source>
        <translation>Esc	Laufenden Versand oder laufende Prüfung abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter	Verify the code (Test Send), go to a problem&apos;s place (Template Preview)</source>
        <translation>Enter	Code bestätigen (Testversand), zur Stelle eines Problems springen (Vorlagenvorschau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space on Reveal	Show a secret while held</source>
        <translation>Leertaste auf Anzeigen	Ein Geheimnis anzeigen, solange sie gedrückt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z	Undo an edit, a Fix or a replacement in a text field</source>
        <translation>Strg+Z	Eine Bearbeitung, eine Korrektur oder eine Ersetzung in einem Textfeld rückgängig machen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::Language</name>
    <message>
        <location filename="../../ui/Language.cpp" line="+77"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Applies after a restart</source>
        <translation>Gilt nach einem Neustart</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes when SMS OTP Console starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start der SMS OTP Console.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+57"/>
        <source>SMS OTP Console</source>
        <translation>SMS OTP Console</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS OTP Console — %1</source>
        <translation>SMS OTP Console — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1, unsaved changes</source>
        <translation>%1, ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider setup &amp;wizard…</source>
        <translation>&amp;Assistent zur Anbietereinrichtung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>Ben&amp;utzerhandbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About SMS OTP Console</source>
        <translation>Ü&amp;ber SMS OTP Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page “%1” has changes that are not saved. Save them?</source>
        <translation>Die Seite „%1“ hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active provider: %1</source>
        <translation>Aktiver Anbieter: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Provider setup saved.</source>
        <translation>Anbietereinrichtung gespeichert.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::OtpPolicyEditor</name>
    <message>
        <location filename="../../ui/widgets/OtpPolicyEditor.cpp" line="+29"/>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SMS OTP &amp;expiry time</source>
        <translation>&amp;Ablaufzeit des SMS-OTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>How long a code stays valid after it is sent (WSO2: SmsOTP.ExpiryTime).</source>
        <translation>Wie lange ein Code nach dem Senden gültig bleibt (WSO2: SmsOTP.ExpiryTime).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use only n&amp;umeric characters for OTP</source>
        <translation>Nur Ziffern für das &amp;OTP verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise codes use upper-case letters and digits, as WSO2 does.</source>
        <translation>Sonst bestehen Codes aus Großbuchstaben und Ziffern, wie bei WSO2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O&amp;TP length</source>
        <translation>OTP-&amp;Länge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lea&amp;ve out look-alike characters</source>
        <translation>&amp;Verwechselbare Zeichen weglassen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ma&amp;ximum failed attempts</source>
        <translation>Maximale &amp;Fehlversuche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sends &amp;per number per hour</source>
        <translation>Sendungen pro Nummer und S&amp;tunde</translation>
    </message>
    <message>
        <location line="-32"/>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of characters in a code (WSO2: SmsOTP.OTPLength).</source>
        <translation>Anzahl der Zeichen eines Codes (WSO2: SmsOTP.OTPLength).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alphanumeric codes only: no 0/O or 1/I/L, so codes are read back without mistakes.</source>
        <translation>Nur alphanumerische Codes: kein 0/O oder 1/I/L, damit Codes fehlerfrei abgelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resend &amp;attempts allowed</source>
        <translation>Erlaubte &amp;Neusendeversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resends of one code before further resends are blocked (WSO2: SmsOTP.ResendAttemptsCount).</source>
        <translation>Neusendungen eines Codes, bevor weitere Neusendungen gesperrt werden (WSO2: SmsOTP.ResendAttemptsCount).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resend &amp;block duration</source>
        <translation>S&amp;perrdauer für Neusendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long resends stay blocked once the limit is reached (WSO2: SmsOTP.ResendBlockDuration).</source>
        <translation>Wie lange Neusendungen gesperrt bleiben, sobald die Grenze erreicht ist (WSO2: SmsOTP.ResendBlockDuration).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong codes before the challenge locks, even for the right code.</source>
        <translation>Falsche Codes, bevor die Abfrage gesperrt wird, selbst für den richtigen Code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum &amp;interval between resends</source>
        <translation>&amp;Mindestabstand zwischen Neusendungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops a user (or a script) from sending codes in a burst.</source>
        <translation>Verhindert, dass ein Benutzer (oder ein Skript) Codes in schneller Folge sendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost protection: further sends to the same number wait until the hour has passed.</source>
        <translation>Kostenschutz: Weitere Sendungen an dieselbe Nummer warten, bis die Stunde vorbei ist.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 bits per code (%2 possible characters, %3 positions)</source>
        <translation>%1 Bit pro Code (%2 mögliche Zeichen, %3 Stellen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix the values above to see the entropy.</source>
        <translation>Korrigieren Sie die Werte oben, um die Entropie zu sehen.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::OtpSettingsPage</name>
    <message>
        <location filename="../../ui/pages/OtpSettingsPage.cpp" line="+19"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the one-time codes look, how long they live, and the limits that protect users and your SMS budget. These are the SMS OTP settings of WSO2 Identity Server, plus the console&apos;s own limits for test sends.</source>
        <translation>Wie die Einmalcodes aussehen, wie lange sie gelten, und die Grenzen, die Benutzer und Ihr SMS-Budget schützen. Dies sind die SMS-OTP-Einstellungen von WSO2 Identity Server, dazu die eigenen Grenzen der Konsole für Testsendungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save OTP settings</source>
        <translation>OTP-Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert OTP settings</source>
        <translation>OTP-Einstellungen zurücksetzen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the saved settings; showing the defaults. %1</source>
        <translation>Die gespeicherten Einstellungen konnten nicht gelesen werden; die Standardwerte werden angezeigt. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OTP Settings</source>
        <translation>OTP-Einstellungen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fix the values marked above before saving.</source>
        <translation>Korrigieren Sie vor dem Speichern die oben markierten Werte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1 %2</source>
        <translation>Nicht gespeichert: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the OTP settings: %1</source>
        <translation>Die OTP-Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OTP settings saved.</source>
        <translation>OTP-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OTP settings reverted to the saved values.</source>
        <translation>OTP-Einstellungen auf die gespeicherten Werte zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::OtpStep</name>
    <message>
        <location filename="../../ui/wizard/OtpPage.cpp" line="+15"/>
        <source>OTP settings at a glance</source>
        <translation>OTP-Einstellungen im Überblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the codes look and how long they live; the defaults follow WSO2 Identity Server, and the OTP Settings page has every other limit.</source>
        <translation>Wie die Codes aussehen und wie lange sie gelten; die Standardwerte folgen WSO2 Identity Server, und die Seite OTP-Einstellungen enthält alle weiteren Grenzen.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::PhoneNumberMessage</name>
    <message>
        <location filename="../../ui/widgets/PhoneNumberMessage.cpp" line="+20"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends to %1</source>
        <translation>Sendet an %1</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::PreviewPage</name>
    <message>
        <location filename="../../ui/pages/PreviewPage.cpp" line="+97"/>
        <source>Provider to preview</source>
        <translation>Anbieter für die Vorschau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template as edited here (not saved)</source>
        <translation>Vorlage wie hier bearbeitet (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sample number</source>
        <translation>Beispielnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample SMS text</source>
        <translation>Beispiel-SMS-Text</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Configuration to preview</source>
        <translation>Konfiguration für die Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved configuration</source>
        <translation>Gespeicherte Konfiguration</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample &amp;number</source>
        <translation>Beispiel&amp;nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample &amp;text</source>
        <translation>Beispiel&amp;text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SMS text</source>
        <translation>SMS-Text</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>curl command copied; secrets are shown as •••.</source>
        <translation>curl-Befehl kopiert; Geheimnisse erscheinen als •••.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template Preview</source>
        <translation>Vorlagenvorschau</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+136"/>
        <source>Reading the provider&apos;s secrets from the keychain…</source>
        <translation>Die Geheimnisse des Anbieters werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No request: the provider&apos;s secrets could not be read.</source>
        <translation>Keine Anfrage: Die Geheimnisse des Anbieters konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The %1 SMS text below, with a sample code, until you type another.</source>
        <translation>Der SMS-Text %1 unten mit einem Beispielcode, bis Sie einen anderen eingeben.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>C&amp;onfiguration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template and SMS text</source>
        <translation>Vorlage und SMS-Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template and problems, or SMS text</source>
        <translation>Vorlage und Probleme, oder SMS-Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>Template and problems</source>
        <translation>Vorlage und Probleme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No request: the problems listed below stop it.</source>
        <translation>Keine Anfrage: Die unten aufgeführten Probleme verhindern sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template renders to:</source>
        <translation>Die Vorlage ergibt:</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::PreviewRequestPanel</name>
    <message>
        <location filename="../../ui/pages/PreviewRequestPanel.cpp" line="+29"/>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold to reveal secrets</source>
        <translation>Gedrückt halten, um Geheimnisse anzuzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal secrets while pressed</source>
        <translation>Geheimnisse anzeigen, solange gedrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the secrets in the request while you hold the button (mouse or Space).</source>
        <translation>Zeigt die Geheimnisse in der Anfrage, solange Sie die Schaltfläche gedrückt halten (Maus oder Leertaste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the request as a curl command, secrets hidden</source>
        <translation>Die Anfrage als curl-Befehl kopieren, Geheimnisse verborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets are always shown as ••• in the copy.</source>
        <translation>In der Kopie werden Geheimnisse immer als ••• angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request as sent</source>
        <translation>Die Anfrage, wie sie gesendet wird</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Form fields, decoded</source>
        <translation>Formularfelder, dekodiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;quest as sent</source>
        <translation>An&amp;frage wie gesendet</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::PreviewSmsTextPanel</name>
    <message>
        <location filename="../../ui/pages/PreviewSmsTextPanel.cpp" line="+62"/>
        <source>A&amp;dd</source>
        <translation>H&amp;inzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute…</source>
        <translation>Berechnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS texts by locale</source>
        <translation>SMS-Texte nach Gebietsschema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the SMS texts</source>
        <translation>SMS-Texte speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the SMS texts</source>
        <translation>SMS-Texte zurücksetzen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Locale to add</source>
        <translation>Hinzuzufügendes Gebietsschema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language_COUNTRY, e.g. de_DE</source>
        <translation>sprache_LAND, z. B. de_DE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a text for this locale</source>
        <translation>Einen Text für dieses Gebietsschema hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebOTP domain</source>
        <translation>WebOTP-Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login.example.com (empty: off)</source>
        <translation>login.example.com (leer: aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the line “@DOMAIN #CODE” at the end of every text, so browsers (WebOTP) and iOS offer the code on that site only.</source>
        <translation>Fügt die Zeile „@DOMAIN #CODE“ am Ende jedes Texts an, damit Browser (WebOTP) und iOS den Code nur auf dieser Website anbieten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+254"/>
        <source>Android app hash</source>
        <translation>Android-App-Hash</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>11 characters (empty: off)</source>
        <translation>11 Zeichen (leer: aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Android&apos;s SMS Retriever hands a message to the app whose hash it holds: the check then wants it in every text, and every text in one SMS (140 bytes).</source>
        <translation>Androids SMS Retriever gibt eine Nachricht an die App, deren Hash sie enthält: Die Prüfung verlangt ihn dann in jedem Text und jeden Text in einer SMS (140 Bytes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute the Android app hash from the app&apos;s signing certificate</source>
        <translation>Den Android-App-Hash aus dem Signaturzertifikat der App berechnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a languag&amp;e</source>
        <translation>Sprach&amp;e hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebOTP do&amp;main</source>
        <translation>WebOTP-Do&amp;main</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The SMS texts were not read, so they cannot be saved here: %1</source>
        <translation>Die SMS-Texte wurden nicht gelesen und können hier daher nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 has a text already.</source>
        <translation>%1 hat schon einen Text.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 added; translate its text, then save.</source>
        <translation>%1 hinzugefügt; übersetzen Sie den Text und speichern Sie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 removed; Revert brings it back until you save.</source>
        <translation>%1 entfernt; „Zurücksetzen“ holt ihn zurück, bis Sie speichern.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>SMS texts saved.</source>
        <translation>SMS-Texte gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate file %1</source>
        <translation>Die Zertifikatsdatei %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Android app hash %1 computed for %2; put it in the texts, then save.</source>
        <translation>Android-App-Hash %1 für %2 berechnet; fügen Sie ihn in die Texte ein und speichern Sie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate the app is signed with, PEM or DER: keytool -exportcert -alias KEY -keystore KEYSTORE writes it.</source>
        <translation>Das Zertifikat, mit dem die App signiert ist, PEM oder DER: keytool -exportcert -alias KEY -keystore KEYSTORE schreibt es.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Package name</source>
        <translation>&amp;Paketname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate file</source>
        <translation>&amp;Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::PreviewTemplatePanel</name>
    <message>
        <location filename="../../ui/pages/PreviewTemplatePanel.cpp" line="+76"/>
        <location line="+42"/>
        <source>Payload template</source>
        <translation>Payload-Vorlage</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Format &amp;JSON</source>
        <translation>&amp;JSON formatieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to sa&amp;ved</source>
        <translation>Zurück zum Gesp&amp;eicherten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+208"/>
        <source>F&amp;ix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Format the template&apos;s JSON, keeping the placeholders</source>
        <translation>Das JSON der Vorlage formatieren, die Platzhalter bleiben erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the saved template back in the editor</source>
        <translation>Die gespeicherte Vorlage wieder in den Editor laden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems found; activate one to go to its place in the template</source>
        <translation>Gefundene Probleme; aktivieren Sie eines, um zu seiner Stelle in der Vorlage zu springen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply the fix of the selected problem</source>
        <translation>Die Korrektur des ausgewählten Problems anwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pro&amp;blems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edits here change only the preview; save them on the SMS Provider page.</source>
        <translation>Änderungen hier wirken sich nur auf die Vorschau aus; speichern Sie sie auf der Seite SMS-Anbieter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s built-in template.</source>
        <translation>Die eingebaute Vorlage der Sandbox.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The custom provider sends a %1 body, not JSON.</source>
        <translation>Der eigene Anbieter sendet einen %1-Body, kein JSON.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>F&amp;ix: %1</source>
        <translation>&amp;Beheben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a problem that has a fix; the fix changes the template in the editor.</source>
        <translation>Wählen Sie ein Problem mit Korrektur; die Korrektur ändert die Vorlage im Editor.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Fixed: %1. Ctrl+Z undoes it.</source>
        <translation>Behoben: %1. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not formatted: the template is not JSON even with its placeholders filled in. %1</source>
        <translation>Nicht formatiert: Die Vorlage ist auch mit ausgefüllten Platzhaltern kein JSON. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template is already formatted.</source>
        <translation>Die Vorlage ist bereits formatiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JSON formatted; the placeholders are kept as written.</source>
        <translation>JSON formatiert; die Platzhalter bleiben, wie sie geschrieben sind.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::ProviderPage</name>
    <message>
        <location filename="../../ui/pages/ProviderPage.cpp" line="+64"/>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>SMS is a restricted authenticator in NIST SP 800-63B: codes can be intercepted or redirected (SIM swap, number porting, SS7). Offer your users a stronger authenticator as well.</source>
        <translation>SMS ist in NIST SP 800-63B ein eingeschränkter Authentifikator: Codes können abgefangen oder umgeleitet werden (SIM-Swap, Rufnummernportierung, SS7). Bieten Sie Ihren Benutzern zusätzlich einen stärkeren Authentifikator an.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+2"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Custom</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>The console&apos;s own SMS gateway on this computer. Messages sent to it never leave the machine; they appear in the Sandbox phone on the Test Send page. It needs no account, so a new profile can try the whole send-and-verify flow at once. It goes through the same path as a custom provider: template, HTTP and response check.</source>
        <translation>Das eigene SMS-Gateway der Konsole auf diesem Computer. An es gesendete Nachrichten verlassen nie die Maschine; sie erscheinen im Sandbox-Telefon auf der Seite Testversand. Es braucht kein Konto, daher kann ein neues Profil sofort den ganzen Ablauf aus Senden und Prüfen ausprobieren. Es nimmt denselben Weg wie ein eigener Anbieter: Vorlage, HTTP und Prüfung der Antwort.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Try saving the secrets again</source>
        <translation>Erneut versuchen, die Geheimnisse zu speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save provider settings</source>
        <translation>Anbietereinstellungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert provider settings</source>
        <translation>Anbietereinstellungen zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up with &amp;wizard…</source>
        <translation>Mit &amp;Assistent einrichten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a provider with the wizard</source>
        <translation>Einen Anbieter mit dem Assistenten einrichten</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>SMS Provider</source>
        <translation>SMS-Anbieter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the saved providers. %1</source>
        <translation>Die gespeicherten Anbieter konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved. Fix the marked tabs first:</source>
        <translation>Nicht gespeichert. Korrigieren Sie zuerst die markierten Registerkarten:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Listening on %1 (this computer only).</source>
        <translation>Lauscht auf %1 (nur dieser Computer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox gateway is not running: %1</source>
        <translation>Das Sandbox-Gateway läuft nicht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active provider: %1</source>
        <translation>Aktiver Anbieter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active provider: %1 (not saved yet)</source>
        <translation>Aktiver Anbieter: %1 (noch nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use %1 for sends</source>
        <translation>%1 für Sendungen &amp;verwenden</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Provider settings not saved: fix the marked tabs.</source>
        <translation>Anbietereinstellungen nicht gespeichert: Korrigieren Sie die markierten Registerkarten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved: %1 %2</source>
        <translation>Nicht gespeichert: %1 %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Provider settings saved.</source>
        <translation>Anbietereinstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Waiting for the keychain…</source>
        <translation>Warten auf den Schlüsselbund…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The settings were saved, but the secrets were not: %1</source>
        <translation>Die Einstellungen wurden gespeichert, die Geheimnisse aber nicht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not take the secrets.</source>
        <translation>Der Schlüsselbund hat die Geheimnisse nicht übernommen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provider settings reverted to the saved values.</source>
        <translation>Anbietereinstellungen auf die gespeicherten Werte zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::ProviderWizard</name>
    <message>
        <location filename="../../ui/wizard/ProviderWizard.cpp" line="+36"/>
        <source>Provider setup</source>
        <translation>Anbietereinrichtung</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/DraftSetup.cpp" line="+59"/>
        <source>The stored secret “%1” is not in the keychain any more: type it again.</source>
        <translation>Das gespeicherte Geheimnis „%1“ ist nicht mehr im Schlüsselbund: Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The sandbox gateway is not running.</source>
        <translation>Das Sandbox-Gateway läuft nicht.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::ProviderWizardLauncher</name>
    <message>
        <location filename="../../ui/wizard/ProviderWizardLauncher.cpp" line="+55"/>
        <source>&amp;Skip for now</source>
        <translation>&amp;Vorerst überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The built-in sandbox stays active; the wizard is in the File menu and on the SMS Provider page.</source>
        <translation>Die eingebaute Sandbox bleibt aktiv; der Assistent ist im Menü Datei und auf der Seite SMS-Anbieter zu finden.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::SandboxPhoneBox</name>
    <message>
        <location filename="../../ui/widgets/SandboxPhoneBox.cpp" line="+16"/>
        <source>Sandbox phone</source>
        <translation>Sandbox-Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cl&amp;ear</source>
        <translation>L&amp;eeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages the sandbox received, newest first</source>
        <translation>Von der Sandbox empfangene Nachrichten, neueste zuerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the sandbox gateway answers</source>
        <translation>Wie das Sandbox-Gateway antwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers normally</source>
        <translation>Antwortet normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fails with HTTP 500</source>
        <translation>Scheitert mit HTTP 500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers after 3 s</source>
        <translation>Antwortet nach 3 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never answers</source>
        <translation>Antwortet nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepts, never delivers</source>
        <translation>Nimmt an, stellt nie zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the sandbox phone</source>
        <translation>Das Sandbox-Telefon leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gate&amp;way</source>
        <translation>Gate&amp;way</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::SecretField</name>
    <message>
        <location filename="../../ui/widgets/SecretField.cpp" line="+42"/>
        <location line="+86"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new value; the stored one stays until you save.</source>
        <translation>Geben Sie einen neuen Wert ein; der gespeicherte bleibt, bis Sie speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal %1 while pressed</source>
        <translation>%1 anzeigen, solange gedrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold to read the stored value from the keychain and show it; it hides when you let go.</source>
        <translation>Gedrückt halten, um den gespeicherten Wert aus dem Schlüsselbund zu lesen und anzuzeigen; beim Loslassen wird er wieder verborgen.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::SendVerifyPanel</name>
    <message>
        <location filename="../../ui/widgets/SendVerifyPanel.cpp" line="+54"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider code %1</source>
        <translation>Anbietercode %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message id %1</source>
        <translation>Nachrichten-ID %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Send &amp;code</source>
        <translation>&amp;Code senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>&amp;Resend</source>
        <translation>Er&amp;neut senden</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Country of the number</source>
        <translation>Land der Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For numbers typed without +: follows a number typed with +</source>
        <translation>Für Nummern ohne +: richtet sich nach einer mit + eingegebenen Nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a code</source>
        <translation>Einen Code senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the send</source>
        <translation>Den Versand abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the technical detail</source>
        <translation>Das technische Detail anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Technical detail</source>
        <translation>Technisches Detail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code received</source>
        <translation>Empfangener Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the code</source>
        <translation>Den Code prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a new code</source>
        <translation>Einen neuen Code senden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nu&amp;mber</source>
        <translation>N&amp;ummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Mobile number</source>
        <translation>Mobilfunknummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A mobile number, national or with + and the country code: the code goes there.</source>
        <translation>Eine Mobilfunknummer, national oder mit + und Ländervorwahl: Dorthin geht der Code.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Resend (%1 s)</source>
        <translation>Er&amp;neut senden (%1 s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires in %1</source>
        <translation>Läuft ab in %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The code expired: send a new one.</source>
        <translation>Der Code ist abgelaufen: Senden Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending a new code…</source>
        <translation>Neuer Code wird gesendet…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delivery: %1</source>
        <translation>Zustellung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery: %1 (error %2). %3</source>
        <translation>Zustellung: %1 (Fehler %2). %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Delivery: accepted; asking the provider what became of it…</source>
        <translation>Zustellung: angenommen; der Anbieter wird gefragt, was daraus wurde…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::SendVerifyStep</name>
    <message>
        <location filename="../../ui/wizard/SendVerifyPage.cpp" line="+24"/>
        <source>Send and verify a test code</source>
        <translation>Einen Testcode senden und bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends a one-time code with the setup as entered (nothing is saved yet); type back the code that arrives.</source>
        <translation>Sendet einen Einmalcode mit der Einrichtung wie eingegeben (noch wird nichts gespeichert); geben Sie den ankommenden Code wieder ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the code arrives</source>
        <translation>Wo der Code ankommt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification result</source>
        <translation>Ergebnis der Bestätigung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Sandbox phone received at %1:
%2</source>
        <translation>Das Sandbox-Telefon hat um %1 empfangen:
%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sends a one-time code through the Sandbox, with the setup as entered (nothing is saved yet). The SMS appears below; type its code back.</source>
        <translation>Sendet einen Einmalcode über die Sandbox, mit der Einrichtung wie eingegeben (noch wird nichts gespeichert). Die SMS erscheint unten; geben Sie ihren Code wieder ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends a real SMS with a one-time code to a phone you have at hand, with the setup as entered (nothing is saved yet). Type back the code that arrives.</source>
        <translation>Sendet eine echte SMS mit einem Einmalcode an ein Telefon, das Sie zur Hand haben, mit der Einrichtung wie eingegeben (noch wird nichts gespeichert). Geben Sie den ankommenden Code wieder ein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The OTP settings are not valid: go Back and correct them.</source>
        <translation>Die OTP-Einstellungen sind ungültig: Gehen Sie mit Zurück auf die vorige Seite und korrigieren Sie sie.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The code goes to the Sandbox phone on this computer; its SMS appears here when it arrives.</source>
        <translation>Der Code geht an das Sandbox-Telefon auf diesem Computer; seine SMS erscheint hier, sobald sie ankommt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code goes by SMS to the number above: read it on that phone and type it under Code.</source>
        <translation>Der Code geht per SMS an die Nummer oben: Lesen Sie ihn auf diesem Telefon ab und geben Sie ihn unter Code ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMS went to %1: read the code on that phone and type it under Code.</source>
        <translation>Die SMS ging an %1: Lesen Sie den Code auf diesem Telefon ab und geben Sie ihn unter Code ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Verified: the code went through %1 to %2 and was typed back here. The setup works; Next shows what will be saved.</source>
        <translation>✓ Bestätigt: Der Code ging über %1 an %2 und wurde hier wieder eingegeben. Die Einrichtung funktioniert; Weiter zeigt, was gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::SenderStep</name>
    <message>
        <location filename="../../ui/wizard/SenderPage.cpp" line="+11"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the SMS comes from. Twilio takes one of your Twilio numbers with SMS capability (+14155550100) or a Messaging Service SID (MG…); Vonage takes a Vonage number or, where the country allows, a sender ID of up to 11 letters and digits.</source>
        <translation>Von wem die SMS kommt. Twilio nimmt eine Ihrer SMS-fähigen Twilio-Nummern (+14155550100) oder eine Messaging Service SID (MG…); Vonage nimmt eine Vonage-Nummer oder, wo das Land es erlaubt, eine Absenderkennung aus bis zu 11 Buchstaben und Ziffern.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::SmsLocaleEditor</name>
    <message>
        <location filename="../../ui/pages/SmsLocaleEditor.cpp" line="+49"/>
        <source>“%1” is not in GSM-7: the whole message goes as UCS-2 (70 characters per part). There is no GSM-7 look-alike for it.</source>
        <translation>„%1“ gehört nicht zu GSM-7: Die ganze Nachricht wird als UCS-2 gesendet (70 Zeichen pro Teil). Es gibt kein ähnlich aussehendes GSM-7-Zeichen dafür.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” (U+%2) is not in GSM-7 and makes the whole message UCS-2. It can simply be removed.</source>
        <translation>„%1“ (U+%2) gehört nicht zu GSM-7 und macht die ganze Nachricht zu UCS-2. Es kann einfach entfernt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not in GSM-7 and makes the whole message UCS-2 (70 characters per part). Use “%2” instead.</source>
        <translation>„%1“ gehört nicht zu GSM-7 und macht die ganze Nachricht zu UCS-2 (70 Zeichen pro Teil). Verwenden Sie stattdessen „%2“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace with GSM-7</source>
        <translation>Durch GSM-7 ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make default</source>
        <translation>Zum Standard machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SMS text template, %1</source>
        <translation>SMS-Textvorlage, %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace the characters that force UCS-2 with their GSM-7 look-alikes</source>
        <translation>Die Zeichen, die UCS-2 erzwingen, durch ähnlich aussehende GSM-7-Zeichen ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make %1 the default locale</source>
        <translation>%1 zum Standard-Gebietsschema machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the %1 text</source>
        <translation>Den Text für %1 entfernen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · default</source>
        <translation>%1 · Standard</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1, %2 characters, %n part(s)</source>
        <translation>
            <numerusform>%1, %2 Zeichen, %n Teil</numerusform>
            <numerusform>%1, %2 Zeichen, %n Teile</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n more in the tooltip)</source>
        <translation>
            <numerusform>(%n weiterer im Tooltip)</numerusform>
            <numerusform>(%n weitere im Tooltip)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (use “%2”)</source>
        <translation>%1 („%2“ verwenden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These characters make the whole message UCS-2 (70 per part instead of 160): %1</source>
        <translation>Diese Zeichen machen die ganze Nachricht zu UCS-2 (70 pro Teil statt 160): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{confirmation-code}} is the code, {{otp-expiry-time}} its lifetime in minutes, {{application-name}} the application. Counted with a code of the configured length.</source>
        <translation>{{confirmation-code}} ist der Code, {{otp-expiry-time}} seine Gültigkeit in Minuten, {{application-name}} die Anwendung. Gezählt mit einem Code der eingestellten Länge.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n character(s) replaced with GSM-7.</source>
        <translation>
            <numerusform>%n Zeichen durch GSM-7 ersetzt.</numerusform>
            <numerusform>%n Zeichen durch GSM-7 ersetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsotp::ui::SummaryStep</name>
    <message>
        <location filename="../../ui/wizard/SummaryPage.cpp" line="+17"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be stored when you save; the provider becomes the active one.</source>
        <translation>Was beim Speichern abgelegt wird; der Anbieter wird zum aktiven Anbieter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save and activate</source>
        <translation>&amp;Speichern und aktivieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be stored in the database when you save; the Sandbox has no secrets, so nothing goes to the keychain. The Sandbox becomes the active provider.</source>
        <translation>Was beim Speichern in der Datenbank abgelegt wird; die Sandbox hat keine Geheimnisse, daher kommt nichts in den Schlüsselbund. Die Sandbox wird zum aktiven Anbieter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What will be stored when you save: secrets in the keychain, the rest in the database; the provider becomes the active one.</source>
        <translation>Was beim Speichern abgelegt wird: Geheimnisse im Schlüsselbund, der Rest in der Datenbank; der Anbieter wird zum aktiven Anbieter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>••• (new, goes to the keychain)</source>
        <translation>••• (neu, kommt in den Schlüsselbund)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>••• (kept in the keychain)</source>
        <translation>••• (bleibt im Schlüsselbund)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API base URL: %1</source>
        <translation>API-Basis-URL: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider URL: %1</source>
        <translation>Anbieter-URL: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request: %1, body %2</source>
        <translation>Anfrage: %1, Body %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication: %1, %2</source>
        <translation>Authentifizierung: %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named secrets: %1</source>
        <translation>Benannte Geheimnisse: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account and secrets: none (the built-in gateway on this computer)</source>
        <translation>Konto und Geheimnisse: keine (das eingebaute Gateway auf diesem Computer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Codes: %1 %2, valid %3 s%4</source>
        <translation>Codes: %1 %2, gültig %3 s%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>letters and digits</source>
        <translation>Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (unchanged)</source>
        <translation> (unverändert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test: a code sent to %1 was verified.</source>
        <translation>Test: Ein an %1 gesendeter Code wurde bestätigt.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::TestSendPage</name>
    <message>
        <location filename="../../ui/pages/TestSendPage.cpp" line="+46"/>
        <source>&amp;Backup codes…</source>
        <translation>&amp;Backup-Codes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Verify accepts a backup code of the number</source>
        <translation>Beim Prüfen einen Backup-Code der Nummer akzeptieren</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Language of the SMS text</source>
        <translation>Sprache des SMS-Texts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the SMS texts (Template Preview) the code is sent in.</source>
        <translation>In welchem der SMS-Texte (Vorlagenvorschau) der Code gesendet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS te&amp;xt</source>
        <translation>SMS-Te&amp;xt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Generate backup codes for this number</source>
        <translation>Backup-Codes für diese Nummer erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new set of backup codes for this number, shown once. The earlier set stops working.</source>
        <translation>Ein neuer Satz Backup-Codes für diese Nummer, nur einmal angezeigt. Der vorherige Satz funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The backup.enabled setting, saved at once: a backup code of the number works instead of the SMS code, once.</source>
        <translation>Die Einstellung backup.enabled, sofort gespeichert: Ein Backup-Code der Nummer funktioniert einmalig statt des SMS-Codes.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Test code sent (SMS text: %1).</source>
        <translation>Testcode gesendet (SMS-Text: %1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Test Send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Sending a test code…</source>
        <translation>Testcode wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/SendVerifyPanel.cpp" line="-141"/>
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>Noch %n Versuch</numerusform>
            <numerusform>Noch %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/TestSendPage.cpp" line="-58"/>
        <source>Send a one-time code through a provider and type back the code that arrives. The Sandbox needs no account: its messages appear in the Sandbox phone.</source>
        <translation>Senden Sie einen Einmalcode über einen Anbieter und geben Sie den ankommenden Code wieder ein. Die Sandbox braucht kein Konto: Ihre Nachrichten erscheinen im Sandbox-Telefon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider that sends the code</source>
        <translation>Anbieter, der den Code sendet</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sending a new test code…</source>
        <translation>Ein neuer Testcode wird gesendet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test send cancelled.</source>
        <translation>Testversand abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test send did not go through.</source>
        <translation>Der Testversand ist nicht durchgegangen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Replace the backup codes?</source>
        <translation>Die Backup-Codes ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has %2 of %3 backup codes left. A new set replaces them: the earlier codes stop working.</source>
        <translation>%1 hat noch %2 von %3 Backup-Codes. Ein neuer Satz ersetzt sie: Die bisherigen Codes funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup codes</source>
        <translation>Backup-Codes</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Shown only this once.&lt;/b&gt; Copy or write down these %n backup code(s) for %1 now: only their hashes are kept, so they cannot be shown again. Each works once; the earlier set no longer works.</source>
        <translation>
            <numerusform>&lt;b&gt;Nur dieses eine Mal angezeigt.&lt;/b&gt; Kopieren oder notieren Sie diesen %n Backup-Code für %1 jetzt: Nur sein Hash wird aufbewahrt, daher kann er nicht erneut angezeigt werden. Er funktioniert einmal; der vorherige Satz funktioniert nicht mehr.</numerusform>
            <numerusform>&lt;b&gt;Nur dieses eine Mal angezeigt.&lt;/b&gt; Kopieren oder notieren Sie diese %n Backup-Codes für %1 jetzt: Nur ihre Hashes werden aufbewahrt, daher können sie nicht erneut angezeigt werden. Jeder funktioniert einmal; der vorherige Satz funktioniert nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup codes</source>
        <translation>Die Backup-Codes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup codes are off: tick “Verify accepts a backup code of the number” to use them in Verify.</source>
        <translation>Backup-Codes sind ausgeschaltet: Aktivieren Sie „Beim Prüfen einen Backup-Code der Nummer akzeptieren“, um sie beim Prüfen zu verwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New backup codes generated; shown once.</source>
        <translation>Neue Backup-Codes erzeugt; nur einmal angezeigt.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::UserGuideDialog</name>
    <message>
        <location filename="../../ui/HelpDialogs.cpp" line="+30"/>
        <source>SMS OTP Console User Guide</source>
        <translation>Benutzerhandbuch der SMS OTP Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user guide (README.md) is not installed. It is in share/doc/smsotp-console of the package, and at the top of the source tree.</source>
        <translation>Das Benutzerhandbuch (README.md) ist nicht installiert. Es liegt im Paket unter share/doc/smsotp-console und in der obersten Ebene des Quellbaums.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::VendorCredentialCheck</name>
    <message>
        <location filename="../../ui/editors/VendorCredentialCheck.cpp" line="+38"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not checked. %1</source>
        <translation>Nicht geprüft. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not checked. %1: nothing is stored in the keychain; use Replace to type it.</source>
        <translation>Nicht geprüft. %1: Im Schlüsselbund ist nichts gespeichert; geben Sie es mit Ersetzen ein.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::VendorCredentialsStep</name>
    <message>
        <location filename="../../ui/wizard/CredentialsPages.cpp" line="-42"/>
        <source>Twilio credentials</source>
        <translation>Twilio-Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Account SID and Auth Token shown on the dashboard of the Twilio Console (console.twilio.com); the token goes to the keychain only when you finish.</source>
        <translation>Geben Sie die Account SID und das Auth Token ein, die im Dashboard der Twilio Console (console.twilio.com) angezeigt werden; das Token kommt erst beim Abschließen in den Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vonage credentials</source>
        <translation>Vonage-Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key and API secret shown on the Vonage API Dashboard (dashboard.nexmo.com); the secret goes to the keychain only when you finish.</source>
        <translation>Geben Sie den API-Schlüssel und das API-Secret ein, die im Vonage API Dashboard (dashboard.nexmo.com) angezeigt werden; das Secret kommt erst beim Abschließen in den Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>smsotp::ui::VendorEditor</name>
    <message>
        <location filename="../../ui/editors/VendorEditor.cpp" line="+35"/>
        <source>Twilio Programmable Messaging. The Account SID and Auth Token are on the dashboard of the Twilio Console; the sender is one of your Twilio numbers with SMS capability, or a Messaging Service SID (MG…).</source>
        <translation>Twilio Programmable Messaging. Account SID und Auth Token stehen im Dashboard der Twilio Console; der Absender ist eine Ihrer SMS-fähigen Twilio-Nummern oder eine Messaging Service SID (MG…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AC followed by 32 hexadecimal characters.</source>
        <translation>AC gefolgt von 32 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>32 hexadecimal characters. Kept in the keychain.</source>
        <translation>32 Hexadezimalzeichen. Wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vonage SMS API. The API key and API secret are on the Vonage API Dashboard; the sender is one of your Vonage numbers, or an alphanumeric sender ID of up to 11 characters where the country allows one.</source>
        <translation>Vonage SMS API. API-Schlüssel und API-Secret stehen im Vonage API Dashboard; der Absender ist eine Ihrer Vonage-Nummern oder, wo das Land es erlaubt, eine alphanumerische Absenderkennung aus bis zu 11 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The key shown on the Vonage API Dashboard.</source>
        <translation>Der im Vonage API Dashboard angezeigte Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API secret</source>
        <translation>API-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the keychain.</source>
        <translation>Wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number (+447700900123) or a sender ID of up to 11 letters and digits.</source>
        <translation>Eine Nummer (+447700900123) oder eine Absenderkennung aus bis zu 11 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Check credentials</source>
        <translation>Zugangsdaten &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Required. %1</source>
        <translation>Pflichtfeld. %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How long to wait for the provider&apos;s answer, %1 to %2 seconds.</source>
        <translation>Wie lange auf die Antwort des Anbieters gewartet wird, %1 bis %2 Sekunden.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Check credentials without sending an SMS</source>
        <translation>Zugangsdaten prüfen, ohne eine SMS zu senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the provider whether these credentials work. No SMS is sent.</source>
        <translation>Fragt den Anbieter, ob diese Zugangsdaten funktionieren. Es wird keine SMS gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the credential check</source>
        <translation>Die Prüfung der Zugangsdaten abbrechen</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>A number (+14155550100), a Messaging Service SID (MG…, sent as MessagingServiceSid), or a sender name of up to 11 letters and digits where the country allows one.</source>
        <translation>Eine Nummer (+14155550100), eine Messaging-Service-SID (MG…, gesendet als MessagingServiceSid) oder ein Absendername aus bis zu 11 Buchstaben und Ziffern, wo das Land einen erlaubt.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit der Anfrage in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request timeout</source>
        <translation>Zeitlimit der Anfrage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the credentials</source>
        <translation>Zugangsdaten werden geprüft</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+43"/>
        <source>API base URL: %1</source>
        <translation>API-Basis-URL: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stored in the keychain. Replace it to type a new one.</source>
        <translation>Im Schlüsselbund gespeichert. Ersetzen Sie ihn, um einen neuen einzugeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave empty for %1. Regional endpoints go here.</source>
        <translation>Leer lassen für %1. Regionale Endpunkte gehören hierher.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asking the provider…</source>
        <translation>Anfrage an den Anbieter läuft…</translation>
    </message>
</context>
<context>
    <name>smsotp::wso2</name>
    <message>
        <location filename="../../core/wso2/LoginFlow.cpp" line="+97"/>
        <source>Username &amp; Password</source>
        <translation>Benutzername &amp; Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS OTP</source>
        <translation>SMS-OTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup code</source>
        <translation>Backup-Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email OTP</source>
        <translation>E-Mail-OTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passkey</source>
        <translation>Passkey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier first</source>
        <translation>Kennung zuerst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s default login flow (set for the whole tenant).</source>
        <translation>Der Standard-Anmeldeablauf des Servers (für den ganzen Mandanten festgelegt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No authentication steps.</source>
        <translation>Keine Authentifizierungsschritte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (through %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An adaptive script decides at login which steps run; the console leaves it as it is.</source>
        <translation>Ein adaptives Skript entscheidet bei der Anmeldung, welche Schritte ausgeführt werden; die Konsole lässt es unverändert.</translation>
    </message>
    <message>
        <location filename="../../core/wso2/ServerConfig.cpp" line="+49"/>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base URL needs the tenant, for example https://host:9443/t/carbon.super.</source>
        <translation>Die Basis-URL braucht den Mandanten, zum Beispiel https://host:9443/t/carbon.super.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the admin user name.</source>
        <translation>Geben Sie den Benutzernamen des Administrators ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the OAuth2 client id.</source>
        <translation>Geben Sie die OAuth2-Client-ID ein.</translation>
    </message>
    <message>
        <location filename="../../core/wso2/Wso2Client.cpp" line="+64"/>
        <source>If this is the server&apos;s own self-signed certificate, compare its SHA-256 fingerprint with the server&apos;s and pin it for this server.</source>
        <translation>Wenn dies das eigene selbstsignierte Zertifikat des Servers ist, vergleichen Sie seinen SHA-256-Fingerabdruck mit dem des Servers und hinterlegen Sie es für diesen Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It expired on %1.</source>
        <translation>Es ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../core/wso2/Wso2ApiErrors.cpp" line="+90"/>
        <source>The server already has an SMS sender (NSM-60002); it has to be replaced with PUT instead.</source>
        <translation>Der Server hat bereits einen SMS-Absender (NSM-60002); er muss stattdessen mit PUT ersetzt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server needs a payload template (body) for a custom SMS provider (NSM-60004).</source>
        <translation>Der Server braucht eine Payload-Vorlage (body) für einen eigenen SMS-Anbieter (NSM-60004).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server needs a provider URL for the SMS sender (NSM-60005).</source>
        <translation>Der Server braucht eine Anbieter-URL für den SMS-Absender (NSM-60005).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the credentials (HTTP 401): check the user name and password, or the client id and secret.</source>
        <translation>Der Server hat die Zugangsdaten nicht angenommen (HTTP 401): Prüfen Sie Benutzername und Passwort oder Client-ID und Client-Secret.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused this request (HTTP 403): the user or token lacks the scope %1 (%2 on servers before 7.2).</source>
        <translation>Der Server hat diese Anfrage abgelehnt (HTTP 403): Dem Benutzer oder Token fehlt der Scope %1 (%2 bei Servern vor 7.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused this request (HTTP 403): the user or token lacks the scope %1.</source>
        <translation>Der Server hat diese Anfrage abgelehnt (HTTP 403): Dem Benutzer oder Token fehlt der Scope %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has no such resource (HTTP 404): check the base URL and its tenant (/t/&lt;tenant&gt;).</source>
        <translation>Der Server hat keine solche Ressource (HTTP 404): Prüfen Sie die Basis-URL und ihren Mandanten (/t/&lt;Mandant&gt;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no such resource (HTTP 404, %1): %2</source>
        <translation>Der Server hat keine solche Ressource (HTTP 404, %1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reports a conflict (HTTP 409)%1</source>
        <translation>Der Server meldet einen Konflikt (HTTP 409)%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answered %1 with HTTP %2: %3</source>
        <translation>Der Server hat mit %1 und HTTP %2 geantwortet: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered HTTP %1, which the console did not expect.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet, was die Konsole nicht erwartet hat.</translation>
    </message>
    <message>
        <location filename="../../core/wso2/Wso2Mapping.cpp" line="+52"/>
        <source>The header %1 uses the named secret %2, which is not in the keychain.</source>
        <translation>Der Header %1 verwendet das benannte Geheimnis %2, das nicht im Schlüsselbund ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header %1 uses the named secret %2: WSO2 has no named secrets, so its value would be stored in WSO2&apos;s configuration in clear; agree to that first.</source>
        <translation>Der Header %1 verwendet das benannte Geheimnis %2: WSO2 kennt keine benannten Geheimnisse, daher würde sein Wert im Klartext in der Konfiguration von WSO2 gespeichert; stimmen Sie dem zuerst zu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The value of the header %1 holds &apos;:&apos; or &apos;,&apos;: WSO2 splits headers on both and would silently drop it.</source>
        <translation>Der Wert des Headers %1 enthält &apos;:&apos; oder &apos;,&apos;: WSO2 teilt Header an beiden Zeichen und würde ihn stillschweigend verwerfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value of the header %1 needs quoting, which WSO2&apos;s header list does not have.</source>
        <translation>Der Wert des Headers %1 braucht Anführungszeichen, die die Header-Liste von WSO2 nicht kennt.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 stands inside a JSON string (line %2): WSO2 puts quotes around the value, which would break the JSON; write it unquoted.</source>
        <translation>%1 steht in einem JSON-String (Zeile %2): WSO2 setzt den Wert in Anführungszeichen, was das JSON ungültig machen würde; schreiben Sie ihn ohne Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The payload uses the named secret %1, which is not in the keychain.</source>
        <translation>Die Payload verwendet das benannte Geheimnis %1, das nicht im Schlüsselbund ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payload uses the named secret %1: WSO2 has no named secrets, so its value would be stored in WSO2&apos;s configuration in clear; agree to that first.</source>
        <translation>Die Payload verwendet das benannte Geheimnis %1: WSO2 kennt keine benannten Geheimnisse, daher würde sein Wert im Klartext in der Konfiguration von WSO2 gespeichert; stimmen Sie dem zuerst zu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is the console&apos;s own placeholder; WSO2 replaces only {{body}} and {{mobile}} and would send it as it is.</source>
        <translation>%1 ist ein eigener Platzhalter der Konsole; WSO2 ersetzt nur {{body}} und {{mobile}} und würde ihn unverändert senden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WSO2 replaces only {{body}} and {{mobile}}; %1 would be sent as it is.</source>
        <translation>WSO2 ersetzt nur {{body}} und {{mobile}}; %1 würde unverändert gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>WSO2&apos;s custom provider sends with POST or PUT only, not GET.</source>
        <translation>Der eigene Anbieter von WSO2 sendet nur mit POST oder PUT, nicht mit GET.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WSO2&apos;s custom provider sends a JSON or FORM body only, not %1.</source>
        <translation>Der eigene Anbieter von WSO2 sendet nur einen JSON- oder FORM-Body, nicht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL holds placeholders; WSO2 sends its provider URL exactly as written.</source>
        <translation>Die URL enthält Platzhalter; WSO2 sendet seine Anbieter-URL genau so, wie sie geschrieben ist.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The sandbox is the console&apos;s own test gateway on this computer; WSO2 cannot send through it, so choose Twilio, Vonage or a custom provider first.</source>
        <translation>Die Sandbox ist das eigene Test-Gateway der Konsole auf diesem Computer; WSO2 kann nicht darüber senden, wählen Sie daher zuerst Twilio, Vonage oder einen eigenen Anbieter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the Twilio Account SID first.</source>
        <translation>Geben Sie zuerst die Twilio Account SID ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Twilio Auth Token is not in the keychain; WSO2 needs it.</source>
        <translation>Das Twilio Auth Token ist nicht im Schlüsselbund; WSO2 braucht es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WSO2&apos;s Twilio provider sends From a phone number (or a sender name); it cannot send through a Messaging Service (MG...). Set a From number for WSO2.</source>
        <translation>Der Twilio-Anbieter von WSO2 sendet von einer Telefonnummer (oder einem Absendernamen); über einen Messaging Service (MG...) kann er nicht senden. Legen Sie für WSO2 eine Absendernummer fest.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the Vonage API key first.</source>
        <translation>Geben Sie zuerst den Vonage-API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Vonage API secret is not in the keychain; WSO2 needs it.</source>
        <translation>Das Vonage-API-Secret ist nicht im Schlüsselbund; WSO2 braucht es.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WSO2 needs a provider URL (it answers NSM-60005 without one); enter it first.</source>
        <translation>WSO2 braucht eine Anbieter-URL (ohne sie antwortet es mit NSM-60005); geben Sie sie zuerst ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WSO2 needs a payload template for a custom provider (it answers NSM-60004 without one); write one first.</source>
        <translation>WSO2 braucht für einen eigenen Anbieter eine Payload-Vorlage (ohne sie antwortet es mit NSM-60004); schreiben Sie zuerst eine.</translation>
    </message>
    <message>
        <location filename="../../core/wso2/Wso2Take.cpp" line="+47"/>
        <source>The server&apos;s sender uses %1 authentication, which the console does not have; it was not taken.</source>
        <translation>Der Absender des Servers verwendet die Authentifizierung %1, die die Konsole nicht kennt; sie wurde nicht übernommen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not return the %1 authentication&apos;s secret; enter it on the SMS Provider page.</source>
        <translation>Der Server hat das Geheimnis der Authentifizierung %1 nicht zurückgegeben; geben Sie es auf der Seite SMS-Anbieter ein.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>WSO2 drops the header entry %1 (it holds &apos;:&apos; or no value), so it was not taken.</source>
        <translation>WSO2 verwirft den Header-Eintrag %1 (er enthält &apos;:&apos; oder keinen Wert), daher wurde er nicht übernommen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server&apos;s SMS provider %1 is not one the console knows (Twilio, Vonage, Custom).</source>
        <translation>Der SMS-Anbieter %1 des Servers ist der Konsole nicht bekannt (Twilio, Vonage, Custom).</translation>
    </message>
    <message>
        <location filename="../../core/wso2/Wso2Mapping.cpp" line="+116"/>
        <source>the Twilio Auth Token (field secret of the SMS sender)</source>
        <translation>das Twilio Auth Token (Feld secret des SMS-Absenders)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Vonage API secret (field secret of the SMS sender)</source>
        <translation>das Vonage API Secret (Feld secret des SMS-Absenders)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the value of the header %1 (in the SMS sender&apos;s http.headers)</source>
        <translation>den Wert des Headers %1 (in http.headers des SMS-Absenders)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the value of the named secret %1 (in the SMS sender&apos;s body; WSO2 keeps it in clear)</source>
        <translation>den Wert des benannten Geheimnisses %1 (im body des SMS-Absenders; WSO2 speichert ihn im Klartext)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Create the SMS sender, when the server has none (WSO2 answers NSM-60002 when one exists: then use the PUT below)</source>
        <translation>Den SMS-Absender anlegen, wenn der Server keinen hat (WSO2 antwortet NSM-60002, wenn einer existiert: dann das PUT unten verwenden)</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>WSO2 sends an API key in a header only; the key in the query parameter %1 cannot be written to WSO2. Send it in a header instead.</source>
        <translation>WSO2 sendet einen API-Schlüssel nur in einem Header; der Schlüssel im Abfrageparameter %1 kann nicht in WSO2 geschrieben werden. Senden Sie ihn stattdessen in einem Header.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The %1 authentication&apos;s secret is not in the keychain; WSO2 needs it.</source>
        <translation>Das Geheimnis der Authentifizierung %1 ist nicht im Schlüsselbund; WSO2 braucht es.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This server has no notification-sender v2 API (WSO2 Identity Server 7.2 or later has it), so it cannot take %1 authentication for the SMS sender; put the credentials in a header instead.</source>
        <translation>Dieser Server hat keine notification-sender-v2-API (WSO2 Identity Server ab 7.2 hat sie) und kann daher keine Authentifizierung %1 für den SMS-Absender übernehmen; geben Sie die Zugangsdaten stattdessen in einem Header an.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Replace the SMS sender, when the server has one</source>
        <translation>Den SMS-Absender ersetzen, wenn der Server einen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the SMS OTP settings (leave SmsOTP.ResendBlockDuration out if the server&apos;s connector does not list it)</source>
        <translation>Die SMS-OTP-Einstellungen schreiben (SmsOTP.ResendBlockDuration weglassen, wenn der Connector des Servers sie nicht führt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the %1 SMS OTP template, when the server has none for %1 (WSO2 answers 409 when one exists: then use the PUT below; needs WSO2 Identity Server 7.1 or later)</source>
        <translation>Die SMS-OTP-Vorlage %1 anlegen, wenn der Server keine für %1 hat (WSO2 antwortet 409, wenn es eine gibt: dann das PUT unten verwenden; braucht WSO2 Identity Server 7.1 oder neuer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the %1 SMS OTP template, when the server has one</source>
        <translation>Die SMS-OTP-Vorlage %1 ersetzen, wenn der Server eine hat</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the %1 authentication&apos;s secret (in the SMS sender&apos;s authentication properties)</source>
        <translation>das Geheimnis der Authentifizierung %1 (in den Authentifizierungseigenschaften des SMS-Absenders)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send each request to apiRoot + path with Content-Type: application/json.</source>
        <translation>Senden Sie jede Anfrage an apiRoot + path mit Content-Type: application/json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace each placeholder listed in secretsToFillIn with the real value, then send each request to apiRoot + path with Content-Type: application/json. The console never writes secrets into this file.</source>
        <translation>Ersetzen Sie jeden in secretsToFillIn genannten Platzhalter durch den echten Wert und senden Sie dann jede Anfrage an apiRoot + path mit Content-Type: application/json. Die Konsole schreibt nie Geheimnisse in diese Datei.</translation>
    </message>
    <message>
        <location filename="../../core/wso2/Wso2Templates.cpp" line="+44"/>
        <source>The %1 SMS text writes {{ %2 }} with spaces: WSO2 fills only {{%2}} and would send the rest as written. Remove the spaces.</source>
        <translation>Der SMS-Text %1 schreibt {{ %2 }} mit Leerzeichen: WSO2 füllt nur {{%2}} und würde den Rest wörtlich senden. Entfernen Sie die Leerzeichen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+9"/>
        <source>The template of %1 was not taken: %2</source>
        <translation>Die Vorlage für %1 wurde nicht übernommen: %2</translation>
    </message>
</context>
<context>
    <name>smsotp::wso2::CertificateInfo</name>
    <message>
        <location filename="../../core/wso2/Wso2Client.cpp" line="+106"/>
        <source>It does not name the host %1: pinning it trusts it for %1 all the same.</source>
        <translation>Es nennt den Host %1 nicht: wird es angeheftet, gilt es trotzdem für %1.</translation>
    </message>
</context>
<context>
    <name>smsotp::wso2::Wso2Client</name>
    <message>
        <location line="-34"/>
        <source>The SMS sender and the SMS OTP settings were written, but no SMS text: %1</source>
        <translation>Der SMS-Absender und die SMS-OTP-Einstellungen wurden geschrieben, aber kein SMS-Text: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMS sender, the SMS OTP settings and the SMS texts of %1 were written, but not the others: %2</source>
        <translation>Der SMS-Absender, die SMS-OTP-Einstellungen und die SMS-Texte für %1 wurden geschrieben, die anderen nicht: %2</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The token endpoint did not accept the client id and secret (HTTP %1).</source>
        <translation>Der Token-Endpunkt hat Client-ID und Client-Secret nicht angenommen (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token endpoint refused the request (HTTP %1): %2</source>
        <translation>Der Token-Endpunkt hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt hat ohne Access Token geantwortet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>SMS sender</source>
        <translation>SMS-Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS OTP settings</source>
        <translation>SMS-OTP-Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The server has no SMS templates API (WSO2 Identity Server 7.1 and later have it): the SMS texts are neither read nor written there; everything else is.</source>
        <translation>Der Server hat keine API für SMS-Vorlagen (WSO2 Identity Server ab 7.1 hat sie): Die SMS-Texte werden dort weder gelesen noch geschrieben, alles andere schon.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Nothing was sent: WSO2 cannot take the SMS texts as they are.</source>
        <translation>Nichts wurde gesendet: WSO2 kann die SMS-Texte so nicht übernehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: WSO2 cannot take the provider settings as they are.</source>
        <translation>Nichts wurde gesendet: WSO2 kann die Anbietereinstellungen so nicht übernehmen.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>The server presented no certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only an https:// address has a certificate.</source>
        <translation>Nur eine https://-Adresse hat ein Zertifikat.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server did not complete a TLS handshake in time.</source>
        <translation>Der Server hat den TLS-Handshake nicht rechtzeitig abgeschlossen.</translation>
    </message>
</context>
</TS>
