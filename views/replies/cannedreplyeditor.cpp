// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedreplyeditor.h"

#include "models/agents/session.h"
#include "models/replies/replyfiller.h"
#include "views/common/statuscolours.h"
#include "views/customers/cardlabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr int VariableRole = Qt::UserRole + 1;

// Keys name a reply in code and links (`cannedReplyKey()`, offerReply): plain and stable.
const QRegularExpression keyPattern(u"[a-z0-9]+(-[a-z0-9]+)*"_s);
const QRegularExpression rulesPattern(u"(R\\d\\d( R\\d\\d)*)?"_s);

QColor problemColour(const QPalette &palette, ReplyTemplate::Problem::Severity severity)
{
    return severity == ReplyTemplate::Problem::Severity::Error ? errorColour(palette) : warningColour(palette);
}

} // namespace

CannedReplyEditor::CannedReplyEditor(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_shortcut(new QLineEdit(this))
    , m_rules(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_variables(new QListWidget(this))
    , m_problemLabel(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    setObjectName(u"replies.editor"_s);
    m_title->setObjectName(u"replies.title"_s);
    m_key->setObjectName(u"replies.key"_s);
    m_language->setObjectName(u"replies.language"_s);
    m_shortcut->setObjectName(u"replies.shortcut"_s);
    m_rules->setObjectName(u"replies.rules"_s);
    m_body->setObjectName(u"replies.body"_s);
    m_body->setAccessibleName(tr("Reply text"));
    m_variables->setObjectName(u"replies.variables"_s);
    m_variables->setAccessibleName(tr("Variables"));
    m_variables->setAccessibleDescription(tr("Placeholders the reply can use; double-click one to insert it"));
    m_problemLabel->setObjectName(u"replies.problems"_s);
    m_preview->setObjectName(u"replies.preview"_s);
    m_preview->setAccessibleName(tr("Preview"));

    m_title->setPlaceholderText(tr("What the team sees in the picker"));
    m_key->setPlaceholderText(tr("e.g. renewal-reminder"));
    m_key->setToolTip(tr("Names the reply in every language; it cannot change once the reply is saved."));
    m_key->setValidator(new QRegularExpressionValidator(keyPattern, m_key));
    m_language->setToolTip(tr("The customer's language this text is written in"));
    m_shortcut->setPlaceholderText(tr("typed in the picker, e.g. ack"));
    m_rules->setPlaceholderText(tr("e.g. R11 R15"));
    m_rules->setToolTip(tr("The playbook rules this reply serves, separated by spaces"));
    m_rules->setValidator(new QRegularExpressionValidator(rulesPattern, m_rules));
    m_body->setPlaceholderText(tr("Hello {customer.first_name},\n\n…\n\nBest regards,\n{agent.first_name}"));
    m_body->setTabChangesFocus(true);

    for (const QString &name : ReplyTemplate::variableNames()) {
        auto *item = new QListWidgetItem(u'{' + name + u'}', m_variables);
        item->setData(VariableRole, name);
        //: Tooltip of a variable in the canned reply editor; %1 says what it stands for
        item->setToolTip(tr("Inserts %1 at the cursor").arg(ReplyTemplate::describe(name)));
    }
    // The variables flow in rows and wrap, so they fit a narrow editor too.
    m_variables->setFlow(QListView::LeftToRight);
    m_variables->setWrapping(true);
    m_variables->setResizeMode(QListView::Adjust);
    m_variables->setSpacing(2);
    m_variables->setFrameShape(QFrame::NoFrame);
    m_variables->setBackgroundRole(QPalette::Window);
    m_variables->setMaximumHeight(fontMetrics().height() * 3 + 12);
    m_variables->setCursor(Qt::PointingHandCursor);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::RichText);
    m_problemLabel->hide();
    m_preview->setReadOnly(true);
    m_preview->setBackgroundRole(QPalette::Window);
    m_preview->setToolTip(tr("The reply as a customer would read it, filled in with sample values"));
    buildLayout();

    for (QLineEdit *edit : {m_title, m_key, m_shortcut, m_rules})
        connect(edit, &QLineEdit::textChanged, this, &CannedReplyEditor::edited);
    connect(m_language, &QComboBox::activated, this, [this] {
        updatePreview();
        Q_EMIT edited();
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        check();
        Q_EMIT edited();
    });
    connect(m_variables, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { insertVariable(item->data(VariableRole).toString()); });
    connect(m_variables, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertVariable(item->data(VariableRole).toString()); });
    setLanguages({});
    setReply({});
}

