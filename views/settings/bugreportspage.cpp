// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreportspage.h"

#include "models/bugreports/bugroutingmodel.h"
#include "views/common/statuspalette.h"
#include "views/customers/detaildelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr std::array severities{Severity::Low, Severity::Medium, Severity::High, Severity::Critical};
constexpr std::array targets{RouteTarget::AreaOwner, RouteTarget::DutyAgent, RouteTarget::Leads, RouteTarget::OnShift};

} // namespace

BugReportsPage::BugReportsPage(BugRoutingModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_model->setParent(this);
    setObjectName(u"settings.page.bugReports"_s);
    auto *layout = new QVBoxLayout(this);

    auto *areasBox = new QGroupBox(tr("Product areas and their owners"), this);
    auto *areasLayout = new QHBoxLayout(areasBox);
    m_areas = new QListView(areasBox);
    m_areas->setObjectName(u"bugReports.areas"_s);
    m_areas->setAccessibleName(tr("Product areas"));
    m_areas->setModel(m_model);
    m_areas->setItemDelegate(new DetailDelegate(DetailDelegate::Layout::DetailRight, false, m_areas));
    m_areas->setMinimumWidth(260);
    areasLayout->addWidget(m_areas, 1);
    auto *editor = new QWidget(areasBox);
    auto *editorLayout = new QFormLayout(editor);
    m_name = new QLineEdit(editor);
    m_name->setObjectName(u"bugReports.areaName"_s);
    m_owner = new QComboBox(editor);
    m_owner->setObjectName(u"bugReports.areaOwner"_s);
    editorLayout->addRow(tr("&Name:"), m_name);
    editorLayout->addRow(tr("&Owner:"), m_owner);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), editor);
    m_add->setObjectName(u"bugReports.addArea"_s);
    m_save = new QPushButton(tr("&Save"), editor);
    m_save->setObjectName(u"bugReports.saveArea"_s);
    m_remove = new QPushButton(tr("&Remove"), editor);
    m_remove->setObjectName(u"bugReports.removeArea"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    editorLayout->addRow(buttons);
    areasLayout->addWidget(editor, 1);
    layout->addWidget(areasBox, 1);

    auto *routesBox = new QGroupBox(tr("Who hears about a report of each severity"), this);
    auto *grid = new QGridLayout(routesBox);
    for (std::size_t t = 0; t < targets.size(); ++t) {
        auto *header = new QLabel(routeTargetText(targets.at(t)), routesBox);
        header->setWordWrap(true);
        grid->addWidget(header, 0, int(t) + 1, Qt::AlignCenter);
    }
    for (std::size_t s = 0; s < severities.size(); ++s) {
        grid->addWidget(new QLabel(severityText(severities.at(s)), routesBox), int(s) + 1, 0);
        for (std::size_t t = 0; t < targets.size(); ++t) {
            auto *box = new QCheckBox(routesBox);
            box->setObjectName(
                u"bugReports.route.%1.%2"_s.arg(severityNames.name(severities.at(s))).arg(int(targets.at(t))));
            box->setAccessibleName(severityText(severities.at(s)) + u": "_s + routeTargetText(targets.at(t)));
            m_targets.insert({int(severities.at(s)), int(targets.at(t))}, box);
            grid->addWidget(box, int(s) + 1, int(t) + 1, Qt::AlignCenter);
        }
    }
    m_saveRoutes = new QPushButton(tr("Save &Routes"), routesBox);
    m_saveRoutes->setObjectName(u"bugReports.saveRoutes"_s);
    grid->addWidget(m_saveRoutes, int(severities.size()) + 1, int(targets.size()), Qt::AlignRight);
    layout->addWidget(routesBox);

    m_message = new QLabel(this);
    m_message->setObjectName(u"bugReports.message"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    if (!m_model->canEdit())
        m_message->setText(tr("Only a lead changes where bug reports go."));

    const bool editable = m_model->canEdit();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_owner, m_add, m_save, m_remove, m_saveRoutes})
        w->setEnabled(editable);
    for (QCheckBox *box : std::as_const(m_targets))
        box->setEnabled(editable);

    connect(m_areas->selectionModel(), &QItemSelectionModel::currentChanged, this, &BugReportsPage::currentChanged);
    connect(m_add, &QPushButton::clicked, this, &BugReportsPage::addArea);
    connect(m_save, &QPushButton::clicked, this, &BugReportsPage::saveArea);
    connect(m_remove, &QPushButton::clicked, this, &BugReportsPage::removeArea);
    connect(m_saveRoutes, &QPushButton::clicked, this, &BugReportsPage::saveRoutes);
    connect(m_model, &BugRoutingModel::routesChanged, this, &BugReportsPage::fillRoutes);
    fillOwners();
    fillRoutes();
    if (m_model->rowCount() > 0)
        m_areas->setCurrentIndex(m_model->index(0, 0));
    currentChanged();
}

BugReportsPage::~BugReportsPage() = default;

void BugReportsPage::fillOwners()
{
    m_owner->clear();
    //: No owner chosen yet for a product area; saving asks for one (R29)
    m_owner->addItem(tr("Choose an owner"), qint64(0));
    for (const Agent &agent : m_model->owners())
        m_owner->addItem(agent.displayName, agent.id.value());
}

void BugReportsPage::fillRoutes()
{
    for (const EscalationRoute &route : m_model->routes()) {
        for (const RouteTarget target : targets) {
            if (QCheckBox *box = m_targets.value({int(route.severity), int(target)}))
                box->setChecked(route.targets.contains(target));
        }
    }
}

void BugReportsPage::currentChanged()
{
    const ProductArea area = m_model->areaAt(m_areas->currentIndex());
    m_name->setText(area.name);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(area.owner.value())));
    m_save->setEnabled(m_model->canEdit() && area.id.isValid());
    m_remove->setEnabled(m_model->canEdit() && area.id.isValid());
}

void BugReportsPage::addArea()
{
    const auto added = m_model->addArea(m_name->text(), AgentId(m_owner->currentData().toLongLong()));
    if (!added) {
        say(added.error().message, true);
        return;
    }
    m_areas->setCurrentIndex(m_model->indexOf(*added));
    say(tr("Added."), false);
}

void BugReportsPage::saveArea()
{
    const ProductArea area = m_model->areaAt(m_areas->currentIndex());
    const auto saved = m_model->updateArea(area.id, m_name->text(), AgentId(m_owner->currentData().toLongLong()));
    say(saved ? tr("Saved.") : saved.error().message, !saved);
}

void BugReportsPage::removeArea()
{
    const ProductArea area = m_model->areaAt(m_areas->currentIndex());
    const auto removed = m_model->removeArea(area.id);
    say(removed ? tr("Removed.") : removed.error().message, !removed);
    currentChanged();
}

void BugReportsPage::saveRoutes()
{
    for (const Severity severity : severities) {
        QList<RouteTarget> chosen;
        for (const RouteTarget target : targets) {
            if (m_targets.value({int(severity), int(target)})->isChecked())
                chosen.append(target);
        }
        const auto current = m_model->routes();
        const bool same = std::any_of(current.cbegin(), current.cend(), [&](const EscalationRoute &r) {
            return r.severity == severity && r.targets == chosen;
        });
        if (same)
            continue;
        if (const auto set = m_model->setRoute(severity, chosen); !set) {
            say(set.error().message, true);
            fillRoutes();
            return;
        }
    }
    say(tr("Routes saved."), false);
}

void BugReportsPage::say(const QString &message, bool error)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? StatusPalette(palette).error() : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(message);
}

} // namespace Casebook
