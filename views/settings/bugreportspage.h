// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bugreports/bugreport.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Casebook {

class BugRoutingModel;

/**
 * Settings > Bug reports: the product areas with their owners (R29), and who hears about a
 * report of each severity (R28). A view of a BugRoutingModel; each button saves at once,
 * version-checked. A lead edits; everyone else sees the same page read-only.
 */
class BugReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BugReportsPage)

public:
    explicit BugReportsPage(BugRoutingModel *model, QWidget *parent = nullptr);
    ~BugReportsPage() override;

    [[nodiscard]] BugRoutingModel *model() const { return m_model; }

private:
    void currentChanged();
    void fillOwners();
    void fillRoutes();
    void addArea();
    void saveArea();
    void removeArea();
    void saveRoutes();
    void say(const QString &message, bool error);

    BugRoutingModel *m_model = nullptr;
    QListView *m_areas = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_owner = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QHash<std::pair<int, int>, QCheckBox *> m_targets; ///< (severity, target) -> box
    QPushButton *m_saveRoutes = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Casebook
