// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatestore.h"

#include "issueformparser.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/shippedfiles.h"
#include "models/storage/writetransaction.h"
#include "models/team/teamsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString chooserFileName = u"config.yml"_s;
const QString templateColumns =
    u"id, name, file_name, source_yaml, builtin, shipped_yaml, created_at, updated_at, version"_s;

QString normalisedFileName(const QString &fileName)
{
    QString name = QFileInfo(fileName.trimmed()).fileName();
    if (!name.isEmpty() && !name.endsWith(u".yml", Qt::CaseInsensitive)
        && !name.endsWith(u".yaml", Qt::CaseInsensitive))
        name += u".yml"_s;
    return name;
}

/// The form, or the refusal with every problem; warnings alone do not refuse.
Result<IssueForm> checked(const QByteArray &yaml, const QString &fileName)
{
    IssueFormCheck check = checkIssueForm(yaml, fileName);
    if (!check.ok())
        return templateError(check.problems);
    return check.form;
}

} // namespace

Error templateError(const QList<FormProblem> &problems)
{
    QStringList lines;
    QString first;
    for (const FormProblem &problem : problems) {
        if (problem.severity != FormProblem::Severity::Error)
            continue;
        if (first.isEmpty())
            first = problem.toString();
        lines.append(problem.toString());
    }
    return Error{Error::Kind::Invalid, first, lines.join(u'\n')};
}

TemplateStore::TemplateStore(Database &database)
    : TemplateStore(database, Clock::system())
{
}

TemplateStore::TemplateStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QList<ShippedTemplate> TemplateStore::shippedTemplates()
{
    QList<ShippedTemplate> result;
    for (const ShippedFile &file : Shipped::files(u":/templates"_s, {u"*.yml"_s})) {
        if (file.name != chooserFileName)
            result.append({file.name, file.data});
    }
    return result;
}

QByteArray TemplateStore::shippedChooserYaml()
{
    return Shipped::file(u":/templates/"_s + chooserFileName);
}

Result<TemplateStore::SeedResult> TemplateStore::seedBuiltins()
{
    SeedResult result;
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    for (const ShippedTemplate &shipped : shippedTemplates()) {
        const QString text = QString::fromUtf8(shipped.yaml);
        const auto form = checked(shipped.yaml, shipped.fileName);
        if (!form)
            return form.error(); // a broken shipped template is a build mistake; say so loudly
        auto existing =
            tx.exec(u"SELECT id, source_yaml, shipped_yaml, builtin FROM bug_templates WHERE file_name = ?"_s,
                    {shipped.fileName});
        if (!existing)
            return existing.error();
        if (!existing.value().next()) {
            existing.value().finish();
            // Two desktops starting at once on PostgreSQL may both get here; the second one's
            // row is simply not needed.
            auto inserted = tx.exec(u"INSERT INTO bug_templates (name, file_name, source_yaml, builtin, shipped_yaml, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (file_name) DO NOTHING RETURNING id"_s,
                                    {form->name, shipped.fileName, text, true, text, now, now});
            if (!inserted)
                return inserted.error();
            if (!inserted.value().next())
                continue;
            const qint64 id = inserted.value().value(0).toLongLong();
            inserted.value().finish();
            if (auto recorded = tx.record(u"bug_template"_s, id, Change::Op::Insert); !recorded)
                return recorded.error();
            result.added.append(shipped.fileName);
            continue;
        }
        const qint64 id = existing.value().value(0).toLongLong();
        const QString source = existing.value().value(1).toString();
        const QString syncedWith = existing.value().value(2).toString();
        const bool builtin = existing.value().value(3).toBool();
        existing.value().finish();
        // A team template that happens to carry a shipped file name is the team's own.
        if (!builtin || syncedWith == text)
            continue;
        if (source != syncedWith && !syncedWith.isEmpty()) {
            result.keptEdited.append(shipped.fileName);
            continue;
        }
        auto updated = tx.exec(u"UPDATE bug_templates SET name = ?, source_yaml = ?, shipped_yaml = ?, updated_at = ?, "
                               "version = version + 1 WHERE id = ?"_s,
                               {form->name, text, text, now, id});
        if (!updated)
            return updated.error();
        if (auto recorded = tx.record(u"bug_template"_s, id, Change::Op::Update); !recorded)
            return recorded.error();
        result.updated.append(shipped.fileName);
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return result;
}

Result<QList<BugTemplate>> TemplateStore::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT "_s + templateColumns + u" FROM bug_templates "_s + where
                   + u" ORDER BY builtin DESC, name, id"_s))
        return m_database.errorFrom(q.lastError());
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QHash<QString, QString> shipped;
    for (const ShippedTemplate &t : shippedTemplates())
        shipped.insert(t.fileName, QString::fromUtf8(t.yaml));
    QList<BugTemplate> result;
    while (q.next()) {
        BugTemplate t;
        t.id = BugTemplateId(q.value(0).toLongLong());
        t.name = q.value(1).toString();
        t.fileName = q.value(2).toString();
        t.sourceYaml = q.value(3).toString();
        t.builtin = q.value(4).toBool();
        const QString syncedWith = q.value(5).toString();
        if (t.builtin) {
            t.edited = !syncedWith.isEmpty() && t.sourceYaml != syncedWith;
            t.shippedUpdateAvailable = shipped.contains(t.fileName) && shipped.value(t.fileName) != syncedWith;
        }
        t.createdAt = q.value(6).toLongLong();
        t.updatedAt = q.value(7).toLongLong();
        t.version = q.value(8).toLongLong();
        result.append(t);
    }
    return result;
}

