// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bugreport.h"
#include "issueform.h"
#include "models/storage/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Casebook {

class Clock;
class Database;

/// A bug-report template as stored in bug_templates: GitHub issue-form YAML.
struct BugTemplate
{
    BugTemplateId id;
    QString name; ///< the form's `name`
    QString fileName; ///< unique; "tracker-bug.yml"
    QString sourceYaml;
    bool builtin = false; ///< shipped with Casebook (the team may still edit its copy)
    /// builtin only: the team changed its copy since it was last synchronised with the shipped one.
    bool edited = false;
    /// builtin only: Casebook ships a newer text than the one this copy was synchronised with.
    /// An unedited copy is updated at once by seedBuiltins(); an edited one waits for
    /// adoptShipped(), so an edit is never overwritten silently.
    bool shippedUpdateAvailable = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0;
};

/// A template shipped in resources/templates (compiled in under `:/templates`).
struct ShippedTemplate
{
    QString fileName;
    QByteArray yaml;
};

/**
 * The team's bug-report templates in the shared database (R25).
 *
 * The shipped forms are seeded as builtin rows; when a later Casebook ships a changed
 * text, an untouched copy follows it and an edited copy keeps the team's text and reports
 * shippedUpdateAvailable. A team adds, imports (file or pasted YAML) and edits its own
 * templates. Every write is checked with checkIssueForm first: invalid YAML is refused with
 * Error::Kind::Invalid whose message is the first `FILE:LINE:COLUMN: message` and whose
 * detail lists every problem, and nothing stored changes.
 */
class TemplateStore final
{
public:
    explicit TemplateStore(Database &database);
    TemplateStore(Database &database, const Clock &clock);

    /// The shipped forms (not config.yml), in file-name order.
    static QList<ShippedTemplate> shippedTemplates();
    /// The shipped template chooser (config.yml).
    static QByteArray shippedChooserYaml();

    /// What seedBuiltins() did, for logs and tests.
    struct SeedResult
    {
        QStringList added;
        QStringList updated; ///< unedited copies that followed a new shipped text
        QStringList keptEdited; ///< edited copies left alone although a new text ships
    };
    /// Inserts missing shipped templates and updates untouched ones. Idempotent; call after
    /// opening a database (Application does).
    Result<SeedResult> seedBuiltins();

    /// Every template, builtin first, then by name.
    Result<QList<BugTemplate>> templates() const;
    Result<BugTemplate> templateById(BugTemplateId id) const;
    Result<BugTemplate> templateByFileName(const QString &fileName) const;
    /// The parsed form of a stored template.
    Result<IssueForm> form(BugTemplateId id) const;

    /**
     * Adds a team template from pasted YAML. `fileName` names it (".yml" is appended when it
     * has no YAML extension) and must be unused. Invalid YAML: Error::Kind::Invalid, see above.
     */
    Result<BugTemplateId> add(const QString &fileName, const QByteArray &yaml);
    /// Imports a file: `config.yml` replaces the template chooser, anything else is added as
    /// a template under its base name. Returns the new template's id (invalid for config.yml).
    Result<BugTemplateId> importFile(const QString &path);
    /// Replaces a template's YAML (builtin or not). Returns the new version.
    Result<qint64> update(BugTemplateId id, const QByteArray &yaml, qint64 expectedVersion);
    /// Builtin only: replaces the team's copy with the shipped text, on the team's request.
    Result<qint64> adoptShipped(BugTemplateId id, qint64 expectedVersion);
    /// Removes a team template. Builtin templates and templates used by reports stay.
    Status remove(BugTemplateId id, qint64 expectedVersion);

    /// The template chooser: the team's config.yml, else the shipped one (blank issues
    /// allowed or not, contact links).
    Result<TemplateChooserConfig> chooserConfig() const;
    /// The chooser's YAML as the team stored it, else the shipped text.
    Result<QByteArray> chooserYaml() const;
    /// Validates and stores the team's config.yml (Error::Kind::Invalid with positions).
    Status setChooserYaml(const QByteArray &yaml);

private:
    Result<QList<BugTemplate>> select(const QString &where, const QVariantList &binds) const;

    Database &m_database;
    const Clock &m_clock;
};

/// Error::Kind::Invalid for a refused template: message = first problem, detail = all of them.
[[nodiscard]] Error templateError(const QList<FormProblem> &problems);

} // namespace Casebook
