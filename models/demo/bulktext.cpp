// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulktext.h"

#include <QDateTime>
#include <QTimeZone>

// Every product, path and host below is invented; hosts are under .example.
namespace Casebook::DemoText {

using namespace Qt::StringLiterals;

namespace {

// What customers paste: error messages as their software prints them. Slots: {w} a word,
// {W} a capitalised word, {P} a product, {f} a function name, {c} a dotted component,
// {p} a path, {n} a small number, {N} a large one, {h} eight hex digits, {s} an HTTP status,
// {t} the message's time, {ip} an address, {r} a word of the ticket's language.
constexpr QStringView kErrors[] = {
    u"Error {n}: {W} {w} failed",
    u"Fatal error: Allowed memory size of {N} bytes exhausted (tried to allocate {N} bytes) in {p} on line {n}",
    u"SQLSTATE[HY000] [2002] Connection refused",
    u"SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{N}' for key '{w}_{w}'",
    u"TypeError: Cannot read properties of undefined (reading '{f}')",
    u"Uncaught ReferenceError: {f} is not defined",
    u"java.lang.NullPointerException: Cannot invoke \"{c}.{f}()\" because \"{w}\" is null",
    u"curl: (60) SSL certificate problem: unable to get local issuer certificate",
    u"HTTP/1.1 {s} returned by https://{w}.{P}.example/api/v{n}/{w}",
    u"ECONNRESET: socket hang up while calling https://api.{P}.example/v{n}/{w}",
    u"ERR_TOO_MANY_REDIRECTS on https://{w}-{w}.example/{w}",
    u"Import failed: unexpected column \"{w}\" at line {N}",
    u"Request failed with status {s} ({h})",
    u"postback rejected: missing parameter '{w}' (click {h})",
    u"KeyError: '{w}'",
    u"ValueError: invalid literal for int() with base 10: '{w}'",
    u"PHP Warning:  {f}(): Argument #{n} must be of type array, string given in {p} on line {n}",
    u"nginx: [emerg] bind() to 0.0.0.0:{n} failed (98: Address already in use)",
    u"MySQL server has gone away (error {N})",
    u"Deadlock found when trying to get lock; try restarting transaction",
    u"certificate has expired (notAfter={t})",
    u"DNS_PROBE_FINISHED_NXDOMAIN for {w}-{w}.example",
    u"checksum mismatch: expected {h}{h}, got {h}{h}",
    u"Timeout after {N} ms waiting for {c}",
    u"Permission denied (publickey).",
    u"OOMKilled: container {w}-{h} exceeded its memory limit",
    u"Segmentation fault (core dumped) in {f}",
    u"Invalid API key: {h}{h}",
    u"{W}Exception: {W} {w} is not {w}",
    u"Warning: {f}() expects parameter {n} to be string, null given in {p}",
    u"upstream timed out (110: Connection timed out) while reading response header from upstream, client: {ip}",
    u"The {w} \"{W}\" could not be saved: {w} {w} is invalid",
};

// Lines of the logs customers and agents paste.
constexpr QStringView kLogMessages[] = {
    u"retry {n}/5 for click {h}: timeout after {N} ms",
    u"{w} {w} completed in {N} ms",
    u"cache miss for key {w}:{h}",
    u"user {N} logged in from {ip}",
    u"queue {w} depth {N}",
    u"GET /api/v{n}/{w}/{N} {s} {n}ms",
    u"POST /postback?subid={h}&payout={n}.{n} {s}",
    u"worker {w}-{n} restarted after {N} ms",
    u"{W} {w} for campaign {N} skipped: {w} {w}",
    u"connection to {ip}:{n} closed by peer",
};
constexpr QStringView kLevels[] = {u"INFO", u"INFO", u"INFO", u"WARN", u"WARN", u"ERROR", u"DEBUG"};
constexpr QStringView kStatuses[] = {u"400", u"401", u"403", u"404", u"408", u"429", u"500", u"502", u"503", u"504"};
constexpr QStringView kVerbs[] = {u"get",      u"set",    u"load",  u"handle", u"on",   u"process",
                                  u"update",   u"fetch",  u"parse", u"build",  u"send", u"resolve",
                                  u"validate", u"create", u"find",  u"sync",   u"is",   u"to"};

struct Manners
{
    Language language;
    std::span<const QStringView> hellos; ///< "%1" is the addressee, when there is one
    std::span<const QStringView> thanks;
};
constexpr QStringView kHelloEn[] = {u"Hello %1,", u"Hi %1,", u"Hi %1", u"Good morning %1,", u"Dear %1,", u"Hey %1,"};
constexpr QStringView kThanksEn[] = {u"Thanks,",    u"Best regards,", u"Cheers,",
                                     u"Thank you,", u"Kind regards,", u"Best,"};
constexpr QStringView kHelloRu[] = {u"Здравствуйте, %1!", u"Добрый день, %1!", u"Привет, %1!", u"Доброе утро, %1."};
constexpr QStringView kThanksRu[] = {u"Спасибо,", u"С уважением,", u"Заранее спасибо,", u"Хорошего дня,"};
constexpr QStringView kHelloDe[] = {u"Hallo %1,", u"Guten Tag %1,", u"Liebe %1,"};
constexpr QStringView kThanksDe[] = {u"Danke,", u"Viele Grüße,", u"Mit freundlichen Grüßen,"};
constexpr QStringView kHelloEs[] = {u"Hola %1,", u"Buenos días %1,"};
constexpr QStringView kThanksEs[] = {u"Gracias,", u"Saludos,", u"Un saludo,"};
constexpr QStringView kHelloFr[] = {u"Bonjour %1,", u"Salut %1,"};
constexpr QStringView kThanksFr[] = {u"Merci,", u"Cordialement,", u"Bien à vous,"};
constexpr QStringView kHelloPt[] = {u"Olá %1,", u"Bom dia %1,"};
constexpr QStringView kThanksPt[] = {u"Obrigado,", u"Abraços,", u"Atenciosamente,"};
constexpr QStringView kHelloIt[] = {u"Ciao %1,", u"Buongiorno %1,"};
constexpr QStringView kThanksIt[] = {u"Grazie,", u"Cordiali saluti,"};
constexpr QStringView kHelloPl[] = {u"Dzień dobry %1,", u"Cześć %1,"};
constexpr QStringView kThanksPl[] = {u"Dziękuję,", u"Pozdrawiam,"};
constexpr QStringView kHelloTr[] = {u"Merhaba %1,", u"İyi günler %1,"};
constexpr QStringView kThanksTr[] = {u"Teşekkürler,", u"Saygılarımla,"};
constexpr Manners kManners[] = {
    {Language::English, kHelloEn, kThanksEn}, {Language::Russian, kHelloRu, kThanksRu},
    {Language::German, kHelloDe, kThanksDe},  {Language::Spanish, kHelloEs, kThanksEs},
    {Language::French, kHelloFr, kThanksFr},  {Language::Portuguese, kHelloPt, kThanksPt},
    {Language::Italian, kHelloIt, kThanksIt}, {Language::Polish, kHelloPl, kThanksPl},
    {Language::Turkish, kHelloTr, kThanksTr},
};

const Manners &mannersOf(Language language)
{
    for (const Manners &manners : kManners) {
        if (manners.language == language)
            return manners;
    }
    return kManners[0];
}

constexpr QStringView kSubjectsEn[] = {
    u"{P} {w} {w}",
    u"{W} {w} {w} {w}",
    u"Problem with {P}",
    u"{W} {w} not working",
    u"Question about {w} and {w}",
    u"{W} {w} after the {P} update",
    u"{W} {k} {w}",
    u"{P}: {w} {w} {w}",
    u"Cannot {w} {w} in {P}",
    u"{W} {w} shows {s}",
    u"Help with {w} {w}",
    u"{W} {w} {k}",
};
constexpr QStringView kSubjectsRu[] = {
    u"{R} {r} {r}", u"Проблема с {P}", u"Вопрос по {r} {r}",  u"Не работает {r} в {P}",
    u"{R} {r} {k}", u"{P}: {r} {r}",   u"Ошибка {s} при {r}",
};

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

QChar neighbour(QChar c, int shift)
{
    static constexpr QStringView rows[] = {u"qwertyuiop", u"asdfghjkl", u"zxcvbnm"};
    for (QStringView row : rows) {
        const qsizetype at = row.indexOf(c);
        if (at >= 0)
            return row[std::clamp<qsizetype>(at + shift, 0, row.size() - 1)];
    }
    return c;
}

} // namespace

BulkText::BulkText(quint32 seed)
    : m_dice(seed * 747796405u + 2891336453u)
{
}

Language BulkText::languageOf(qint64 customerId, bool russian)
{
    if (russian)
        return Language::Russian;
    // A customer keeps the language they write in; one in twenty writes one of the others.
    const quint32 hash = quint32(customerId) * 2654435761u;
    if ((hash >> 16) % 20 != 0)
        return Language::English;
    return otherLanguages()[(hash >> 8) % otherLanguages().size()];
}

void BulkText::startTicket(const Topic &topic, qint64 customerId, bool russian)
{
    m_topic = &topic;
    m_language = languageOf(customerId, russian);
    // A product and a rare term or two: threads keep returning to their own words.
    const Vocabulary &english = vocabulary(Language::English);
    m_keywords = {productNames().draw(m_dice), english.at(m_dice.between(2000, english.size()))};
    if (m_dice.chance(0.5))
        m_keywords.append(words().at(m_dice.between(words().size() / 4, words().size())));
}

QString BulkText::englishWord()
{
    return vocabulary(Language::English).draw(m_dice);
}

QString BulkText::word()
{
    if (m_dice.chance(0.06))
        return m_keywords.at(m_dice.below(int(m_keywords.size())));
    QString drawn = m_language != Language::English && m_dice.chance(m_language == Language::Russian ? 0.12 : 0.15)
        ? englishWord()
        : words().draw(m_dice);
    if (drawn.size() >= 4 && m_dice.chance(0.015))
        drawn = typo(drawn);
    return drawn;
}

QString BulkText::typo(const QString &word)
{
    QString out = word;
    const int at = 1 + m_dice.below(int(out.size()) - 2);
    switch (m_dice.below(4)) {
    case 0: // two letters swapped
        std::swap(out[at], out[at + 1]);
        break;
    case 1: // one dropped
        out.remove(at, 1);
        break;
    case 2: // one doubled
        out.insert(at, out.at(at));
        break;
    default: // the key beside it
        out[at] = neighbour(out.at(at), m_dice.chance(0.5) ? 1 : -1);
        break;
    }
    return out;
}

QString BulkText::sentence(int minWords, int maxWords)
{
    const int count = int(m_dice.between(minWords, maxWords + 1));
    QString out;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += m_dice.chance(0.08) ? u", "_s : u" "_s;
        out += word();
    }
    out = capitalised(out);
    const double end = m_dice.real();
    return out + (end < 0.1 ? u'?' : end < 0.13 ? u'!' : u'.');
}

