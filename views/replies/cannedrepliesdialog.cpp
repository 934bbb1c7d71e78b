// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedrepliesdialog.h"

#include "cannedreplyeditor.h"
#include "models/agents/session.h"
#include "models/replies/cannedreplylistmodel.h"
#include "models/replies/cannedreplystore.h"
#include "models/replies/replytemplate.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "views/common/prompts.h"
#include "views/common/statuscolours.h"
#include "views/customers/detaildelegate.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/// Sets a flag for the length of a scope, so that signals it causes are known as ours.
class Quietly final
{
public:
    explicit Quietly(bool &flag)
        : m_flag(flag)
        , m_was(flag)
    {
        m_flag = true;
    }
    ~Quietly() { m_flag = m_was; }
    Q_DISABLE_COPY_MOVE(Quietly)

private:
    bool &m_flag;
    bool m_was;
};

} // namespace

CannedRepliesDialog::CannedRepliesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_editor(new CannedReplyEditor(session, this))
    , m_languageFilter(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_add(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&Add…"), this))
    , m_translate(new QAction(QIcon::fromTheme(u"globe"_s), tr("&Translate…"), this))
    , m_remove(new QAction(QIcon::fromTheme(u"list-remove"_s), tr("Re&move…"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_discard(new QPushButton(tr("&Discard Changes"), this))
    , m_status(new QLabel(this))
    , m_overwrite(new QPushButton(tr("Save Mine over Theirs"), this))
    , m_loadTheirs(new QPushButton(tr("Load Theirs…"), this))
{
    setObjectName(u"replies"_s);
    setWindowTitle(tr("Canned Replies"));
    resize(1040, 700);
    // The shipped replies are in the database before anyone looks (a no-op once done).
    if (const auto seeded = CannedReplyStore(session.database(), session.clock()).seedShipped(); !seeded)
        setStatus(seeded.error().message, true);
    m_model = new CannedReplyListModel(session.database(), session.clock(), this);

    m_add->setToolTip(tr("A new reply with its own key"));
    m_translate->setToolTip(tr("The selected reply in another language, starting from its text"));
    m_remove->setToolTip(tr("Remove the selected reply in this language"));
    m_save->setObjectName(u"replies.save"_s);
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    m_discard->setObjectName(u"replies.discard"_s);
    m_status->setObjectName(u"replies.status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overwrite->setObjectName(u"replies.overwrite"_s);
    m_loadTheirs->setObjectName(u"replies.loadTheirs"_s);
    m_overwrite->hide();
    m_loadTheirs->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildList());
    splitter->addWidget(m_editor);
    // A narrow dialog takes its width from both sides, the editor more.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 700});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &CannedRepliesDialog::reject);
    auto *conflict = new QHBoxLayout;
    conflict->addWidget(m_status, 1);
    conflict->addWidget(m_overwrite);
    conflict->addWidget(m_loadTheirs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(conflict);
    layout->addWidget(buttons);

    connect(m_add, &QAction::triggered, this, &CannedRepliesDialog::startNew);
    connect(m_translate, &QAction::triggered, this, &CannedRepliesDialog::startTranslation);
    connect(m_remove, &QAction::triggered, this, &CannedRepliesDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &CannedRepliesDialog::save);
    connect(m_discard, &QPushButton::clicked, this, &CannedRepliesDialog::discardChanges);
    connect(m_overwrite, &QPushButton::clicked, this, &CannedRepliesDialog::overwriteTheirs);
    connect(m_loadTheirs, &QPushButton::clicked, this, &CannedRepliesDialog::loadTheirs);
    connect(m_editor, &CannedReplyEditor::edited, this, &CannedRepliesDialog::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    // After the model's own handler (connected first): the rows are fresh when this runs.
    if (ChangeFeed *feed = session.database().changeFeed())
        connect(feed, &ChangeFeed::changed, this, &CannedRepliesDialog::onChanged);
    if (parent && parent->window())
        parent->window()->installEventFilter(this);

    updateLanguageFilter();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    updateButtons();
}

CannedRepliesDialog::~CannedRepliesDialog() = default;

QWidget *CannedRepliesDialog::buildList()
{
    auto *panel = new QWidget(this);
    m_languageFilter->setObjectName(u"replies.languageFilter"_s);
    m_languageFilter->setToolTip(tr("Show the replies in one language"));
    m_filter->setObjectName(u"replies.filter"_s);
    m_filter->setAccessibleName(tr("Filter canned replies"));
    // The list beside it is narrow: a short hint, the whole of it on hover.
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setToolTip(tr("Filter by title, key, shortcut or rule"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"replies.list"_s);
    m_list->setAccessibleName(tr("Canned replies"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new DetailDelegate(DetailDelegate::Layout::DetailBelow, false, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(160);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows elide instead
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_languageFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_languageFilter->setMinimumContentsLength(8);

    // A tool bar, not a row of buttons: when the list is narrow, what does not fit moves
    // into the bar's overflow menu instead of widening the list.
    auto *actions = new QToolBar(panel);
    actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actions->setIconSize(QSize(16, 16));
    actions->addAction(m_add);
    actions->addAction(m_translate);
    actions->addAction(m_remove);
    // Named buttons for tests and accessibility; the actions stay unnamed, so the main
    // window's command palette does not offer this dialog's commands.
    actions->widgetForAction(m_add)->setObjectName(u"replies.add"_s);
    actions->widgetForAction(m_translate)->setObjectName(u"replies.translate"_s);
    actions->widgetForAction(m_remove)->setObjectName(u"replies.remove"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_languageFilter);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(actions);

    connect(m_filter, &QLineEdit::textChanged, m_model, &CannedReplyListModel::setFilterText);
    connect(m_languageFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setLanguage(m_languageFilter->currentData().toString()); });
    return panel;
}

CannedRepliesDialog *CannedRepliesDialog::showFor(Session &session, QWidget *window, const QString &key,
                                                  const QString &language)
{
    auto *dialog = window ? window->findChild<CannedRepliesDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new CannedRepliesDialog(session, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->QDialog::show();
    dialog->raise();
    dialog->activateWindow();
    if (!key.isEmpty())
        dialog->showReply(key, language.isEmpty() ? u"en"_s : language);
    return dialog;
}

bool CannedRepliesDialog::showReply(const QString &key, const QString &language)
{
    const auto found = std::find_if(m_model->allReplies().cbegin(), m_model->allReplies().cend(),
                                    [&](const CannedReply &r) { return r.key == key && r.language == language; });
    if (found == m_model->allReplies().cend() || !maybeLeave())
        return false;
    const CannedReply reply = *found;
    if (!m_model->indexOf(reply.id).isValid()) {
        // Hidden by the filters: show every reply rather than one the list does not show.
        m_filter->clear();
        m_languageFilter->setCurrentIndex(0);
    }
    display(reply);
    return true;
}

void CannedRepliesDialog::currentRowChanged(const QModelIndex &current)
{
    if (m_quiet || !current.isValid())
        return;
    const CannedReply reply = m_model->replyAt(current);
    if (reply.id == m_editor->original().id)
        return;
    if (!maybeLeave()) {
        selectRowOf(m_editor->original().id); // stay on the reply being edited
        return;
    }
    display(reply);
}

void CannedRepliesDialog::selectRowOf(qint64 id)
{
    const Quietly quiet(m_quiet);
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->selectionModel()->clear();
    }
}

void CannedRepliesDialog::display(const CannedReply &reply)
{
    m_editor->setReply(reply);
    selectRowOf(reply.id);
    setStatus({});
    updateButtons();
}

void CannedRepliesDialog::startNew()
{
    if (!maybeLeave())
        return;
    CannedReply reply;
    const QString shown = m_languageFilter->currentData().toString();
    reply.language = shown.isEmpty() ? u"en"_s : shown;
    display(reply);
    setStatus(tr("A new reply: give it a key, a title and its text."));
}

bool CannedRepliesDialog::startTranslation()
{
    if (m_editor->isNew() || !maybeLeave())
        return false;
    const CannedReply source = m_editor->original(); // saved or discarded by now
    // The team's own languages first, then the ones Casebook speaks.
    QStringList candidates;
    for (const CannedReply &reply : m_model->allReplies()) {
        if (!candidates.contains(reply.language))
            candidates.append(reply.language);
    }
    for (const QString &code : {u"en"_s, u"ru"_s}) {
        if (!candidates.contains(code))
            candidates.append(code);
    }
    for (const CannedReply &reply : m_model->allReplies()) {
        if (reply.key == source.key)
            candidates.removeAll(reply.language);
    }
    if (candidates.isEmpty()) {
        setStatus(tr("\"%1\" has a text in every language the team uses already.").arg(source.title), true);
        return false;
    }
    CannedReply translation = source;
    translation.id = 0;
    translation.version = 0;
    translation.language = candidates.constFirst();
    display(translation);
    //: %1 is a language such as "Русский", %2 the language the text was copied from
    setStatus(
        tr("A %1 text for this reply, starting from the %2 one: translate the title and text, then save.")
            .arg(ReplyTemplate::languageName(translation.language), ReplyTemplate::languageName(source.language)));
    return true;
}

bool CannedRepliesDialog::save()
{
    if (const QString blocker = m_editor->saveBlocker(); !blocker.isEmpty()) {
        setStatus(blocker, true);
        return false;
    }
    CannedReplyStore store(m_session.database(), m_session.clock());
    const CannedReply reply = m_editor->reply();
    const Quietly quiet(m_quiet); // the feed announces our own write while we are in here
    if (m_editor->isNew()) {
        const auto id = store.add(reply);
        const auto stored = id ? store.reply(reply.key, reply.language) : Result<CannedReply>(id.error());
        if (!stored) {
            setStatus(stored.error().message, true);
            return false;
        }
        m_editor->markSaved(stored->id, stored->version);
    } else {
        const auto version = store.update(reply, reply.version);
        if (!version) {
            if (version.error().kind == Error::Kind::Conflict)
                conflicted(version.error().message);
            else
                setStatus(version.error().message, true);
            return false;
        }
        m_editor->markSaved(reply.id, version.value());
    }
    updateLanguageFilter();
    selectRowOf(m_editor->original().id);
    setStatus(tr("Saved. Agents get this text the next time they insert the reply."));
    updateButtons();
    return true;
}

void CannedRepliesDialog::conflicted(const QString &message)
{
    const CannedReply mine = m_editor->reply();
    const auto theirs = CannedReplyStore(m_session.database(), m_session.clock()).reply(mine.key, mine.language);
    // reply() falls back to English: only the same key in the same language is theirs.
    if (!theirs || theirs->language != mine.language) {
        m_editor->rebase(0, 0); // Save adds it again under the same key
        setStatus(tr("Someone else deleted this reply. Your text is still here; Save adds it again."), true);
        updateButtons();
        return;
    }
    m_theirs = theirs.value();
    // The store says who when it knows; canned replies do not record their author.
    setStatus(message + u' ' + tr("Your text is still here: save it over theirs, or load theirs instead."), true);
    m_overwrite->show();
    m_loadTheirs->show();
}

void CannedRepliesDialog::overwriteTheirs()
{
    m_editor->rebase(m_theirs.id, m_theirs.version);
    save();
}

void CannedRepliesDialog::loadTheirs()
{
    if (!Prompts::instance().confirm(this, tr("Load Their Text"),
                                     tr("Replace your text of \"%1\" with the one saved on the other desktop? "
                                        "Your text will be lost.")
                                         .arg(m_theirs.title)))
        return;
    display(m_theirs);
}

void CannedRepliesDialog::discardChanges()
{
    const CannedReply original = m_editor->original();
    if (!original.id) {
        // A new reply was never stored: back to the selected one, or to an empty page.
        display(m_model->replyAt(m_list->currentIndex()));
        return;
    }
    display(original);
}

bool CannedRepliesDialog::removeCurrent()
{
    const CannedReply reply = m_editor->original();
    if (m_editor->isNew())
        return false;
    //: %1 is a canned reply's title, %2 its language
    const QString question = tr("Remove the canned reply \"%1\" in %2? Agents can no longer insert it; "
                                "its texts in other languages stay.")
                                 .arg(reply.title, ReplyTemplate::languageName(reply.language));
    if (!Prompts::instance().confirm(this, tr("Remove Canned Reply"), question))
        return false;
    const int row = m_list->currentIndex().row();
    {
        const Quietly quiet(m_quiet);
        if (const Status removed =
                CannedReplyStore(m_session.database(), m_session.clock()).remove(reply.id, reply.version);
            !removed) {
            setStatus(removed.error().message, true);
            return false;
        }
    }
    const QModelIndex next = m_model->index(qMin(qMax(row, 0), m_model->rowCount() - 1));
    display(m_model->replyAt(next));
    //: %1 is the title of the reply just removed
    setStatus(tr("\"%1\" was removed.").arg(reply.title));
    updateLanguageFilter();
    return true;
}

bool CannedRepliesDialog::maybeLeave()
{
    if (!m_editor->isModified())
        return true;
    const CannedReply reply = m_editor->reply();
    const QString name = reply.title.isEmpty() ? tr("the new reply") : u'"' + reply.title + u'"';
    //: %1 is a canned reply's title in quotes, or "the new reply"
    switch (Prompts::instance().unsavedChanges(this, tr("Unsaved Changes"),
                                               tr("Save your changes to %1 first?").arg(name))) {
    case Prompts::UnsavedChoice::Save:
        return save();
    case Prompts::UnsavedChoice::Discard:
        m_editor->setReply(m_editor->original());
        return true;
    case Prompts::UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

void CannedRepliesDialog::reject()
{
    if (maybeLeave())
        QDialog::reject();
}

bool CannedRepliesDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The main window closing takes this dialog with it: ask first, as Close would.
    if (event->type() == QEvent::Close && watched == parentWidget() && isVisible() && !maybeLeave()) {
        event->ignore();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void CannedRepliesDialog::onChanged(const QList<Change> &changes)
{
    const qint64 shown = m_editor->original().id;
    const bool ours = std::any_of(changes.cbegin(), changes.cend(), [shown](const Change &c) {
        return c.entity == u"canned_reply" && (c.entityId == shown || c.entityId == 0);
    });
    if (!std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) { return c.entity == u"canned_reply"; }))
        return;
    updateLanguageFilter();
    if (m_quiet || !ours || shown == 0)
        return;
    // Another desktop changed the reply on screen.
    const auto it = std::find_if(m_model->allReplies().cbegin(), m_model->allReplies().cend(),
                                 [shown](const CannedReply &r) { return r.id == shown; });
    const bool modified = m_editor->isModified();
    if (it == m_model->allReplies().cend()) {
        if (modified) {
            m_editor->rebase(0, 0);
            setStatus(tr("Someone else deleted this reply. Your text is still here; Save adds it again."), true);
        } else {
            display({});
            setStatus(tr("Someone else deleted this reply."), true);
        }
    } else if (it->version != m_editor->original().version) {
        if (modified) {
            conflicted(tr("Someone else saved this reply while you were editing it."));
        } else {
            display(*it);
            setStatus(tr("Someone else saved this reply; this is their text."));
        }
    }
    updateButtons();
}

void CannedRepliesDialog::updateLanguageFilter()
{
    QStringList languages;
    for (const CannedReply &reply : m_model->allReplies()) {
        if (!languages.contains(reply.language))
            languages.append(reply.language);
    }
    m_editor->setLanguages(languages);
    QStringList listed;
    for (int i = 1; i < m_languageFilter->count(); ++i)
        listed.append(m_languageFilter->itemData(i).toString());
    if (listed == languages && m_languageFilter->count() > 0)
        return;
    const QString current = m_languageFilter->currentData().toString();
    const QSignalBlocker blocker(m_languageFilter);
    m_languageFilter->clear();
    m_languageFilter->addItem(tr("All languages"), QString());
    for (const QString &code : std::as_const(languages))
        m_languageFilter->addItem(ReplyTemplate::languageName(code), code);
    m_languageFilter->setCurrentIndex(qMax(0, m_languageFilter->findData(current)));
    m_model->setLanguage(m_languageFilter->currentData().toString());
}

void CannedRepliesDialog::updateButtons()
{
    const bool modified = m_editor->isModified();
    const QString blocker = m_editor->saveBlocker();
    m_save->setEnabled(modified && blocker.isEmpty());
    m_save->setToolTip(modified ? blocker : QString());
    setHint(modified ? blocker : QString());
    m_discard->setEnabled(modified);
    m_remove->setEnabled(!m_editor->isNew());
    m_translate->setEnabled(!m_editor->isNew());
}

void CannedRepliesDialog::setHint(const QString &text)
{
    // Never over a real status (a conflict, an error): that one says more.
    if (!m_hintShown && !m_status->text().isEmpty())
        return;
    setStatusText(m_status, text, false);
    m_hintShown = !text.isEmpty();
}

void CannedRepliesDialog::setStatus(const QString &text, bool problem)
{
    m_hintShown = false;
    setStatusText(m_status, text, problem);
    m_overwrite->hide();
    m_loadTheirs->hide();
}

} // namespace Casebook
