// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailarchive.h"

#include "models/storage/clock.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr int batchSize = 500;

bool isFromLine(QByteArrayView data, qsizetype at)
{
    return data.sliced(at).startsWith("From ");
}

/// The body length a Content-Length header announces, or -1.
qsizetype contentLength(QByteArrayView head)
{
    static const QRegularExpression header(u"^Content-Length:[ \\t]*(\\d{1,12})[ \\t]*\\r?$"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::MultilineOption);
    const auto match = header.match(QString::fromLatin1(head));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

/// mboxrd quotes every `>*From ` line of a body with one more `>`; mboxo only `From `.
/// Removing one `>` reads both (an mboxo body line that began `>From ` loses its `>`, which
/// is the format's own ambiguity).
QByteArray unquote(QByteArrayView mail)
{
    QByteArray out;
    out.reserve(mail.size());
    qsizetype lineStart = 0;
    while (lineStart < mail.size()) {
        qsizetype end = mail.indexOf('\n', lineStart);
        end = end < 0 ? mail.size() : end + 1;
        QByteArrayView line = mail.sliced(lineStart, end - lineStart);
        qsizetype quotes = 0;
        while (quotes < line.size() && line[quotes] == '>')
            ++quotes;
        if (quotes > 0 && line.sliced(quotes).startsWith("From "))
            line = line.sliced(1);
        out += line;
        lineStart = end;
    }
    return out;
}

/// Where a mail's header block ends (the index of its empty line), or -1.
qsizetype headerEnd(QByteArrayView data, qsizetype from)
{
    // Line by line to the first empty one. Searching for "\n\n" and "\n\r\n" apart ran the
    // search for the other line ending to the end of the file, once per mail: splitting an
    // mbox of 12,000 mails took 10 s.
    for (qsizetype at = data.indexOf('\n', from); at >= 0; at = data.indexOf('\n', at + 1)) {
        if (at + 1 < data.size() && data[at + 1] == '\n')
            return at + 1;
        if (at + 2 < data.size() && data[at + 1] == '\r' && data[at + 2] == '\n')
            return at + 1;
    }
    return -1;
}

qsizetype nextFromLine(QByteArrayView data, qsizetype from)
{
    const qsizetype at = data.indexOf("\nFrom ", from);
    return at < 0 ? -1 : at + 1;
}

QByteArray trimSeparator(QByteArrayView mail)
{
    // The empty line before the next "From " belongs to the mbox, not to the mail.
    if (mail.endsWith("\r\n\r\n"))
        mail.chop(2);
    else if (mail.endsWith("\n\n"))
        mail.chop(1);
    return mail.toByteArray();
}

} // namespace

namespace MailArchive {

QList<QByteArray> splitMbox(QByteArrayView data)
{
    QList<QByteArray> mails;
    qsizetype at = 0;
    while (at < data.size() && (data[at] == '\n' || data[at] == '\r'))
        ++at;
    if (at < data.size() && !isFromLine(data, at))
        at = nextFromLine(data, at);
    while (at >= 0 && at < data.size()) {
        const qsizetype lineEnd = data.indexOf('\n', at);
        if (lineEnd < 0)
            break;
        const qsizetype start = lineEnd + 1;
        const qsizetype bodyAt = headerEnd(data, start);
        if (bodyAt >= 0) {
            const qsizetype length = contentLength(data.sliced(start, bodyAt - start));
            const qsizetype bodyStart = data.indexOf('\n', bodyAt) + 1;
            qsizetype end = bodyStart + length;
            while (length >= 0 && end < data.size() && (data[end] == '\n' || data[end] == '\r'))
                ++end;
            // Trust the length only where it lands on the next mail or the end of the file.
            if (length >= 0 && bodyStart + length <= data.size() && (end >= data.size() || isFromLine(data, end))) {
                mails.append(data.sliced(start, bodyStart + length - start).toByteArray());
                at = end;
                continue;
            }
        }
        const qsizetype next = nextFromLine(data, start);
        const qsizetype end = next < 0 ? data.size() : next;
        mails.append(unquote(trimSeparator(data.sliced(start, end - start))));
        at = next;
    }
    return mails;
}

Result<Summary> import(Database &database, const QString &path, const Progress &progress)
{
    return import(database, Clock::system(), path, progress);
}

Result<Summary> import(Database &database, const Clock &clock, const QString &path, const Progress &progress)
{
    Summary summary;
    MailIntake intake(database, clock);
    QList<QByteArray> batch;
    const auto flush = [&](qint64 done, qint64 total) -> Status {
        const auto stored = intake.store(batch);
        if (!stored)
            return stored.error();
        summary.mail += *stored;
        batch.clear();
        if (progress && !progress(done, total))
            summary.cancelled = true;
        return Done{};
    };

    const QFileInfo info(path);
    if (info.isDir()) {
        QStringList files;
        QDirIterator it(path, {u"*.eml"_s}, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (qsizetype i = 0; i < files.size() && !summary.cancelled; ++i) {
            QFile file(files.at(i));
            if (!file.open(QIODevice::ReadOnly)) {
                summary.problems.append(QCoreApplication::translate("Casebook::MailArchive", "%1: %2")
                                            .arg(files.at(i), file.errorString()));
                continue;
            }
            batch.append(file.readAll());
            ++summary.read;
            if (batch.size() >= batchSize || i + 1 == files.size()) {
                if (auto flushed = flush(i + 1, files.size()); !flushed)
                    return flushed.error();
            }
        }
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate("Casebook::MailArchive", "%1 cannot be read: %2")
                             .arg(path, file.errorString()),
                         {}};
        const qint64 total = file.size();
        // Mapped, not read: an mbox of years is larger than memory wants to hold twice.
        const uchar *mapped = total > 0 ? file.map(0, total) : nullptr;
        const QByteArray whole = mapped ? QByteArray() : file.readAll();
        const QByteArrayView data =
            mapped ? QByteArrayView(reinterpret_cast<const char *>(mapped), total) : QByteArrayView(whole);
        const QList<QByteArray> mails =
            path.endsWith(u".eml"_s, Qt::CaseInsensitive) ? QList<QByteArray>{data.toByteArray()} : splitMbox(data);
        qint64 done = 0;
        for (qsizetype i = 0; i < mails.size() && !summary.cancelled; ++i) {
            batch.append(mails.at(i));
            done += mails.at(i).size();
            ++summary.read;
            if (batch.size() >= batchSize || i + 1 == mails.size()) {
                if (auto flushed = flush(done, total); !flushed)
                    return flushed.error();
            }
        }
    }
    if (summary.read == 0)
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::MailArchive", "%1 holds no mail Casebook can read.").arg(path),
            {}};
    return summary;
}

} // namespace MailArchive

} // namespace Casebook