QString BulkText::sentences(int min, int max)
{
    QStringList out;
    const int count = int(m_dice.between(min, max + 1));
    for (int i = 0; i < count; ++i)
        out.append(sentence(4, 16));
    return out.join(u' ');
}

QString BulkText::identifier()
{
    QString name = m_dice.pick(kVerbs).toString();
    const int parts = 1 + m_dice.below(2);
    for (int i = 0; i < parts; ++i)
        name += capitalised(englishWord());
    return name;
}

QString BulkText::fill(QStringView pattern, qint64 at)
{
    QString out;
    out.reserve(pattern.size() * 2);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != u'{') {
            out += pattern[i];
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', i);
        const QStringView slot = pattern.mid(i + 1, close - i - 1);
        i = close;
        if (slot == u"w")
            out += englishWord();
        else if (slot == u"W")
            out += capitalised(englishWord());
        else if (slot == u"r")
            out += word();
        else if (slot == u"R")
            out += capitalised(word());
        else if (slot == u"k")
            out += m_keywords.at(m_dice.below(int(m_keywords.size())));
        else if (slot == u"P")
            out += productNames().draw(m_dice);
        else if (slot == u"f")
            out += identifier();
        else if (slot == u"c")
            out += u"com."_s + productNames().draw(m_dice).toLower() + u'.' + englishWord() + u'.'
                + capitalised(englishWord());
        else if (slot == u"p")
            out +=
                u"/var/www/"_s + englishWord() + u'/' + englishWord() + u'/' + capitalised(englishWord()) + u".php"_s;
        else if (slot == u"n")
            out += QString::number(m_dice.between(1, 1000));
        else if (slot == u"N")
            out += QString::number(m_dice.between(1000, 10'000'000));
        else if (slot == u"h")
            out += QString::number(m_dice.between(0x10000000, 0xffffffff), 16);
        else if (slot == u"s")
            out += m_dice.pick(kStatuses);
        else if (slot == u"ip")
            out += u"10.%1.%2.%3"_s.arg(m_dice.below(256)).arg(m_dice.below(256)).arg(m_dice.below(256));
        else if (slot == u"t")
            out += QDateTime::fromMSecsSinceEpoch(at, QTimeZone::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    }
    return out;
}

