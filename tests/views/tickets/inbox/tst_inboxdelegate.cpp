// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox's looks come from states: the delegate colours them from one palette, light or
// dark as the table's palette is, and the licence badge reads the same colours.
#include "models/common/itemroles.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "views/common/statuscolours.h"
#include "views/common/statuspalette.h"
#include "views/customers/licencebadge.h"
#include "views/tickets/inbox/highlightdelegate.h"
#include "views/tickets/inbox/inboxdelegate.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    return dark;
}

QPalette lightPalette()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return light;
}

// The colour in the middle of a mark.
QColor markColour(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(10, 10)).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

} // namespace

class TestInboxDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statesBecomeLooks_data();
    void statesBecomeLooks();
    void darkPaletteLightensTheColours();
    void licenceBadgeAndInboxShareTheirColours();
    void searchMarksTheWordFormsItFound();
};

void TestInboxDelegate::statesBecomeLooks_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestInboxDelegate::statesBecomeLooks()
{
    QFETCH(QPalette, palette);
    QStandardItemModel model(4, InboxModel::ColumnCount);
    const auto set = [&](int row, int column, int role, const QVariant &value) {
        model.setData(model.index(row, column), value, role);
    };
    // R15, R34: breached, breaching, not close; R28, R10: critical severity, a proposal.
    set(0, InboxModel::FirstResponseDueColumn, BreachRole, int(ResponseDue::Breach::Breached));
    set(1, InboxModel::FirstResponseDueColumn, BreachRole, int(ResponseDue::Breach::Breaching));
    set(2, InboxModel::FirstResponseDueColumn, BreachRole, int(ResponseDue::Breach::None));
    set(0, InboxModel::SeverityColumn, SeverityRole, int(Severity::Critical));
    set(1, InboxModel::ComplexityColumn, ComplexityRole, int(Complexity::Proposal));
    set(1, InboxModel::CustomerColumn, LicenceStateRole, int(LicenceState::Expired));
    for (int column = 0; column < InboxModel::ColumnCount; ++column)
        set(3, column, OutOfViewRole, true);

    QTableView table;
    table.setPalette(palette);
    table.setModel(&model);
    table.setIconSize(QSize(8, 8));
    InboxDelegate delegate;
    table.setItemDelegate(&delegate);
    QStyleOptionViewItem base;
    base.initFrom(&table);
    base.decorationSize = table.iconSize();
    const StatusPalette colours(palette);
    const auto option = [&](int row, int column) { return delegate.cellOption(base, model.index(row, column)); };

    QCOMPARE(option(0, InboxModel::FirstResponseDueColumn).palette.color(QPalette::Text), colours.error());
    QVERIFY(option(0, InboxModel::FirstResponseDueColumn).font.bold());
    QCOMPARE(option(1, InboxModel::FirstResponseDueColumn).palette.color(QPalette::Text), colours.warning());
    QCOMPARE(option(2, InboxModel::FirstResponseDueColumn).palette.color(QPalette::Text),
             palette.color(QPalette::Text));
    QVERIFY(!option(2, InboxModel::FirstResponseDueColumn).font.bold());

    QCOMPARE(markColour(option(0, InboxModel::SeverityColumn).icon),
             colours.priority(Severity::Critical, std::nullopt));
    QCOMPARE(markColour(option(1, InboxModel::ComplexityColumn).icon),
             colours.priority(std::nullopt, Complexity::Proposal));
    QVERIFY(option(1, InboxModel::SeverityColumn).icon.isNull()); // each column marks its own axis
    QVERIFY(option(2, InboxModel::SeverityColumn).icon.isNull()); // no priority: no mark
    QVERIFY(option(2, InboxModel::ComplexityColumn).icon.isNull());
    QCOMPARE(markColour(option(1, InboxModel::CustomerColumn).icon), colours.licence(LicenceState::Expired));
    QVERIFY(option(2, InboxModel::CustomerColumn).icon.isNull()); // no licence: no mark in a list

    // A row kept out of its view: italic and dimmed in every column.
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        QVERIFY(option(3, column).font.italic());
        QCOMPARE(option(3, column).palette.color(QPalette::Text), palette.color(QPalette::PlaceholderText));
        QVERIFY(!option(2, column).font.italic());
    }
}

void TestInboxDelegate::darkPaletteLightensTheColours()
{
    const StatusPalette light(lightPalette());
    const StatusPalette dark(darkPalette());
    QVERIFY(!light.isDark());
    QVERIFY(dark.isDark());
    const QList<std::pair<QColor, QColor>> pairs{
        {light.error(), dark.error()},
        {light.warning(), dark.warning()},
        {light.licence(LicenceState::Valid), dark.licence(LicenceState::Valid)},
        {light.licence(LicenceState::Expired), dark.licence(LicenceState::Expired)},
        {light.priority(Severity::High, std::nullopt), dark.priority(Severity::High, std::nullopt)},
        {light.breach(ResponseDue::Breach::Breached), dark.breach(ResponseDue::Breach::Breached)},
    };
    for (const auto &[onLight, onDark] : pairs) {
        QVERIFY(onLight.isValid() && onDark.isValid());
        QVERIFY2(onDark.lightness() > onLight.lightness(), qPrintable(onLight.name() + u" / "_s + onDark.name()));
    }
    QCOMPARE(errorColour(darkPalette()), dark.error()); // the labels' shorthand reads the same palette
    QVERIFY(!light.breach(ResponseDue::Breach::None).isValid());
    QVERIFY(!light.priority(std::nullopt, std::nullopt).isValid());
}

// R09: one colour per licence state, on the card and in the list.
void TestInboxDelegate::licenceBadgeAndInboxShareTheirColours()
{
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        const StatusPalette colours(palette);
        for (const LicenceState state :
             {LicenceState::None, LicenceState::Valid, LicenceState::Expiring, LicenceState::Expired})
            QCOMPARE(licenceColour(state, palette), colours.licence(state));
    }
}

QTEST_MAIN(TestInboxDelegate)
// Issue 18: the search finds "оплату" for "оплата"; the row marks the word it found, whole.
void TestInboxDelegate::searchMarksTheWordFormsItFound()
{
    using Runs = QList<std::pair<qsizetype, qsizetype>>;
    const QString text = u"Прошу подтвердить оплату: payments failed"_s;
    QCOMPARE(HighlightDelegate::matches(text, {u"оплата"_s}), (Runs{{18, 6}}));
    QCOMPARE(HighlightDelegate::matches(text, {u"payment"_s}), (Runs{{26, 8}}));
    // A typed beginning still marks where it starts; nothing else is marked.
    QCOMPARE(HighlightDelegate::matches(text, {u"подтв"_s}), (Runs{{6, 5}}));
    QVERIFY(HighlightDelegate::matches(text, {u"счёт"_s}).isEmpty());
    // Words are stemmed only when they may share a stem: the first letter as the index folds
    // it (case, "ё"), so a capital or a "ё" still finds its forms.
    QCOMPARE(HighlightDelegate::matches(u"Оплату приняли"_s, {u"оплата"_s}), (Runs{{0, 6}}));
    QCOMPARE(HighlightDelegate::matches(u"Ёлки и елка"_s, {u"ёлка"_s}), (Runs{{0, 4}, {7, 4}}));
    QCOMPARE(HighlightDelegate::matches(u"Payments, PAID"_s, {u"payment"_s}), (Runs{{0, 8}}));
}

#include "tst_inboxdelegate.moc"
