// SPDX-License-Identifier: GPL-3.0-or-later
#include "stemtokenizer.h"

#include "storagelog.h"

#include <libstemmer.h>
#include <sqlite3.h>

#include <QLoggingCategory>

#include <memory>
#include <mutex>

namespace Casebook::StemTokenizer {

namespace {

// Longer tokens are hashes, paths and identifiers, which have no word forms to fold.
constexpr int maxStemmedBytes = 64;

// libstemmer's stemmers keep state and are not thread-safe: one pair per FTS5 tokenizer
// instance (SQLite uses one from one connection, one thread, at a time) and one per thread
// for stem().
struct Stemmers
{
    sb_stemmer *russian = sb_stemmer_new("russian", "UTF_8");
    sb_stemmer *english = sb_stemmer_new("english", "UTF_8");

    Stemmers() = default;
    Stemmers(const Stemmers &) = delete;
    Stemmers &operator=(const Stemmers &) = delete;
    ~Stemmers()
    {
        if (russian)
            sb_stemmer_delete(russian);
        if (english)
            sb_stemmer_delete(english);
    }
};

struct Tokenizer
{
    fts5_tokenizer unicode61{};
    Fts5Tokenizer *words = nullptr;
    Stemmers stemmers;

    Tokenizer() = default;
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;
    ~Tokenizer()
    {
        if (words)
            unicode61.xDelete(words);
    }
};

// What one xTokenize call passes through unicode61 to its token callback.
struct Pass
{
    Tokenizer *tokenizer;
    void *context;
    int (*emit)(void *, int, const char *, int, int, int);
};

// unicode61 hands over lower-case UTF-8 (what libstemmer wants). Cyrillic letters
// (U+0400..U+04FF) start with the bytes 0xD0..0xD3; no other character's bytes do.
sb_stemmer *stemmerFor(const Stemmers &stemmers, const char *token, int bytes)
{
    if (bytes > maxStemmedBytes)
        return nullptr;
    bool latin = false;
    for (int i = 0; i < bytes; ++i) {
        const auto byte = static_cast<unsigned char>(token[i]);
        if (byte >= 0xD0 && byte <= 0xD3)
            return stemmers.russian;
        if (byte >= 'a' && byte <= 'z')
            latin = true;
    }
    return latin ? stemmers.english : nullptr;
}

int stemToken(void *context, int flags, const char *token, int bytes, int start, int end)
{
    const auto *pass = static_cast<Pass *>(context);
    sb_stemmer *stemmer = stemmerFor(pass->tokenizer->stemmers, token, bytes);
    if (!stemmer)
        return pass->emit(pass->context, flags, token, bytes, start, end);
    const sb_symbol *stem = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(token), bytes);
    if (!stem)
        return SQLITE_NOMEM;
    return pass->emit(pass->context, flags, reinterpret_cast<const char *>(stem), sb_stemmer_length(stemmer), start,
                      end);
}

int createTokenizer(void *context, const char **arguments, int argumentCount, Fts5Tokenizer **created)
{
    auto *api = static_cast<fts5_api *>(context);
    auto tokenizer = std::make_unique<Tokenizer>();
    void *unicode61Context = nullptr;
    if (const int rc = api->xFindTokenizer(api, "unicode61", &unicode61Context, &tokenizer->unicode61); rc != SQLITE_OK)
        return rc;
    if (const int rc = tokenizer->unicode61.xCreate(unicode61Context, arguments, argumentCount, &tokenizer->words);
        rc != SQLITE_OK)
        return rc;
    if (!tokenizer->stemmers.russian || !tokenizer->stemmers.english)
        return SQLITE_NOMEM;
    *created = reinterpret_cast<Fts5Tokenizer *>(tokenizer.release());
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *created)
{
    delete reinterpret_cast<Tokenizer *>(created);
}

int tokenize(Fts5Tokenizer *created, void *context, int flags, const char *text, int bytes,
             int (*emit)(void *, int, const char *, int, int, int))
{
    auto *tokenizer = reinterpret_cast<Tokenizer *>(created);
    Pass pass{tokenizer, context, emit};
    return tokenizer->unicode61.xTokenize(tokenizer->words, &pass, flags, text, bytes, stemToken);
}

// SQLite calls this for each new connection, before the connection is handed out.
int registerOn(sqlite3 *db, char **errorMessage, const sqlite3_api_routines *)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
        rc = sqlite3_finalize(statement);
    }
    if (rc != SQLITE_OK || !api) {
        if (errorMessage)
            *errorMessage = sqlite3_mprintf("FTS5 is missing, which Casebook's search needs");
        return rc != SQLITE_OK ? rc : SQLITE_ERROR;
    }
    static fts5_tokenizer methods{createTokenizer, deleteTokenizer, tokenize};
    return api->xCreateTokenizer(api, name, api, &methods, nullptr);
}

} // namespace

QString stem(const QString &word)
{
    thread_local Stemmers stemmers;
    // unicode61 with remove_diacritics folds "ё" to "е" before the stemmer sees it.
    const QByteArray utf8 = word.toLower().replace(u'ё', u'е').toUtf8();
    sb_stemmer *stemmer = stemmerFor(stemmers, utf8.constData(), int(utf8.size()));
    if (!stemmer)
        return QString::fromUtf8(utf8);
    const sb_symbol *stemmed =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    return stemmed ? QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(stemmer))
                   : QString::fromUtf8(utf8);
}

bool registerForEveryConnection()
{
    static bool registered = false;
    static std::once_flag once;
    std::call_once(once, [] {
        // The cast is SQLite's own convention: the entry point is called with the
        // connection, an error message slot and the API routines.
        registered = sqlite3_auto_extension(reinterpret_cast<void (*)()>(&registerOn)) == SQLITE_OK;
        if (!registered)
            qCWarning(lcStorage) << "the stemming tokenizer could not be registered with SQLite";
    });
    return registered;
}

} // namespace Casebook::StemTokenizer