Result<QList<BugTemplate>> TemplateStore::templates() const
{
    return select({}, {});
}

Result<BugTemplate> TemplateStore::templateById(BugTemplateId id) const
{
    auto rows = select(u"WHERE id = ?"_s, {id.value()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("Casebook::TemplateStore", "The bug-report template %1 does not exist.")
                .arg(id.value()),
            {}};
    return rows->constFirst();
}

Result<BugTemplate> TemplateStore::templateByFileName(const QString &fileName) const
{
    auto rows = select(u"WHERE file_name = ?"_s, {fileName});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("Casebook::TemplateStore", "There is no bug-report template %1.").arg(fileName),
            {}};
    return rows->constFirst();
}

Result<IssueForm> TemplateStore::form(BugTemplateId id) const
{
    const auto stored = templateById(id);
    if (!stored)
        return stored.error();
    return checked(stored->sourceYaml.toUtf8(), stored->fileName);
}

Result<BugTemplateId> TemplateStore::add(const QString &fileName, const QByteArray &yaml)
{
    const QString name = normalisedFileName(fileName);
    if (name.isEmpty() || name == u"config.yml")
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::TemplateStore", "Give the template a file name such as bug.yml."),
            {}};
    const auto form = checked(yaml, name);
    if (!form)
        return form.error();
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto taken = tx.exec(u"SELECT 1 FROM bug_templates WHERE file_name = ?"_s, {name});
    if (!taken)
        return taken.error();
    if (taken.value().next())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::TemplateStore",
                                                 "A template named %1 exists already; edit it or choose another name.")
                         .arg(name),
                     {}};
    taken.value().finish();
    auto id = tx.insert(u"INSERT INTO bug_templates (name, file_name, source_yaml, builtin, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {form->name, name, QString::fromUtf8(yaml), false, now, now});
    if (!id)
        return id.error();
    if (auto recorded = tx.record(u"bug_template"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return BugTemplateId(*id);
}

Result<BugTemplateId> TemplateStore::importFile(const QString &path)
{
    auto read = readTemplateFile(path);
    if (const auto *problem = std::get_if<FormProblem>(&read))
        return Error{Error::Kind::Invalid, problem->toString(), {}};
    const QByteArray &yaml = std::get<QByteArray>(read);
    if (QFileInfo(path).fileName() == chooserFileName) {
        if (auto stored = setChooserYaml(yaml); !stored)
            return stored.error();
        return BugTemplateId();
    }
    return add(QFileInfo(path).fileName(), yaml);
}

Result<qint64> TemplateStore::update(BugTemplateId id, const QByteArray &yaml, qint64 expectedVersion)
{
    const auto current = templateById(id);
    if (!current)
        return current.error();
    const auto form = checked(yaml, current->fileName);
    if (!form)
        return form.error();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated = tx.exec(u"UPDATE bug_templates SET name = ?, source_yaml = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"_s,
                           {form->name, QString::fromUtf8(yaml), m_clock.nowMs(), id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate(
                         "Casebook::TemplateStore",
                         "Someone else changed the template %1 first. Your text is kept; reload to compare.")
                         .arg(current->fileName),
                     {}};
    if (auto recorded = tx.record(u"bug_template"_s, id.value(), Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Result<qint64> TemplateStore::adoptShipped(BugTemplateId id, qint64 expectedVersion)
{
    const auto current = templateById(id);
    if (!current)
        return current.error();
    const QList<ShippedTemplate> shipped = shippedTemplates();
    const auto it = std::find_if(shipped.cbegin(), shipped.cend(),
                                 [&](const ShippedTemplate &t) { return t.fileName == current->fileName; });
    if (!current->builtin || it == shipped.cend())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::TemplateStore",
                                                 "%1 is the team's own template; Casebook ships no version of it.")
                         .arg(current->fileName),
                     {}};
    const auto form = checked(it->yaml, it->fileName);
    if (!form)
        return form.error();
    const QString text = QString::fromUtf8(it->yaml);
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated = tx.exec(u"UPDATE bug_templates SET name = ?, source_yaml = ?, shipped_yaml = ?, updated_at = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?"_s,
                           {form->name, text, text, m_clock.nowMs(), id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::TemplateStore",
                                                 "Someone else changed the template %1 first; reload to see it.")
                         .arg(current->fileName),
                     {}};
    if (auto recorded = tx.record(u"bug_template"_s, id.value(), Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Status TemplateStore::remove(BugTemplateId id, qint64 expectedVersion)
{
    const auto current = templateById(id);
    if (!current)
        return current.error();
    if (current->builtin)
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::TemplateStore", "%1 ships with Casebook and stays; edit it instead.")
                .arg(current->fileName),
            {}};
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto used = tx.exec(u"SELECT count(*) FROM bug_reports WHERE template_id = ?"_s, {id.value()});
    if (!used)
        return used.error();
    if (used.value().next() && used.value().value(0).toLongLong() > 0)
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::TemplateStore", "Reports were written with %1, so it stays.")
                .arg(current->fileName),
            {}};
    used.value().finish();
    auto removed = tx.exec(u"DELETE FROM bug_templates WHERE id = ? AND version = ?"_s, {id.value(), expectedVersion});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::TemplateStore",
                                                 "Someone else changed the template %1 first; reload to see it.")
                         .arg(current->fileName),
                     {}};
    if (auto recorded = tx.record(u"bug_template"_s, id.value(), Change::Op::Delete); !recorded)
        return recorded;
    return tx.commit();
}

Result<QByteArray> TemplateStore::chooserYaml() const
{
    const auto saved = TeamSettingsStore(m_database).bugTemplateChooser();
    if (!saved)
        return saved.error();
    return saved->value_or(shippedChooserYaml());
}

Result<TemplateChooserConfig> TemplateStore::chooserConfig() const
{
    const auto yaml = chooserYaml();
    if (!yaml)
        return yaml.error();
    const TemplateChooserCheck check = checkTemplateChooser(*yaml, u"config.yml"_s);
    if (!check.ok())
        return templateError(check.problems);
    return check.config;
}

Status TemplateStore::setChooserYaml(const QByteArray &yaml)
{
    const TemplateChooserCheck check = checkTemplateChooser(yaml, u"config.yml"_s);
    if (!check.ok())
        return templateError(check.problems);
    // Written as a whole: the last person to save the chooser wins.
    return TeamSettingsStore(m_database).setBugTemplateChooser(yaml);
}

} // namespace Casebook
