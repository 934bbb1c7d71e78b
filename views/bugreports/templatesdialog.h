// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bugreports/templatestore.h"

#include <QDialog>

class QListWidget;
class QLabel;

namespace Casebook {

class Session;
class TemplateEditor;

/**
 * The team's bug-report templates: the list on the left, the chosen one in the
 * TemplateEditor, saved through TemplateStore (version-checked). "New" starts from an
 * empty form; the editor's Import and Paste add a template under the imported name.
 */
class TemplatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesDialog)

public:
    explicit TemplatesDialog(Session &session, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    [[nodiscard]] TemplateEditor *editor() const { return m_editor; }
    /// Shows the stored template with this file name; false when there is none.
    bool showTemplate(const QString &fileName);
    /// Stores the editor's text: an update of the shown template, or a new one.
    bool save();

private:
    void reload(const QString &select);
    void startNew();

    Session &m_session;
    QListWidget *m_list = nullptr;
    TemplateEditor *m_editor = nullptr;
    QLabel *m_status = nullptr;
    QList<BugTemplate> m_templates;
    BugTemplate m_current; ///< id invalid: a template not stored yet
};

} // namespace Casebook