CannedReplyEditor::~CannedReplyEditor() = default;

void CannedReplyEditor::buildLayout()
{
    auto *fields = new QFormLayout;
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(tr("&Title:"), m_title);
    // Rows of two fields get their label by hand: only a single field becomes a label's buddy.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text, this);
        result->setBuddy(buddy);
        return result;
    };
    auto *identity = new QHBoxLayout;
    identity->addWidget(m_key, 2);
    identity->addWidget(m_language, 1);
    fields->addRow(label(tr("&Key and language:"), m_key), identity);
    auto *lookup = new QHBoxLayout;
    lookup->addWidget(m_shortcut, 1);
    lookup->addWidget(label(tr("&Rules:"), m_rules));
    lookup->addWidget(m_rules, 1);
    fields->addRow(label(tr("&Shortcut:"), m_shortcut), lookup);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(fields);
    topLayout->addWidget(m_body, 1);
    auto *hint = new QLabel(tr("Variables, filled in for each ticket; click one to insert it:"), top);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    topLayout->addWidget(hint);
    topLayout->addWidget(m_variables);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_problemLabel);
    bottomLayout->addWidget(cardSectionTitle(tr("Preview with sample values"), bottom));
    bottomLayout->addWidget(m_preview, 1);

    // Body and preview share the height; on a short screen the person gives one the room.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void CannedReplyEditor::setLanguages(const QStringList &codes)
{
    QStringList all = codes;
    // A team may start a language of its own: the common ones of support desks are offered.
    for (const QString &code : {u"en"_s, u"ru"_s, u"de"_s, u"es"_s, u"fr"_s, u"it"_s, u"nl"_s, u"pl"_s, u"pt"_s,
                                u"tr"_s, u"uk"_s, u"zh"_s, u"ja"_s}) {
        if (!all.contains(code))
            all.append(code);
    }
    std::sort(all.begin(), all.end());
    const QString current = m_language->currentData().toString();
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    for (const QString &code : std::as_const(all)) {
        //: A language in the canned reply editor: its name and code, "English (en)"
        m_language->addItem(tr("%1 (%2)").arg(ReplyTemplate::languageName(code), code), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.isEmpty() ? m_original.language : current)));
}

void CannedReplyEditor::setReply(const CannedReply &reply)
{
    m_original = reply;
    {
        const QSignalBlocker bodyBlocker(m_body);
        m_title->setText(reply.title);
        m_key->setText(reply.key);
        m_shortcut->setText(reply.shortcut);
        m_rules->setText(reply.ruleId);
        int language = m_language->findData(reply.language);
        if (language < 0) {
            m_language->addItem(ReplyTemplate::languageName(reply.language), reply.language);
            language = m_language->count() - 1;
        }
        m_language->setCurrentIndex(language);
        m_body->setPlainText(reply.body);
    }
    // The key and language name the reply everywhere (offerReply, the picker, translations):
    // once stored they stay; a new text in another language is a translation instead.
    m_key->setReadOnly(!isNew());
    m_language->setEnabled(isNew());
    check();
}

CannedReply CannedReplyEditor::reply() const
{
    CannedReply result = m_original;
    result.title = m_title->text().trimmed();
    result.key = m_key->text().trimmed();
    result.language = m_language->currentData().toString();
    result.shortcut = m_shortcut->text().trimmed();
    result.ruleId = m_rules->text().simplified();
    result.body = m_body->toPlainText();
    return result;
}

bool CannedReplyEditor::isModified() const
{
    const CannedReply now = reply();
    if (isNew())
        return !now.title.isEmpty() || !now.body.trimmed().isEmpty();
    return now.title != m_original.title || now.shortcut != m_original.shortcut || now.ruleId != m_original.ruleId
        || now.body != m_original.body;
}

