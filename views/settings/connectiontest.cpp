// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontest.h"

#include "models/storage/database.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrentRun>

namespace Casebook {

ConnectionTest::ConnectionTest(std::function<Result<DatabaseUrl>()> url, const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_url(std::move(url))
    , m_button(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    m_button->setObjectName(prefix + QStringLiteral(".testConnection"));
    m_result->setObjectName(prefix + QStringLiteral(".testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_button, 0, Qt::AlignTop);
    row->addWidget(m_result, 1);
    connect(m_button, &QPushButton::clicked, this, &ConnectionTest::test);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { showOutcome(m_watcher->result()); });
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::test()
{
    const Result<DatabaseUrl> url = m_url();
    if (!url) {
        showOutcome({false, url.error().message});
        return;
    }
    if (m_watcher->isRunning())
        return;
    m_button->setEnabled(false);
    showMessage(tr("Connecting…"), false);
    m_watcher->setFuture(QtConcurrent::run([url = url.value()] {
        const Result<QString> result = Database::testConnection(url);
        return result ? Outcome{true, result.value()} : Outcome{false, result.error().message};
    }));
}

void ConnectionTest::clear()
{
    m_result->clear();
}

void ConnectionTest::showOutcome(const Outcome &outcome)
{
    m_button->setEnabled(true);
    //: %1 is what the test found, for example "Connected. The database is ready (schema 1)."
    const QString text = outcome.ok ? tr("The connection works. %1").arg(outcome.text)
                                    //: %1 says why, in words from the storage layer
                                    : tr("The connection failed: %1").arg(outcome.text);
    showMessage(text, !outcome.ok);
    Q_EMIT tested(outcome.ok, text);
}

void ConnectionTest::showMessage(const QString &text, bool isError)
{
    QPalette palette = this->palette();
    // Qt's palette has no role for "negative" text (KColorScheme does, but would be a new
    // dependency for one label): a red that reads on the window colour, light or dark.
    if (isError) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    }
    m_result->setPalette(palette);
    m_result->setText(text);
}

} // namespace Casebook
