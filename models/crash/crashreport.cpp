// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashreport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSysInfo>

#include <array>
#include <atomic>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <execinfo.h>
#include <fcntl.h>
#include <unistd.h>
#define CASEBOOK_CRASH_SIGNALS 1
#endif

using namespace Qt::StringLiterals;

namespace Casebook::CrashReport {

namespace {

// Everything the signal handler touches is prepared beforehand in fixed buffers: after a
// crash the heap may be broken, so the handler only reads these and calls write(2).
constexpr std::size_t lineBytes = 160;
constexpr std::size_t keptLines = 40;

struct LogRing
{
    std::array<std::array<char, lineBytes>, keptLines> lines{};
    std::atomic<unsigned> next{0};
};

LogRing s_log;
std::array<char, 4096> s_path{};
std::array<char, 512> s_header{};
QtMessageHandler s_previousHandler = nullptr;

void copyTruncated(std::array<char, lineBytes> &to, const QByteArray &from)
{
    const std::size_t length = std::min<std::size_t>(std::size_t(from.size()), lineBytes - 2);
    std::memcpy(to.data(), from.constData(), length);
    to[length] = '\n';
    to[length + 1] = '\0';
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void recordLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The message text stays out (it may quote a customer or a typed secret); where it came
    // from and how long it was are enough to see what the app was doing.
    QByteArray line = QTime::currentTime().toString(u"HH:mm:ss.zzz"_s).toLatin1() + ' ' + typeName(type) + ' '
        + (context.category ? context.category : "default");
    if (context.file)
        line += ' ' + QFileInfo(QString::fromUtf8(context.file)).fileName().toUtf8() + ':'
            + QByteArray::number(context.line);
    line += " (" + QByteArray::number(message.size()) + " characters)";
    const unsigned slot = s_log.next.fetch_add(1, std::memory_order_relaxed) % keptLines;
    copyTruncated(s_log.lines.at(slot), line);
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    recordLog(type, context, message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

#if CASEBOOK_CRASH_SIGNALS
constexpr std::array fatalSignals{SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

void writeText(int fd, const char *text)
{
    std::size_t left = std::strlen(text);
    while (left > 0) {
        const ssize_t written = ::write(fd, text, left);
        if (written <= 0)
            return;
        text += written;
        left -= std::size_t(written);
    }
}

const char *signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return "SIGSEGV (invalid memory access)";
    case SIGBUS:
        return "SIGBUS (bus error)";
    case SIGFPE:
        return "SIGFPE (arithmetic error)";
    case SIGILL:
        return "SIGILL (illegal instruction)";
    case SIGABRT:
        return "SIGABRT (aborted)";
    default:
        return "another fatal signal";
    }
}

void onFatalSignal(int signal)
{
    const int fd = ::open(s_path.data(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
        writeText(fd, s_header.data());
        writeText(fd, "Signal: ");
        writeText(fd, signalName(signal));
        writeText(fd, "\n\nBacktrace:\n");
        std::array<void *, 64> frames{};
        const int depth = ::backtrace(frames.data(), int(frames.size()));
        ::backtrace_symbols_fd(frames.data(), depth, fd);
        writeText(fd, "\nLast log lines (the messages' text is left out):\n");
        const unsigned end = s_log.next.load(std::memory_order_relaxed);
        for (unsigned i = end > keptLines ? end - keptLines : 0; i < end; ++i)
            writeText(fd, s_log.lines.at(i % keptLines).data());
        ::fsync(fd);
        ::close(fd);
    }
    // Die as the signal meant: the system's own handling (a core dump, the exit status).
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

} // namespace

QString reportFileName()
{
    return u"crash-report.txt"_s;
}

void install(const QString &folder, QByteArrayView version)
{
    QDir().mkpath(folder);
    const QByteArray path = QFile::encodeName(QDir(folder).filePath(reportFileName()));
    if (std::size_t(path.size()) >= s_path.size())
        return;
    std::memcpy(s_path.data(), path.constData(), std::size_t(path.size()));
    const QByteArray header = "Casebook " + version.toByteArray()
        + " crashed\nStarted: " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1()
        + " UTC\nSystem: " + QSysInfo::prettyProductName().toUtf8() + " ("
        + QSysInfo::currentCpuArchitecture().toLatin1() + ")\nQt: " + qVersion() + "\n";
    std::memcpy(s_header.data(), header.constData(),
                std::min<std::size_t>(std::size_t(header.size()), s_header.size() - 1));
    s_previousHandler = qInstallMessageHandler(messageHandler);
#if CASEBOOK_CRASH_SIGNALS
    // backtrace() loads libgcc on its first call, which allocates: done now, not in the handler.
    std::array<void *, 4> warmUp{};
    ::backtrace(warmUp.data(), int(warmUp.size()));
    for (const int signal : fatalSignals) {
        struct sigaction action{};
        action.sa_handler = onFatalSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND | SA_NODEFER;
        sigaction(signal, &action, nullptr);
    }
#endif
}

QString pendingReport(const QString &folder)
{
    const QString path = QDir(folder).filePath(reportFileName());
    return QFileInfo::exists(path) ? path : QString();
}

QString markSeen(const QString &reportPath)
{
    const QFileInfo info(reportPath);
    const QString seen = info.dir().filePath(u"crash-report-"_s
                                             + info.lastModified().toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u".txt"_s);
    QFile::remove(seen);
    return QFile::rename(reportPath, seen) ? seen : reportPath;
}

} // namespace Casebook::CrashReport