void CannedReplyEditor::markSaved(qint64 id, qint64 version)
{
    m_original = reply();
    rebase(id, version);
    m_key->setReadOnly(true);
    m_language->setEnabled(false);
}

void CannedReplyEditor::rebase(qint64 id, qint64 version)
{
    m_original.id = id;
    m_original.version = version;
}

void CannedReplyEditor::insertVariable(const QString &name)
{
    m_body->insertPlainText(u'{' + name + u'}');
    m_body->setFocus(Qt::OtherFocusReason);
}

QString CannedReplyEditor::saveBlocker() const
{
    const CannedReply now = reply();
    if (now.title.isEmpty())
        return tr("Give the reply a title.");
    if (isNew() && !m_key->hasAcceptableInput())
        return tr("Give the reply a key of lower-case letters, digits and hyphens, like renewal-reminder.");
    if (now.body.trimmed().isEmpty())
        return tr("Write the reply's text.");
    if (!m_rules->hasAcceptableInput())
        return tr("Write rule ids like R11 R15.");
    // An unknown variable is refused, not only warned about: expand() rejects the reply when
    // an agent inserts it, so a saved one would fail in front of a customer, every time, for
    // everyone. Mistyped braces are only warnings, since code in a reply may use braces.
    QStringList unknown;
    for (const ReplyTemplate::Problem &problem : m_problems) {
        if (problem.severity == ReplyTemplate::Problem::Severity::Error && !unknown.contains(problem.text))
            unknown.append(problem.text);
    }
    if (!unknown.isEmpty()) {
        //: %1 lists variables such as {customer.nickname}
        return tr("Correct the unknown variables first: %1. No ticket could use this reply with them.")
            .arg(unknown.join(u", "_s));
    }
    return {};
}

void CannedReplyEditor::check()
{
    m_problems = ReplyTemplate::problemsIn(m_body->toPlainText());
    QList<QTextEdit::ExtraSelection> marks;
    QStringList lines;
    for (const ReplyTemplate::Problem &problem : std::as_const(m_problems)) {
        const QColor colour = problemColour(palette(), problem.severity);
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_body->document());
        mark.cursor.setPosition(int(problem.start));
        mark.cursor.setPosition(int(problem.start + problem.length), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(colour);
        marks.append(mark);
        lines.append(u"<span style=\"color:%1\">%2</span>"_s.arg(colour.name(), problem.message.toHtmlEscaped()));
    }
    m_body->setExtraSelections(marks);
    m_problemLabel->setText(lines.join(u"<br>"_s));
    m_problemLabel->setVisible(!lines.isEmpty());
    updatePreview();
}

void CannedReplyEditor::updatePreview()
{
    const CannedReply now = reply();
    const auto filled = ReplyTemplate::expand(now.body, sampleValues(now.language));
    m_preview->setPlainText(filled ? filled.value() : filled.error().message);
    m_preview->setEnabled(filled.ok());
}

const QHash<QString, QString> &CannedReplyEditor::sampleValues(const QString &language)
{
    if (const auto found = m_samples.constFind(language); found != m_samples.cend())
        return *found;
    // A value for every variable, so the preview shows the whole text; the team's own hours
    // and SSH key where they are set, because the customer will read those.
    ReplyFiller::Parties sample;
    sample.customerName = tr("Olga Petrova", "sample customer in the canned reply preview");
    sample.agentName = m_session.agent().displayName.isEmpty() ? tr("Anna Berg", "sample agent in the preview")
                                                               : m_session.agent().displayName;
    sample.newAgentName = tr("Boris Lang", "sample colleague who takes over, in the preview");
    sample.ticket = TicketId(1042);
    const ReplyFiller filler(m_session.database(), m_session.clock());
    return *m_samples.insert(language,
                             filler.previewValues(language, sample, Estimate{2, Estimate::Unit::Hours},
                                                  u"ssh-ed25519 AAAAC3Nza… team@example.com"_s));
}

} // namespace Casebook
