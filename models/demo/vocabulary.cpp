// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include "demotext.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebook::DemoText {

namespace {

// The lists are plain text under resources/wordlists: words separated by white space, most
// frequent first; a line starting with '#' is a comment, "[xx]" starts a language's section.
QHash<QString, QStringList> readLists(const QString &resource)
{
    QHash<QString, QStringList> sections;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo word list %s is missing from the resources", qPrintable(resource));
    QString section;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        sections[section] += line.split(u' ', Qt::SkipEmptyParts);
    }
    return sections;
}

// Order kept, repeats dropped: a word keeps the rank it was first given.
QStringList unique(const QStringList &words)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &word : words) {
        if (!seen.contains(word)) {
            seen.insert(word);
            out.append(word);
        }
    }
    return out;
}

// Words that sound as if they belonged to the language, from its syllables: the long tail of
// a real inbox's vocabulary (rare terms, names, jargon) that no short list could give.
struct Syllables
{
    std::span<const QStringView> onsets;
    std::span<const QStringView> vowels;
    std::span<const QStringView> codas;
    std::span<const QStringView> endings;
};

constexpr QStringView kEnOnsets[] = {
    u"b",  u"bl", u"br", u"c",   u"ch", u"cl", u"cr", u"d",  u"dr", u"f", u"fl", u"fr", u"g",  u"gl", u"gr", u"h",
    u"j",  u"k",  u"l",  u"m",   u"n",  u"p",  u"pl", u"pr", u"qu", u"r", u"s",  u"sc", u"sh", u"sk", u"sl", u"sm",
    u"sn", u"sp", u"st", u"str", u"sw", u"t",  u"th", u"tr", u"tw", u"v", u"w",  u"wh", u"y",  u"z",  u"",   u""};
constexpr QStringView kEnVowels[] = {u"a",  u"e",  u"i",  u"o", u"u", u"ai", u"ea", u"ee", u"oo",
                                     u"ou", u"ie", u"io", u"y", u"a", u"e",  u"i",  u"o"};
constexpr QStringView kEnCodas[] = {u"",   u"",   u"",  u"b",  u"ck", u"d",  u"ft", u"g",  u"ld", u"lk", u"ll", u"lt",
                                    u"m",  u"mp", u"n", u"nd", u"ng", u"nk", u"nt", u"p",  u"r",  u"rd", u"rk", u"rm",
                                    u"rn", u"rt", u"s", u"sh", u"sk", u"st", u"t",  u"th", u"x",  u"ze"};
constexpr QStringView kEnEndings[] = {u"",    u"",    u"",    u"",   u"er", u"ing", u"ed",  u"ness", u"ment", u"able",
                                      u"ity", u"ous", u"ive", u"al", u"ly", u"ist", u"ize", u"tion", u"s",    u"es"};
constexpr QStringView kRuOnsets[] = {u"б",  u"в",  u"г",  u"д",  u"ж",  u"з",  u"к",  u"л",  u"м", u"н",
                                     u"п",  u"р",  u"с",  u"т",  u"ф",  u"х",  u"ц",  u"ч",  u"ш", u"пр",
                                     u"ст", u"тр", u"кр", u"бл", u"гр", u"сп", u"зв", u"дв", u"",  u""};
constexpr QStringView kRuVowels[] = {u"а", u"о", u"е", u"и", u"у", u"я", u"ы", u"ю", u"а", u"о", u"е"};
constexpr QStringView kRuCodas[] = {u"", u"", u"", u"н", u"р", u"л", u"к", u"т", u"с", u"м", u"в", u"й", u"ст", u"нт"};
constexpr QStringView kRuEndings[] = {u"",    u"",    u"ка",  u"ние", u"ость", u"ение", u"ный",
                                      u"ать", u"ить", u"ует", u"ами", u"ов",   u"ой",   u"ая"};
constexpr QStringView kProductEndings[] = {u"ly",   u"io",   u"ix",      u"hub",  u"flow",  u"ware", u"pay", u"base",
                                           u"desk", u"ops",  u"metrics", u"cast", u"stack", u"zen",  u"kit", u"lab",
                                           u"go",   u"mate", u"link",    u"ify",  u"sync",  u"grid"};

QString composed(Dice &dice, const Syllables &syllables, int minSyllables, int maxSyllables)
{
    QString word;
    const int count = int(dice.between(minSyllables, maxSyllables + 1));
    for (int i = 0; i < count; ++i)
        word += dice.pick(syllables.onsets) + dice.pick(syllables.vowels) + dice.pick(syllables.codas);
    return word + dice.pick(syllables.endings);
}

QStringList composedWords(quint32 seed, const Syllables &syllables, int count, const QSet<QString> &taken)
{
    Dice dice(seed);
    QStringList words;
    QSet<QString> seen = taken;
    while (words.size() < count) {
        const QString word = composed(dice, syllables, 1, 3);
        if (word.size() < 4 || word.size() > 14 || seen.contains(word))
            continue;
        seen.insert(word);
        words.append(word);
    }
    return words;
}

