// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticssection.h"

#include "figurepanel.h"
#include "focustagsdialog.h"
#include "models/analytics/analyticsmodel.h"
#include "models/analytics/analyticstexts.h"
#include "models/analytics/monthlyreport.h"
#include "models/common/dates.h"
#include "models/storage/clock.h"
#include "reportwriter.h"
#include "views/common/statuspalette.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

AnalyticsSection::AnalyticsSection(AnalyticsModel *model, AgentId me, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_me(me)
    , m_kind(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_busy(new QLabel(this))
    , m_error(new QLabel(this))
    , m_focus(new QPushButton(this))
    , m_report(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
{
    m_model->setParent(this);
    m_chooseFolder = [this] { return QFileDialog::getExistingDirectory(this, tr("Folder for the Monthly Report")); };
    createControls();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_model->clock().nowMs(), m_model->zone()).date();
    m_period = AnalyticsPeriod::containing(AnalyticsPeriod::Kind::Month, today, m_model->zone());
    m_kind->setCurrentIndex(int(AnalyticsPeriod::Kind::Month));
    connect(m_model, &AnalyticsModel::figuresReady, this, &AnalyticsSection::arrived);
    connect(m_model, &AnalyticsModel::failed, this, [this](Analytics::View view, const QString &message) {
        m_busy->hide();
        m_error->setText(tr("The figures could not be counted: %1").arg(message));
        m_error->show();
        // The round is over: whoever waits for it (a screenshot run) takes the error as shown.
        Q_EMIT figuresShown(view);
    });
    // Minutes on a big file: the charts shown stay, and the person learns why nothing moves.
    connect(m_model, &AnalyticsModel::recomputing, this, [this](Analytics::View view) {
        if (view != currentView())
            return;
        m_busy->setText(tr("Recomputing the response times for the team's working hours; until then the charts "
                           "show the previous figures."));
        m_busy->show();
    });
}

AnalyticsSection::~AnalyticsSection() = default;

void AnalyticsSection::createControls()
{
    //: The kinds of period the Analytics section shows
    m_kind->addItems({tr("Week"), tr("Month"), tr("Quarter"), tr("Custom")});
    m_kind->setObjectName(u"analytics.periodKind"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("The period before"));
    m_previous->setObjectName(u"analytics.previous"_s);
    m_previous->setAccessibleName(tr("Previous period"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("The period after"));
    m_next->setObjectName(u"analytics.next"_s);
    m_next->setAccessibleName(tr("Next period"));
    m_title->setObjectName(u"analytics.period"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Dates::dayEditFormat());
        edit->hide();
    }
    m_from->setObjectName(u"analytics.from"_s);
    m_to->setObjectName(u"analytics.to"_s);
    m_busy->setObjectName(u"analytics.busy"_s);
    m_busy->setText(tr("Counting…"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setWordWrap(true);
    // Hidden, it keeps its room: the period and the buttons neither stretch nor jump.
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(busyPolicy);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusPalette(palette()).error());
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_focus->setText(tr("Choose Focus Tags…"));
    m_focus->setToolTip(tr("Pick two or three of last month's top 10 tags to work on this month"));
    m_focus->setObjectName(u"analytics.focusTags"_s);
    m_report->setText(tr("Monthly Report…"));
    m_report->setToolTip(tr("Write the month's review as Markdown and PNG charts into a folder and copy the Markdown"));
    m_report->setObjectName(u"analytics.report"_s);
    m_tabs->setObjectName(u"analytics.views"_s);
    m_tabs->setDocumentMode(true);

    for (const Analytics::View view : Analytics::Views) {
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *page = new QWidget(scroll);
        auto *layout = new QVBoxLayout(page);
        layout->addStretch(1);
        scroll->setWidget(page);
        scroll->setObjectName(u"analytics.view."_s + Analytics::viewKey(view));
        m_pages.insert(int(view), layout);
        m_tabs->addTab(scroll, Analytics::viewTitle(view));
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_previous);
    bar->addWidget(m_title);
    bar->addWidget(m_next);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    // The status takes the room between the period and the buttons, wrapping where it is
    // short: a long one (the recompute) must neither be cut nor widen the window.
    bar->addWidget(m_busy, 1);
    bar->addWidget(m_focus);
    bar->addWidget(m_report);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_kind, &QComboBox::activated, this, &AnalyticsSection::periodKindChanged);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::editingFinished, this,
                [this] { setPeriod(AnalyticsPeriod::custom(m_from->date(), m_to->date(), m_model->zone())); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &AnalyticsSection::refresh);
    connect(m_focus, &QPushButton::clicked, this, &AnalyticsSection::chooseFocusTags);
    connect(m_report, &QPushButton::clicked, this, &AnalyticsSection::exportReport);
}

AnalyticsPeriod AnalyticsSection::period() const
{
    return m_period;
}

void AnalyticsSection::setPeriod(const AnalyticsPeriod &period)
{
    if (!period.isValid())
        return;
    m_period = period;
    m_kind->setCurrentIndex(int(period.kind));
    refresh();
}

void AnalyticsSection::periodKindChanged()
{
    const auto kind = AnalyticsPeriod::Kind(m_kind->currentIndex());
    if (kind == AnalyticsPeriod::Kind::Custom) {
        setPeriod(AnalyticsPeriod::custom(m_period.first, m_period.last, m_model->zone()));
        return;
    }
    // The new period holds the last day of the old one: from a month to its last week.
    setPeriod(AnalyticsPeriod::containing(
        kind, std::min(m_period.last, QDateTime::fromMSecsSinceEpoch(m_model->clock().nowMs(), m_model->zone()).date()),
        m_model->zone()));
}

void AnalyticsSection::step(int direction)
{
    setPeriod(direction < 0 ? m_period.previous() : m_period.next());
}

void AnalyticsSection::showView(Analytics::View view)
{
    m_tabs->setCurrentIndex(int(Analytics::Views.size()) > int(view) ? int(view) : 0);
}

Analytics::View AnalyticsSection::currentView() const
{
    return Analytics::Views.at(std::max(0, m_tabs->currentIndex()));
}

QList<FigurePanel *> AnalyticsSection::panels(Analytics::View view) const
{
    return m_panels.value(int(view));
}

void AnalyticsSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        refresh();
    }
}

