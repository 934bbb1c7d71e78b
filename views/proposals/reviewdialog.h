// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Casebook {

class ProposalPage;
class ReviewSession;

/**
 * The review mode, a view of a ReviewSession: one proposal at a time with its requests and
 * score at hand, decided by keyboard (K keep, M move, D decline with a reason, O owner,
 * G merge, S later); resumes an unfinished review; the summary copies as Markdown.
 */
class ReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)

public:
    explicit ReviewDialog(ReviewSession &session, QWidget *parent = nullptr);

    /// The summary as Markdown, also put on the clipboard by "Copy summary".
    [[nodiscard]] QString summary() const;

private:
    void showCurrent();
    void keep();
    void move();
    void decline();
    void assignOwner();
    void merge();
    void finish();
    void report(const QString &message);

    ReviewSession &m_session;
    QLabel *m_progress = nullptr;
    ProposalPage *m_page = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_mergeInto = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Casebook
