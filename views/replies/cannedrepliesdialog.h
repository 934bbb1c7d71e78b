// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/replies/cannedreply.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QAction;
class QPushButton;

namespace Casebook {

class CannedReplyEditor;
class CannedReplyListModel;
class Session;
struct Change;
struct Error;

/**
 * The team's canned replies: the list on the left (by language, filtered by title, key,
 * shortcut or rule), the chosen reply in a CannedReplyEditor on the right. Add starts a new
 * key; Translate starts the selected reply's key in another language, prefilled from it.
 * Save is version-checked: when another desktop saved first, the text typed stays and the
 * person chooses to save over theirs or to load theirs. Edits never vanish unasked: leaving
 * a changed reply (another row, Close, closing the window) asks through the Prompts seam.
 */
class CannedRepliesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedRepliesDialog)

public:
    explicit CannedRepliesDialog(Session &session, QWidget *parent = nullptr);
    ~CannedRepliesDialog() override;

    /// The dialog of `window` (made when there is none), shown and raised, on `key` if given.
    static CannedRepliesDialog *showFor(Session &session, QWidget *window, const QString &key = {},
                                        const QString &language = {});

    [[nodiscard]] CannedReplyEditor *editor() const { return m_editor; }
    [[nodiscard]] CannedReplyListModel *model() const { return m_model; }

    /// Shows the stored reply (after asking about unsaved edits); false when refused or missing.
    bool showReply(const QString &key, const QString &language);
    /// A new reply with a new key, in the language the list shows (English for all).
    void startNew();
    /// The selected reply's key in a language it has no text in yet, prefilled to translate.
    bool startTranslation();
    /// Stores the editor's reply: added when new, else updated against the version shown.
    bool save();
    /// Back to the stored text of the reply shown.
    void discardChanges();
    /// Removes the reply shown, after asking.
    bool removeCurrent();
    /// Asks what to do with unsaved edits; true when the person may go on.
    bool maybeLeave();

    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildList();
    void currentRowChanged(const QModelIndex &current);
    void selectRowOf(qint64 id);
    void display(const CannedReply &reply);
    void onChanged(const QList<Casebook::Change> &changes);
    void conflicted(const QString &message);
    void overwriteTheirs();
    void loadTheirs();
    void updateLanguageFilter();
    void updateButtons();
    void setStatus(const QString &text, bool problem = false);
    /// Says why Save is off, until a real status replaces it.
    void setHint(const QString &text);

    Session &m_session;
    CannedReplyListModel *m_model = nullptr;
    CannedReplyEditor *m_editor = nullptr;
    QComboBox *m_languageFilter = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QAction *m_add = nullptr;
    QAction *m_translate = nullptr;
    QAction *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_loadTheirs = nullptr;
    CannedReply m_theirs; ///< after a conflict: what another desktop stored
    bool m_hintShown = false; ///< the status line says why Save is off, nothing more
    bool m_quiet = false; ///< our own selection changes and writes: not the person's
};

} // namespace Casebook
