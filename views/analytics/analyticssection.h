// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analytics/analytics.h"
#include "models/storage/ids.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class QVBoxLayout;

namespace Casebook {

class AnalyticsModel;
class FigurePanel;

/**
 * The Analytics section: a period picker (week, month, quarter or custom days in the
 * team's zone) and one page per view, each figure a chart with its numbers beside it.
 * Figures are counted by the AnalyticsModel off the UI thread; a page keeps its charts
 * until the new ones arrive. A click on a bar, a point or a number asks for the inbox
 * filtered to the tickets behind it. "Monthly report" writes the month's review (R42).
 */
class AnalyticsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsSection)

public:
    /// Where the report goes: asks the person for a folder; empty means cancelled.
    using FolderChooser = std::function<QString()>;

    AnalyticsSection(AnalyticsModel *model, AgentId me, QWidget *parent = nullptr);
    ~AnalyticsSection() override;

    [[nodiscard]] AnalyticsModel *model() const { return m_model; }
    [[nodiscard]] AnalyticsPeriod period() const;
    void setPeriod(const AnalyticsPeriod &period);
    void showView(Analytics::View view);
    [[nodiscard]] Analytics::View currentView() const;
    /// The panels of a view's page, in order (created when its figures first arrive).
    [[nodiscard]] QList<FigurePanel *> panels(Analytics::View view) const;
    /// Tests and the screenshot tool replace the folder dialog.
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    /// Writes the shown month's review into `folder` and copies its Markdown; the files written.
    QStringList writeReport(const QString &folder);

Q_SIGNALS:
    /// The inbox should list the tickets of this search.
    void ticketsRequested(const QString &query);
    /// A round of figures arrived and is shown, or the error that kept them is.
    void figuresShown(Casebook::Analytics::View view);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createControls();
    void periodKindChanged();
    void step(int direction);
    void refresh();
    void arrived(Analytics::View view, const QList<Figure> &figures);
    void chooseFocusTags();
    void exportReport();

    AnalyticsModel *m_model = nullptr;
    AgentId m_me;
    QComboBox *m_kind = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_title = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_focus = nullptr;
    QPushButton *m_report = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<int, QVBoxLayout *> m_pages;
    QHash<int, QList<FigurePanel *>> m_panels;
    AnalyticsPeriod m_period;
    FolderChooser m_chooseFolder;
    bool m_shown = false; ///< nothing is counted before the section is first shown
};

} // namespace Casebook
