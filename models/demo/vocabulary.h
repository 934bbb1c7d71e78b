// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace Casebook::DemoText {

class Dice;

/**
 * Words ranked by how often a language uses them, drawn as real text uses them: the word of
 * rank r (from 1) comes up in proportion to 1 / (r + offset)^exponent (Zipf's law, with
 * Mandelbrot's offset that flattens the very top as real text does). A few words make
 * most of every message and most words are rare, which is what full-text search meets in a
 * real inbox: its common words hit a large share of the messages, its rare ones a handful.
 */
class Vocabulary final
{
public:
    /// `ranked`: most frequent first, no duplicates.
    Vocabulary(QStringList ranked, double exponent, double offset = 0);

    [[nodiscard]] qsizetype size() const { return m_words.size(); }
    [[nodiscard]] const QStringList &words() const { return m_words; }
    /// A word by rank, from 0.
    [[nodiscard]] const QString &at(qsizetype rank) const { return m_words.at(rank); }
    [[nodiscard]] const QString &draw(Dice &dice) const;

private:
    QStringList m_words;
    std::vector<double> m_cumulative; ///< [r]: the weights of ranks 0..r
};

/// The languages generated customers write in.
enum class Language { English, Russian, German, Spanish, French, Portuguese, Italian, Polish, Turkish };

/// The languages other than English and Russian, which a few customers write in.
std::span<const Language> otherLanguages();

/**
 * A language's words, built once from the lists under resources/wordlists (written out
 * for this project) and, for English and Russian, a tail of words composed from the
 * language's syllables; the same on every run.
 * - English: function words and support terms at the head, common words, then product
 *   names among about 20,000 composed words.
 * - Russian: function words and common words, then composed words.
 * - The others: a few hundred common words each.
 */
const Vocabulary &vocabulary(Language language);

/// Invented product names (the tools and integrations customers mention), ranked.
const Vocabulary &productNames();

/// How many distinct words all vocabularies hold together.
qsizetype distinctWordCount();

} // namespace Casebook::DemoText