const QHash<QString, QStringList> &lists()
{
    static const QHash<QString, QStringList> all = [] {
        QHash<QString, QStringList> merged = readLists(u":/wordlists/en.txt"_s);
        merged.insert(readLists(u":/wordlists/ru.txt"_s));
        merged.insert(readLists(u":/wordlists/other.txt"_s));
        return merged;
    }();
    return all;
}

constexpr int kComposedEnglish = 20'000;
constexpr int kComposedRussian = 4'000;
constexpr int kProducts = 1'500;
// English text: "the" makes about one word in twenty, the 2,000 most common words about four
// in five, the rest the long tail.
constexpr double kExponent = 1.1;
constexpr double kOffset = 2.7;

// Every this many composed words, a product name takes the next rank: products are rarer
// than support terms but far from the rarest words.
constexpr int kProductSpacing = 8;

Vocabulary buildProducts()
{
    Dice dice(0x9d0c7a11u);
    const Syllables prefix{kEnOnsets, kEnVowels, kEnCodas, std::span<const QStringView>(kEnEndings).first(4)};
    QStringList names;
    QSet<QString> seen;
    while (names.size() < kProducts) {
        QString name = composed(dice, prefix, 1, 2) + dice.pick(kProductEndings);
        if (name.size() < 4 || seen.contains(name))
            continue;
        seen.insert(name);
        name[0] = name[0].toUpper();
        names.append(name);
    }
    return Vocabulary(names, 1.0);
}

Vocabulary buildEnglish()
{
    const QStringList written = unique(lists().value(u"en"_s));
    const QSet<QString> taken(written.cbegin(), written.cend());
    const QStringList tail =
        composedWords(0x5eedb00cu, {kEnOnsets, kEnVowels, kEnCodas, kEnEndings}, kComposedEnglish, taken);
    QStringList ranked = written;
    const QStringList &products = productNames().words();
    for (qsizetype i = 0; i < tail.size(); ++i) {
        ranked.append(tail.at(i));
        if (i % kProductSpacing == kProductSpacing - 1 && i / kProductSpacing < products.size())
            ranked.append(products.at(i / kProductSpacing));
    }
    return Vocabulary(unique(ranked), kExponent, kOffset);
}

Vocabulary buildRussian()
{
    const QStringList written = unique(lists().value(u"ru"_s));
    const QSet<QString> taken(written.cbegin(), written.cend());
    return Vocabulary(
        written + composedWords(0x5eedbeefu, {kRuOnsets, kRuVowels, kRuCodas, kRuEndings}, kComposedRussian, taken),
        kExponent, kOffset);
}

QString sectionOf(Language language)
{
    switch (language) {
    case Language::English:
        return u"en"_s;
    case Language::Russian:
        return u"ru"_s;
    case Language::German:
        return u"de"_s;
    case Language::Spanish:
        return u"es"_s;
    case Language::French:
        return u"fr"_s;
    case Language::Portuguese:
        return u"pt"_s;
    case Language::Italian:
        return u"it"_s;
    case Language::Polish:
        return u"pl"_s;
    case Language::Turkish:
        return u"tr"_s;
    }
    return u"en"_s;
}

} // namespace

Vocabulary::Vocabulary(QStringList ranked, double exponent, double offset)
    : m_words(std::move(ranked))
{
    m_cumulative.reserve(size_t(m_words.size()));
    double total = 0;
    for (qsizetype rank = 1; rank <= m_words.size(); ++rank) {
        total += 1.0 / std::pow(double(rank) + offset, exponent);
        m_cumulative.push_back(total);
    }
}

const QString &Vocabulary::draw(Dice &dice) const
{
    const double target = dice.real() * m_cumulative.back();
    const auto found = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
    return m_words.at(std::min<qsizetype>(found - m_cumulative.cbegin(), m_words.size() - 1));
}

std::span<const Language> otherLanguages()
{
    static constexpr Language others[] = {Language::German,  Language::Spanish, Language::French, Language::Portuguese,
                                          Language::Italian, Language::Polish,  Language::Turkish};
    return others;
}

const Vocabulary &productNames()
{
    static const Vocabulary products = buildProducts();
    return products;
}

const Vocabulary &vocabulary(Language language)
{
    static const Vocabulary english = buildEnglish();
    static const Vocabulary russian = buildRussian();
    static const std::vector<Vocabulary> others = [] {
        std::vector<Vocabulary> built;
        for (Language other : otherLanguages())
            built.emplace_back(unique(lists().value(sectionOf(other))), kExponent, kOffset);
        return built;
    }();
    if (language == Language::English)
        return english;
    if (language == Language::Russian)
        return russian;
    const auto found = std::find(otherLanguages().begin(), otherLanguages().end(), language);
    return others.at(size_t(found - otherLanguages().begin()));
}

qsizetype distinctWordCount()
{
    QSet<QString> all;
    for (Language language : {Language::English, Language::Russian})
        all.unite(QSet<QString>(vocabulary(language).words().cbegin(), vocabulary(language).words().cend()));
    for (Language language : otherLanguages())
        all.unite(QSet<QString>(vocabulary(language).words().cbegin(), vocabulary(language).words().cend()));
    return all.size();
}

} // namespace Casebook::DemoText
