// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agents/agent.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Casebook {

class PeopleModel;

/**
 * Settings > People: who works on this database (name, e-mail, languages, role, active),
 * and, for an admin, adding, editing and deactivating them. Everything happens on the page
 * (no modal dialog): the form below the list edits the selected person; deactivating one
 * who holds open tickets first offers to hand them to someone else (R45).
 */
class PeoplePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)

public:
    explicit PeoplePage(PeopleModel &model, QWidget *parent = nullptr);
    ~PeoplePage() override;

private:
    void showPerson(const Agent &agent);
    void startNew();
    void save();
    void deactivateOrReactivate();
    void finishDeactivation(bool handOff);
    void updateButtons();
    void say(const QString &text, bool isError = false);
    [[nodiscard]] Agent selected() const;

    PeopleModel &m_model;
    Agent m_editing; ///< the person in the form; an invalid id while adding one
    QListView *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_deactivate = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_languages = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_save = nullptr;
    QFrame *m_handOff = nullptr;
    QLabel *m_handOffText = nullptr;
    QComboBox *m_handOffTo = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Casebook
