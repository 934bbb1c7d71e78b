// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "figurechart.h"
#include "models/analytics/monthlyreport.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace Casebook::ReportWriter {

QImage render(const Figure &figure, const QPalette &palette, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (figure.rowCount() == 0) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(image.rect(), Qt::AlignCenter,
                         QCoreApplication::translate("Casebook::FigurePanel", "No data for this period"));
        return image;
    }
    QGraphicsScene scene;
    QChart *chart = FigureChart::build(figure, palette);
    chart->setTitle(figure.title);
    scene.addItem(chart); // the scene owns it from here
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&painter, QRectF(image.rect()), scene.sceneRect());
    return image;
}

Result<QStringList> write(const MonthlyReport &report, const QString &folder, const QPalette &palette)
{
    const QDir dir(folder);
    if (!dir.mkpath(u"."_s))
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::ReportWriter", "The folder %1 cannot be created.").arg(folder),
            {}};
    QStringList written;
    QSaveFile markdown(dir.filePath(report.fileName()));
    if (!markdown.open(QIODevice::WriteOnly) || markdown.write(report.markdown().toUtf8()) < 0 || !markdown.commit())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::ReportWriter", "The report cannot be written to %1.")
                         .arg(markdown.fileName()),
                     markdown.errorString()};
    written.append(markdown.fileName());
    for (const Figure &figure : report.figures()) {
        if (figure.rowCount() == 0)
            continue; // the Markdown says "no data" and links no picture
        const QString path = dir.filePath(figure.key + u".png"_s);
        if (!render(figure, palette).save(path, "PNG"))
            return Error{
                Error::Kind::Invalid,
                QCoreApplication::translate("Casebook::ReportWriter", "The chart cannot be written to %1.").arg(path),
                {}};
        written.append(path);
    }
    return written;
}

} // namespace Casebook::ReportWriter
