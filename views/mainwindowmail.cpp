// SPDX-License-Identifier: GPL-3.0-or-later
// The mail channel in the main window: Check Mail Now, what the service says in the status
// bar, and Settings opened on the Mail page.
#include "mainwindow.h"

#include "models/mail/mailservice.h"
#include "views/common/shortcuts.h"
#include "views/settings/settingsdialog.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace Casebook {

void MainWindow::createMailActions(QMenu *fileMenu)
{
    QAction *check = fileMenu->addAction(tr("Check &Mail Now"));
    check->setObjectName(QStringLiteral("mail.checkNow"));
    check->setToolTip(tr("Fetch every enabled mail account and send the outbox now"));
    connect(check, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Checking mail…"), 5000);
        m_mail->checkNow();
    });
    ShortcutRegistry::instance()->add(check, QStringLiteral("mail.checkNow"), QKeySequence(Qt::Key_F5));

    // A problem stays in view until a fetch goes through again; its words are the server's.
    m_mailLabel = new QLabel(statusBar());
    m_mailLabel->setObjectName(QStringLiteral("status.mail"));
    m_mailLabel->hide();
    statusBar()->addPermanentWidget(m_mailLabel);
    connect(m_mail, &MailService::problem, this, [this](const QString &account, const QString &error) {
        //: Status bar; %1 is the mail account's name, %2 what went wrong
        m_mailLabel->setText(tr("Mail: %1: %2").arg(account, error.left(120)));
        m_mailLabel->setToolTip(error);
        m_mailLabel->show();
    });
    connect(m_mail, &MailService::fetched, this, [this](const QString &account, int stored) {
        m_mailLabel->hide();
        if (stored > 0)
            //: %1 is the mail account's name
            statusBar()->showMessage(tr("%n new mail(s) from %1", nullptr, stored).arg(account), 10'000);
    });
}

void MainWindow::openMailSettings()
{
    openSettings()->showPage(SettingsDialog::Page::Mail);
}

} // namespace Casebook
