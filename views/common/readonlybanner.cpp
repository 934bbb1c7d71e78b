// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlybanner.h"

#include "models/storage/integritycheck.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Casebook {

ReadOnlyBanner::ReadOnlyBanner(const IntegrityReport &report, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("banner.readOnly"));
    setAutoFillBackground(true);
    // The warning colours of the palette, so it reads in light and dark alike.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    m_text->setObjectName(QStringLiteral("banner.readOnly.text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    //: %1 is the database file
    m_text->setText(tr("The database file %1 is damaged, so Casebook opened it read-only: you can read what is "
                       "still there, and nothing is written to it. Copy what can be read into a new file and work "
                       "on that copy, or restore a backup.")
                        .arg(QDir::toNativeSeparators(report.path)));
    //: Tooltip: SQLite's own findings follow
    m_text->setToolTip(tr("The check found:") + u'\n' + report.problems.join(u'\n'));
    m_copy->setObjectName(QStringLiteral("banner.readOnly.copy"));
    m_copy->setText(tr("Copy What Can Be Read…"));
    connect(m_copy, &QPushButton::clicked, this, &ReadOnlyBanner::copyRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignVCenter);
}

ReadOnlyBanner::~ReadOnlyBanner() = default;

} // namespace Casebook
