// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"

#include "csvticketreader.h"
#include "zendeskreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::ImportSource", "Cannot read %1: %2").arg(path, file.errorString()),
            {}};
    return file.readAll();
}

} // namespace

QStringList importKinds()
{
    return {u"zendesk"_s, u"csv"_s, u"mbox"_s, u"eml"_s};
}

Result<std::unique_ptr<ImportReader>> openImportReader(const QString &kind, const QString &path,
                                                       const QString &mappingFile)
{
    if (!QFileInfo::exists(path))
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("Casebook::ImportSource", "%1 does not exist.").arg(path),
                     {}};
    if (kind == u"zendesk")
        return std::unique_ptr<ImportReader>(std::make_unique<ZendeskReader>(path));
    if (kind == u"csv") {
        const auto bytes = readAll(path);
        if (!bytes)
            return bytes.error();
        auto table = readTicketCsv(*bytes);
        if (!table)
            return table.error();
        TicketCsvMapping mapping = TicketCsvMapping::guessed(table.value());
        if (!mappingFile.isEmpty()) {
            const auto json = readAll(mappingFile);
            if (!json)
                return json.error();
            auto saved = TicketCsvMapping::fromJson(*json, table->header);
            if (!saved)
                return saved.error();
            mapping = saved.value();
        }
        return std::unique_ptr<ImportReader>(std::make_unique<CsvTicketReader>(std::move(table).value(), mapping));
    }
    // Read by the mail channel's intake as a whole (mailArchiveJob), not record by record.
    if (kind == u"mbox" || kind == u"eml")
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::ImportSource",
                                                 "%1 is a mail archive: it is read by the mail intake.")
                         .arg(QDir::toNativeSeparators(path)),
                     {}};
    return Error{Error::Kind::Invalid,
                 QCoreApplication::translate("Casebook::ImportSource", "Unknown import kind \"%1\": use one of %2.")
                     .arg(kind, importKinds().join(u", "_s)),
                 {}};
}

} // namespace Casebook
