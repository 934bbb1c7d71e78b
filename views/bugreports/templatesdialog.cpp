// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatesdialog.h"

#include "models/agents/session.h"
#include "models/storage/clock.h"
#include "templateeditor.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// What "New" starts from: the smallest form GitHub accepts, ready to grow.
constexpr char newTemplate[] = R"(name: New template
description: What this form is for
title: "[Bug]: "
labels: [bug]
body:
  - type: textarea
    id: steps
    attributes:
      label: Steps to reproduce
      value: |
        1.
    validations:
      required: true
)";

} // namespace

TemplatesDialog::TemplatesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_editor(new TemplateEditor(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"templates"_s);
    setWindowTitle(tr("Bug-Report Templates"));
    resize(1200, 760);
    m_list->setObjectName(u"templates.list"_s);
    m_list->setAccessibleName(tr("Templates"));
    m_list->setMaximumWidth(240);
    m_status->setObjectName(u"templates.status"_s);
    m_status->setWordWrap(true);

    QAction *create = new QAction(QIcon::fromTheme(u"document-new"_s), tr("New"), this);
    create->setObjectName(u"templates.new"_s);
    connect(create, &QAction::triggered, this, &TemplatesDialog::startNew);
    m_editor->toolBar()->insertAction(m_editor->toolBar()->actions().value(0), create);
    connect(m_editor, &TemplateEditor::saveRequested, this, &TemplatesDialog::save);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_templates.size() && m_templates.at(row).fileName != m_current.fileName)
            showTemplate(m_templates.at(row).fileName);
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    reload({});
}

TemplatesDialog::~TemplatesDialog() = default;

void TemplatesDialog::reload(const QString &select)
{
    const auto templates = TemplateStore(m_session.database(), m_session.clock()).templates();
    if (!templates) {
        m_status->setText(templates.error().message);
        return;
    }
    m_templates = templates.value();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const BugTemplate &stored : std::as_const(m_templates)) {
        auto *item = new QListWidgetItem(stored.name, m_list);
        item->setToolTip(stored.fileName);
        if (stored.builtin) {
            //: A template shipped with Casebook
            item->setText(tr("%1 (shipped)").arg(stored.name));
        }
    }
    const QString wanted = select.isEmpty() && !m_templates.isEmpty() ? m_templates.constFirst().fileName : select;
    showTemplate(wanted);
}

bool TemplatesDialog::showTemplate(const QString &fileName)
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).fileName != fileName)
            continue;
        m_current = m_templates.at(row);
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
        m_editor->setTemplate(m_current.sourceYaml.toUtf8(), m_current.fileName);
        m_status->setText(m_current.shippedUpdateAvailable
                              ? tr("Casebook ships a newer text of this template; your team's edits are kept.")
                              : QString());
        return true;
    }
    return false;
}

void TemplatesDialog::startNew()
{
    m_current = {};
    m_list->clearSelection();
    m_editor->setTemplate(newTemplate, tr("new-template.yml"));
    m_editor->setModified(true);
}

bool TemplatesDialog::save()
{
    TemplateStore store(m_session.database(), m_session.clock());
    const QByteArray yaml = m_editor->yaml();
    // An imported or pasted file under a new name is a new template, not a rewrite of the shown one.
    const bool isNew = !m_current.id.isValid() || m_editor->fileName() != m_current.fileName;
    Status saved = Done{};
    if (isNew) {
        const auto added = store.add(m_editor->fileName(), yaml);
        saved = added ? Status(Done{}) : Status(added.error());
    } else {
        const auto updated = store.update(m_current.id, yaml, m_current.version);
        saved = updated ? Status(Done{}) : Status(updated.error());
    }
    if (!saved) {
        m_status->setText(saved.error().message);
        return false;
    }
    m_editor->setModified(false);
    const QString fileName = m_editor->fileName();
    reload(fileName.endsWith(u".yml"_s) || fileName.endsWith(u".yaml"_s) ? fileName : fileName + u".yml"_s);
    m_status->setText(tr("Saved. New reports use this text; submitted ones keep theirs."));
    return true;
}

} // namespace Casebook
