// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxhighlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QPlainTextEdit>
#include <QPointer>

namespace Casebook {

namespace {

const char *const highlighterProperty = "casebook.highlighter";

// Lives as a child of the edit: re-themes the highlighter when the edit's palette changes
// (an application palette switch from light to dark reaches the edit as PaletteChange).
class ThemeFollower final : public QObject
{
public:
    ThemeFollower(QPlainTextEdit *edit, KSyntaxHighlighting::SyntaxHighlighter *highlighter)
        : QObject(edit)
        , m_edit(edit)
        , m_highlighter(highlighter)
    {
        edit->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::PaletteChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        if (!m_highlighter)
            return;
        const KSyntaxHighlighting::Theme theme = syntaxRepository().themeForPalette(m_edit->palette());
        if (theme.name() == m_highlighter->theme().name())
            return;
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlight();
    }

    QPlainTextEdit *m_edit = nullptr;
    QPointer<KSyntaxHighlighting::SyntaxHighlighter> m_highlighter;
};

KSyntaxHighlighting::Definition definitionNamed(const QString &name)
{
    const KSyntaxHighlighting::Definition found = syntaxRepository().definitionForName(name);
    // An invalid definition would leave stale formats behind; "None" clears them.
    return found.isValid() ? found : syntaxRepository().definitionForName(QStringLiteral("None"));
}

} // namespace

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::SyntaxHighlighter *highlightEdit(QPlainTextEdit *edit, const QString &definitionName)
{
    if (auto *existing = editHighlighter(edit)) {
        setEditSyntax(edit, definitionName);
        return existing;
    }
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(edit->document());
    highlighter->setDefinition(definitionNamed(definitionName));
    edit->setProperty(highlighterProperty, QVariant::fromValue<QObject *>(highlighter));
    new ThemeFollower(edit, highlighter);
    return highlighter;
}

void setEditSyntax(QPlainTextEdit *edit, const QString &definitionName)
{
    auto *highlighter = editHighlighter(edit);
    if (!highlighter || highlighter->definition().name() == definitionNamed(definitionName).name())
        return;
    highlighter->setDefinition(definitionNamed(definitionName));
    highlighter->rehighlight();
}

KSyntaxHighlighting::SyntaxHighlighter *editHighlighter(const QPlainTextEdit *edit)
{
    return qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(
        edit->property(highlighterProperty).value<QObject *>());
}

} // namespace Casebook