QString BulkText::errorLine()
{
    return fill(m_dice.pick(kErrors), 0);
}

QString BulkText::logLines(qint64 at)
{
    QStringList lines;
    const int count = 2 + m_dice.below(6);
    qint64 when = at - m_dice.between(60'000, 3'600'000);
    for (int i = 0; i < count; ++i) {
        when += m_dice.between(1, 20'000);
        const QString pattern =
            u"{t} [worker-{n}] "_s + m_dice.pick(kLevels) + u" {c} - "_s + m_dice.pick(kLogMessages);
        lines.append(fill(pattern, when));
    }
    return lines.join(u'\n');
}

QString BulkText::stackTrace()
{
    QStringList lines;
    const int frames = 3 + m_dice.below(6);
    switch (m_dice.below(3)) {
    case 0:
        lines.append(fill(u"Exception in thread \"main\" {c}Exception: {w} {w}", 0));
        for (int i = 0; i < frames; ++i)
            lines.append(fill(u"\tat {c}.{f}({W}.java:{n})", 0));
        break;
    case 1:
        lines.append(u"Traceback (most recent call last):"_s);
        for (int i = 0; i < frames; ++i)
            lines.append(fill(u"  File \"/opt/{P}/{w}/{w}.py\", line {n}, in {f}\n    {f}({w})", 0));
        lines.append(fill(u"KeyError: '{w}'", 0));
        break;
    default:
        lines.append(fill(u"PHP Fatal error:  Uncaught {W}Exception: {w} {w} in {p}:{n}", 0));
        lines.append(u"Stack trace:"_s);
        for (int i = 0; i < frames; ++i)
            lines.append(u'#' + QString::number(i) + fill(u" {p}({n}): {W}->{f}()", 0));
        break;
    }
    return lines.join(u'\n');
}

QString BulkText::greeting(QStringView addressee)
{
    QString hello = m_dice.pick(mannersOf(m_language).hellos).toString();
    if (!addressee.isEmpty())
        return hello.arg(addressee);
    if (m_language == Language::English)
        return hello.arg(u"team"_s);
    return hello.remove(u", %1"_s).remove(u" %1"_s);
}

QString BulkText::signOff(QStringView author)
{
    return m_dice.pick(mannersOf(m_language).thanks) + u'\n' + author;
}

QString BulkText::subject()
{
    QString subject;
    if (m_topic && m_dice.chance(0.3)) {
        subject =
            (m_language == Language::Russian ? m_dice.pick(m_topic->subjectsRu) : m_dice.pick(m_topic->subjectsEn))
                .toString();
    } else if (m_language == Language::Russian) {
        subject = fill(m_dice.pick(kSubjectsRu), 0);
    } else if (m_language == Language::English) {
        subject = fill(m_dice.pick(kSubjectsEn), 0);
    } else {
        subject = sentence(3, 6);
        subject.chop(1);
    }
    const double prefix = m_dice.real();
    if (prefix < 0.10)
        subject.prepend(u"Re: "_s);
    else if (prefix < 0.13)
        subject.prepend(u"Fwd: "_s);
    else if (prefix < 0.15)
        subject.prepend(u"URGENT: "_s);
    if (m_dice.chance(0.05))
        subject += u" #"_s + QString::number(m_dice.between(1000, 100'000));
    return subject;
}

QString BulkText::message(Writer writer, bool first, qint64 at, QStringView author, QStringView addressee)
{
    QStringList parts;
    switch (writer) {
    case Writer::Customer:
        if (first) {
            parts.append(greeting({}));
            QString opening = sentences(2, 5);
            const bool readable = m_language == Language::English || m_language == Language::Russian;
            if (m_topic && readable && m_dice.chance(0.35)) {
                opening.prepend((m_language == Language::Russian ? m_dice.pick(m_topic->openingsRu)
                                                                 : m_dice.pick(m_topic->openingsEn))
                                + u' ');
            }
            parts.append(opening);
        } else {
            parts.append(sentences(1, 3));
        }
        if (m_dice.chance(first ? 0.25 : 0.10))
            parts.append(errorLine());
        if (m_dice.chance(first ? 0.10 : 0.04))
            parts.append(logLines(at));
        if (m_dice.chance(first ? 0.06 : 0.02))
            parts.append(stackTrace());
        if (first || m_dice.chance(0.5))
            parts.append(signOff(author));
        break;
    case Writer::Agent:
        parts.append(greeting(addressee));
        parts.append(sentences(1, 4));
        if (m_dice.chance(0.05))
            parts.append(errorLine());
        parts.append(signOff(author));
        break;
    case Writer::Note:
        parts.append(sentences(1, 2));
        if (m_dice.chance(0.20))
            parts.append(errorLine());
        if (m_dice.chance(0.10))
            parts.append(logLines(at));
        break;
    }
    return parts.join(u"\n\n"_s);
}

} // namespace Casebook::DemoText
