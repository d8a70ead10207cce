#pragma once
// Test helper: another process (smsotp-dblocker) that holds an SQLite file locked while this object lives.

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

class DbLocker
{
public:
    enum class Mode
    {
        Write,
        Exclusive
    };

    DbLocker(const QString& file, Mode mode)
    {
        m_process.setProgram(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("smsotp-dblocker")));
        m_process.setArguments({ file, mode == Mode::Write ? QStringLiteral("write") : QStringLiteral("exclusive") });
        m_process.start();
        m_locked = m_process.waitForStarted(5000) && m_process.waitForReadyRead(10000)
            && m_process.readAllStandardOutput().startsWith("locked");
    }
    ~DbLocker()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    bool isLocked() const { return m_locked; }

private:
    QProcess m_process;
    bool m_locked = false;
};
