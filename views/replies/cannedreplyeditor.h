// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/replies/cannedreply.h"
#include "models/replies/replytemplate.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Casebook {

class Session;

/**
 * One canned reply's fields: title, key and language (fixed once stored: they name the
 * reply everywhere), shortcut, rule ids and the body. Under the body, the variables the team
 * can use (a click inserts one at the cursor), the body's problems as ReplyTemplate finds
 * them, named and underlined where they are, and the reply filled in with sample values as
 * ReplyTemplate::expand() would fill it in a ticket. Saving is the dialog's business.
 */
class CannedReplyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedReplyEditor)

public:
    explicit CannedReplyEditor(Session &session, QWidget *parent = nullptr);
    ~CannedReplyEditor() override;

    /// Shows `reply`; an id of 0 is a reply not stored yet, whose key and language can change.
    void setReply(const CannedReply &reply);
    /// The fields as they are now, on the shown reply's id and version.
    [[nodiscard]] CannedReply reply() const;
    /// The reply as it was shown or last saved.
    [[nodiscard]] const CannedReply &original() const { return m_original; }
    [[nodiscard]] bool isNew() const { return m_original.id == 0; }
    /// Something typed that is not stored; a new reply counts once it has a title or text.
    [[nodiscard]] bool isModified() const;
    /// After a save: this is what is stored now, at `version` (and `id` for a new one).
    void markSaved(qint64 id, qint64 version);
    /// Keeps the text typed but takes another version (and id) as the one it edits.
    void rebase(qint64 id, qint64 version);

    /// The languages offered for a new reply, besides English, Russian and a few common ones.
    void setLanguages(const QStringList &codes);
    /// Inserts `{name}` at the body's cursor.
    void insertVariable(const QString &name);

    [[nodiscard]] const QList<ReplyTemplate::Problem> &problems() const { return m_problems; }
    /// Why the fields cannot be stored as they are; empty when they can.
    [[nodiscard]] QString saveBlocker() const;

Q_SIGNALS:
    /// A field changed (typing, a variable inserted, a language chosen).
    void edited();

private:
    void buildLayout();
    void check();
    void updatePreview();
    [[nodiscard]] const QHash<QString, QString> &sampleValues(const QString &language);

    Session &m_session;
    CannedReply m_original;
    QList<ReplyTemplate::Problem> m_problems;
    QHash<QString, QHash<QString, QString>> m_samples; ///< by language: cheap, but reads the team's hours
    QLineEdit *m_title = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_shortcut = nullptr;
    QLineEdit *m_rules = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QListWidget *m_variables = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPlainTextEdit *m_preview = nullptr;
};

} // namespace Casebook