void AnalyticsSection::refresh()
{
    const bool custom = m_period.kind == AnalyticsPeriod::Kind::Custom;
    m_title->setText(AnalyticsTexts::periodTitle(m_period));
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_previous->setVisible(true);
    m_next->setVisible(true);
    if (custom) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(m_period.first);
        m_to->setDate(m_period.last);
    }
    const bool month = m_period.kind == AnalyticsPeriod::Kind::Month;
    m_focus->setEnabled(month);
    m_report->setEnabled(month);
    m_error->hide();
    if (!m_shown)
        return;
    m_busy->setText(tr("Counting…"));
    m_busy->show();
    // The charts shown stay until the new figures arrive.
    m_model->request(currentView(), m_period);
}

void AnalyticsSection::arrived(Analytics::View view, const QList<Figure> &figures)
{
    m_busy->hide();
    QVBoxLayout *layout = m_pages.value(int(view));
    QList<FigurePanel *> &panels = m_panels[int(view)];
    while (panels.size() < figures.size()) {
        auto *panel = new FigurePanel(layout->parentWidget());
        panel->setObjectName(u"analytics.figure."_s + figures.at(panels.size()).key);
        connect(panel, &FigurePanel::ticketsRequested, this, &AnalyticsSection::ticketsRequested);
        layout->insertWidget(int(panels.size()), panel);
        panels.append(panel);
    }
    for (qsizetype i = 0; i < figures.size(); ++i)
        panels.at(i)->setFigure(figures.at(i));
    Q_EMIT figuresShown(view);
}

void AnalyticsSection::chooseFocusTags()
{
    const QString month = m_period.first.toString(u"yyyy-MM"_s);
    const auto candidates = m_model->focusCandidates(month);
    if (!candidates) {
        m_error->setText(candidates.error().message);
        m_error->show();
        return;
    }
    auto *dialog = new FocusTagsDialog(AnalyticsTexts::periodTitle(m_period), *candidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FocusTagsDialog::chosen, this, [this, month](const QList<TagId> &tags) {
        if (const auto chosen = m_model->chooseFocusTags(month, tags, m_me); !chosen) {
            m_error->setText(chosen.error().message);
            m_error->show();
        }
    });
    dialog->open();
}

QStringList AnalyticsSection::writeReport(const QString &folder)
{
    // One click, once a month: the counting runs here, as the headless report does.
    const QString month = m_period.first.toString(u"yyyy-MM"_s);
    const auto report = MonthlyReport::build(m_model->database(), month, m_model->clock().nowMs());
    if (!report) {
        m_error->setText(report.error().message);
        m_error->show();
        return {};
    }
    const auto written = ReportWriter::write(*report, folder, palette());
    if (!written) {
        m_error->setText(written.error().message);
        m_error->show();
        return {};
    }
    QApplication::clipboard()->setText(report->markdown());
    return *written;
}

void AnalyticsSection::exportReport()
{
    const QString folder = m_chooseFolder ? m_chooseFolder() : QString();
    if (!folder.isEmpty())
        writeReport(folder);
}

} // namespace Casebook
