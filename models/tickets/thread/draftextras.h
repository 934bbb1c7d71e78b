// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Casebook {

/// A file attached to a draft: where it was attached from, so it can be read again at send.
struct DraftFile
{
    QString path;
    QString fileName;
    qint64 size = 0;
    bool operator==(const DraftFile &) const = default;
};

/**
 * What a reply or note draft carries besides its text: the Cc line as the agent edited it
 * and the files attached to it. Kept as a draft of its own beside the text's
 * (`scopeFor(textScope)`, JSON in its body) so every reader of a draft's text stays as it is.
 * Files are kept by path, not by their bytes (up to 25 MiB each, saved at every pause): a
 * file moved or deleted before the restart is shown as gone rather than sent without a word.
 */
struct DraftExtras
{
    std::optional<QString> cc; ///< the Cc line as typed; nothing: the ticket's own Cc
    QList<DraftFile> files;

    [[nodiscard]] bool isEmpty() const { return !cc && files.isEmpty(); }
    [[nodiscard]] QString toJson() const;
    /// Anything unreadable reads as no extras.
    [[nodiscard]] static DraftExtras fromJson(const QString &json);
    /// "ticket/42/reply" -> "ticket/42/reply/extras"
    [[nodiscard]] static QString scopeFor(const QString &textScope);
    bool operator==(const DraftExtras &) const = default;
};

} // namespace Casebook
