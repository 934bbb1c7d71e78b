// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderlanguage.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Casebook {

QString syntaxDefinitionForRender(const QString &render)
{
    // Keys are GitHub Linguist names and aliases, lower case; values are the exact names of
    // KSyntaxHighlighting definitions, which differ in case and sometimes in wording.
    static const QHash<QString, QString> names{
        {u"shell"_s, u"Bash"_s},
        {u"sh"_s, u"Bash"_s},
        {u"bash"_s, u"Bash"_s},
        {u"console"_s, u"Bash"_s},
        {u"shell-session"_s, u"Bash"_s},
        {u"shellsession"_s, u"Bash"_s},
        {u"zsh"_s, u"Zsh"_s},
        {u"powershell"_s, u"PowerShell"_s},
        {u"pwsh"_s, u"PowerShell"_s},
        {u"ps1"_s, u"PowerShell"_s},
        {u"posh"_s, u"PowerShell"_s},
        {u"python"_s, u"Python"_s},
        {u"py"_s, u"Python"_s},
        {u"python3"_s, u"Python"_s},
        {u"yaml"_s, u"YAML"_s},
        {u"yml"_s, u"YAML"_s},
        {u"json"_s, u"JSON"_s},
        {u"jsonc"_s, u"JSON"_s},
        {u"rust"_s, u"Rust"_s},
        {u"rs"_s, u"Rust"_s},
        {u"javascript"_s, u"JavaScript"_s},
        {u"js"_s, u"JavaScript"_s},
        {u"node"_s, u"JavaScript"_s},
        {u"typescript"_s, u"TypeScript"_s},
        {u"ts"_s, u"TypeScript"_s},
        {u"sql"_s, u"SQL"_s},
        {u"postgresql"_s, u"SQL (PostgreSQL)"_s},
        {u"psql"_s, u"SQL (PostgreSQL)"_s},
        {u"mysql"_s, u"SQL (MySQL)"_s},
        {u"xml"_s, u"XML"_s},
        {u"html"_s, u"HTML"_s},
        {u"xhtml"_s, u"HTML"_s},
        {u"diff"_s, u"Diff"_s},
        {u"patch"_s, u"Diff"_s},
        {u"udiff"_s, u"Diff"_s},
        {u"c"_s, u"C"_s},
        {u"cpp"_s, u"C++"_s},
        {u"c++"_s, u"C++"_s},
        {u"cxx"_s, u"C++"_s},
        {u"java"_s, u"Java"_s},
        {u"go"_s, u"Go"_s},
        {u"golang"_s, u"Go"_s},
        {u"ruby"_s, u"Ruby"_s},
        {u"rb"_s, u"Ruby"_s},
        {u"php"_s, u"PHP/PHP"_s},
        {u"kotlin"_s, u"Kotlin"_s},
        {u"swift"_s, u"Swift"_s},
        {u"csharp"_s, u"C#"_s},
        {u"c#"_s, u"C#"_s},
        {u"cs"_s, u"C#"_s},
        {u"css"_s, u"CSS"_s},
        {u"markdown"_s, u"Markdown"_s},
        {u"md"_s, u"Markdown"_s},
        {u"dockerfile"_s, u"Dockerfile"_s},
        {u"docker"_s, u"Dockerfile"_s},
        {u"toml"_s, u"TOML"_s},
        {u"ini"_s, u"INI Files"_s},
        {u"cmake"_s, u"CMake"_s},
        {u"makefile"_s, u"Makefile"_s},
        {u"make"_s, u"Makefile"_s},
        {u"lua"_s, u"Lua"_s},
        {u"perl"_s, u"Perl"_s},
        {u"text"_s, u"None"_s},
        {u"plain"_s, u"None"_s},
        {u"plaintext"_s, u"None"_s},
        {u"txt"_s, u"None"_s},
        {u"log"_s, u"None"_s},
    };
    const QString key = render.trimmed().toLower();
    if (key.isEmpty())
        return {};
    return names.value(key, render.trimmed());
}

} // namespace Casebook
