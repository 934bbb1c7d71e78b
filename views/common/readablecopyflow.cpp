// SPDX-License-Identifier: GPL-3.0-or-later
#include "readablecopyflow.h"

#include "offthread.h"
#include "prompts.h"

#include "models/storage/readablecopy.h"

#include <QDir>
#include <QFileInfo>

#include <climits>

namespace Casebook {

std::optional<DatabaseUrl> ReadableCopyFlow::run(QWidget *parent, const QString &damaged, bool headless)
{
    const QFileInfo info(damaged);
    const QString target = Prompts::instance().databaseFileName(parent, tr("Copy What Can Be Read Into"),
                                                                info.absolutePath() + u'/' + info.completeBaseName()
                                                                    + QStringLiteral("-copy.casebook"));
    if (target.isEmpty())
        return std::nullopt;
    const Result<ReadableCopyReport> copied = offThread(
        tr("Copying what can be read…"), headless, [damaged, target] { return ReadableCopy::copy(damaged, target); });
    if (!copied) {
        Prompts::instance().showError(parent, tr("Nothing Copied"), copied.error().message, copied.error().detail);
        return std::nullopt;
    }
    const ReadableCopyReport &report = copied.value();
    //: %n is a count of rows, %1 the new file
    QString text = tr("%n row(s) were copied into %1.", nullptr, int(std::min<qint64>(report.rowsCopied, INT_MAX)))
                       .arg(QDir::toNativeSeparators(target));
    if (!report.losses.isEmpty())
        text += u"\n\n" + tr("What could not be read:") + u"\n" + report.losses.join(u'\n');
    if (report.foreignKeyProblems > 0)
        text += u"\n\n" + tr("%n row(s) refer to rows that were lost.", nullptr, report.foreignKeyProblems);
    text += u"\n\n" + tr("Open the copy now?");
    if (!Prompts::instance().confirm(parent, tr("Copy Made"), text))
        return std::nullopt;
    return DatabaseUrl::sqlite(target);
}

} // namespace Casebook
