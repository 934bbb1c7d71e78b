// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demotext.h"
#include "vocabulary.h"

#include <QString>
#include <QStringList>

namespace Casebook::DemoText {

/// Who writes a message of a generated thread.
enum class Writer { Customer, Agent, Note };

/**
 * The text of benchmark databases (DemoGenerator::Text::Bulk): subjects and messages drawn
 * from the vocabularies by rank, so that searching them meets what searching a real inbox
 * meets. Most customers write English, some Russian (with English terms mixed in), a few
 * another language; now and then a message carries an error message, log lines or a stack
 * trace, and some words are mistyped. A thread keeps coming back to a few words of its own
 * (a product, a rare term), as real threads do. Its own die: the same seed, the same text.
 */
class BulkText final
{
public:
    explicit BulkText(quint32 seed);

    /// Starts a new ticket of `topic` for this customer (who always writes the same language).
    void startTicket(const Topic &topic, qint64 customerId, bool russian);
    [[nodiscard]] QString subject();
    /// A message of the current ticket; `first` is its opening message, `at` when it was
    /// written (log lines carry it), `author` and `addressee` first names for greetings.
    [[nodiscard]] QString message(Writer writer, bool first, qint64 at, QStringView author, QStringView addressee);

    /// The language a customer writes in.
    static Language languageOf(qint64 customerId, bool russian);

private:
    [[nodiscard]] const Vocabulary &words() const { return vocabulary(m_language); }
    QString word();
    QString englishWord();
    QString sentence(int minWords, int maxWords);
    QString sentences(int min, int max);
    QString typo(const QString &word);
    QString fill(QStringView pattern, qint64 at);
    QString identifier();
    QString errorLine();
    QString logLines(qint64 at);
    QString stackTrace();
    QString greeting(QStringView addressee);
    QString signOff(QStringView author);

    Dice m_dice;
    Language m_language = Language::English;
    const Topic *m_topic = nullptr;
    QStringList m_keywords; ///< what this thread keeps coming back to
};

} // namespace Casebook::DemoText
