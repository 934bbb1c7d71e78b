// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: the check behind the clipping walk finds a text drawn in part and leaves a whole one
// alone, for each kind of widget it reads.
#include "views/common/clippedtext.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString Long = u"Открыт — следующий ответ за командой"_s;

// A window of a fixed width holding one widget, shown so that geometry is real.
class Frame final
{
public:
    explicit Frame(QWidget *child, int width)
    {
        auto *layout = new QHBoxLayout(&m_window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSizeConstraint(QLayout::SetNoConstraint);
        child->setParent(&m_window);
        child->setObjectName(u"probe"_s);
        child->setMinimumSize(0, 0);
        child->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        layout->addWidget(child);
        m_window.setMinimumSize(0, 0);
        m_window.resize(width, 120);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }
    QList<ClippedText::Clip> clips() const { return ClippedText::find(&m_window); }

private:
    QWidget m_window;
};

} // namespace

class TestClippedText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels();
    void wrappedLabel();
    void buttonsAndGroups();
    void placeholders();
    void comboBox();
    void tabsOutOfView();
    void headerSections();
    void hiddenWidgetsAreNotRead();
    void panelScrollingSideways();
};

void TestClippedText::labels()
{
    {
        Frame narrow(new QLabel(Long), 80);
        const auto clips = narrow.clips();
        QCOMPARE(clips.size(), 1);
        QCOMPARE(clips.first().text, Long);
        QVERIFY(clips.first().needed > clips.first().available);
        QVERIFY(ClippedText::describe(clips.first()).contains(u"probe"_s));
    }
    Frame wide(new QLabel(Long), 800);
    QVERIFY(wide.clips().isEmpty());
    // Rich text is measured as the words it shows, not its markup.
    Frame rich(new QLabel(u"<b>Open</b> - the team answers next"_s), 800);
    QVERIFY(rich.clips().isEmpty());
}

void TestClippedText::wrappedLabel()
{
    auto *label = new QLabel(Long + u' ' + Long + u' ' + Long);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    label->setFixedHeight(label->fontMetrics().height());
    Frame low(label, 200);
    QCOMPARE(low.clips().size(), 1);

    auto *free = new QLabel(Long + u' ' + Long);
    free->setWordWrap(true);
    Frame tall(free, 200);
    QVERIFY(tall.clips().isEmpty());
}

void TestClippedText::buttonsAndGroups()
{
    Frame button(new QPushButton(u"Send and set pending"_s), 40);
    QCOMPARE(button.clips().size(), 1);
    auto *box = new QGroupBox(u"Escalation contacts and agreements"_s);
    Frame group(box, 60);
    QCOMPARE(group.clips().size(), 1);
    Frame wideButton(new QPushButton(u"Send"_s), 300);
    QVERIFY(wideButton.clips().isEmpty());
}

void TestClippedText::placeholders()
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(u"Internal estimate, e.g. 2 h"_s);
    Frame narrow(edit, 60);
    QCOMPARE(narrow.clips().size(), 1);
    // Typed text scrolls in its field by design; only an empty field's hint is read.
    edit->setText(u"2 h"_s);
    QVERIFY(narrow.clips().isEmpty());
}

void TestClippedText::comboBox()
{
    auto *combo = new QComboBox;
    combo->addItem(u"Чаще всего запрашиваемые"_s);
    Frame narrow(combo, 90);
    QCOMPARE(narrow.clips().size(), 1);
}

void TestClippedText::tabsOutOfView()
{
    auto *bar = new QTabBar;
    for (const QString &tab : {u"Requests"_s, u"Description and RFC"_s, u"History and comments"_s})
        bar->addTab(tab);
    Frame narrow(bar, 150);
    QVERIFY(!narrow.clips().isEmpty());
}

void TestClippedText::headerSections()
{
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({u"Последняя активность"_s, u"Тема"_s});
    auto *table = new QTableView;
    table->setModel(&model);
    table->horizontalHeader()->resizeSection(0, 40);
    Frame frame(table, 400);
    const auto clips = frame.clips();
    QCOMPARE(clips.size(), 1);
    QCOMPARE(clips.first().text, u"Последняя активность"_s);
    table->horizontalHeader()->resizeSection(0, 250);
    QVERIFY(frame.clips().isEmpty());

    // A title in two lines needs the width of its wider line, not of both side by side.
    model.setHorizontalHeaderItem(0, new QStandardItem(u"Последняя\nактивность"_s));
    const int twoLines = table->fontMetrics().horizontalAdvance(u"активность"_s);
    table->horizontalHeader()->resizeSection(0, twoLines + 40);
    QVERIFY(frame.clips().isEmpty());
    table->horizontalHeader()->resizeSection(0, twoLines / 2);
    QCOMPARE(frame.clips().size(), 1);
}

void TestClippedText::hiddenWidgetsAreNotRead()
{
    auto *label = new QLabel(Long);
    Frame narrow(label, 80);
    label->hide();
    QVERIFY(narrow.clips().isEmpty());
}

void TestClippedText::panelScrollingSideways()
{
    auto *area = new QScrollArea;
    auto *content = new QWidget;
    content->setMinimumWidth(600);
    area->setWidget(content);
    area->setWidgetResizable(true);
    Frame narrow(area, 200);
    QCOMPARE(narrow.clips().size(), 1);
    // A board of columns is meant to scroll sideways and says so.
    area->setProperty(ClippedText::ScrollsSideways, true);
    QVERIFY(narrow.clips().isEmpty());
}

QTEST_MAIN(TestClippedText)
#include "tst_clippedtext.moc"
