// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "commandline.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Screenshots and help must work without a display; the platform is fixed at construction.
    if (Casebook::CommandLine::needsNoDisplay(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qtApplication(argc, argv);
    Casebook::Application application;
    return application.run(QApplication::arguments());
}
