// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Casebook::Bench {

void print(const QString &name, double value, const QString &unit)
{
    std::printf("%s %.2f %s\n", qPrintable(name), value, qPrintable(unit));
    std::fflush(stdout);
}

void measure(const QString &name, int repeats, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    summarise(name, times);
}

void summarise(const QString &name, QList<double> times)
{
    if (times.isEmpty())
        return;
    std::sort(times.begin(), times.end());
    auto at = [&](double q) { return times.at(std::min<qsizetype>(times.size() - 1, qsizetype(q * double(times.size())))); };
    print(name + u".p50"_s, at(0.5), u"ms"_s);
    print(name + u".p95"_s, at(0.95), u"ms"_s);
}

double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QString generatedDatabase(const QString &folder, int tickets)
{
    QDir().mkpath(folder);
    const QString path = folder + u"/inbox-"_s + QString::number(tickets) + u".casebook"_s;
    if (QFile::exists(path))
        return path;
    std::fprintf(stderr, "generating %d tickets into %s (once; kept for later runs)...\n", tickets, qPrintable(path));
    const int status = QProcess::execute(QString::fromUtf8(CASEBOOK_GENERATE),
                                         {u"--tickets"_s, QString::number(tickets), u"--messages-per-ticket"_s, u"5"_s, path});
    return status == 0 ? path : QString();
}

} // namespace Casebook::Bench
