// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: light and dark follow the choice at once, and every state colour reads on the
// window it sits on: text colours at WCAG AA for text (4.5:1), marks and swatches at AA for
// graphics (3:1), in both palettes, so a person with low vision tells the states apart.
#include "views/common/appearance.h"
#include "views/common/statuspalette.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Named
{
    const char *name;
    QColor colour;
};

} // namespace

class TestAppearance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Appearance::apply(Appearance::Scheme::System); }
    void choiceIsSavedAndRead();
    void darkAndLightApplyAtOnce();
    void stateColoursReadOnTheirWindow_data();
    void stateColoursReadOnTheirWindow();
};

void TestAppearance::choiceIsSavedAndRead()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    QCOMPARE(Appearance::load(settings), Appearance::Scheme::System);
    Appearance::save(settings, Appearance::Scheme::Dark);
    QCOMPARE(settings.value(Appearance::settingsKey()).toString(), u"dark"_s);
    QCOMPARE(Appearance::load(settings), Appearance::Scheme::Dark);
    settings.setValue(Appearance::settingsKey(), u"purple"_s); // edited by hand
    QCOMPARE(Appearance::load(settings), Appearance::Scheme::System);
}

void TestAppearance::darkAndLightApplyAtOnce()
{
    Appearance::apply(Appearance::Scheme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(StatusPalette(QApplication::palette()).isDark());
    QVERIFY(contrast(QApplication::palette().color(QPalette::Text), QApplication::palette().color(QPalette::Base))
            >= 7.0);
    Appearance::apply(Appearance::Scheme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 155);
    QVERIFY(!StatusPalette(QApplication::palette()).isDark());
}

void TestAppearance::stateColoursReadOnTheirWindow_data()
{
    QTest::addColumn<Appearance::Scheme>("scheme");
    QTest::newRow("light") << Appearance::Scheme::Light;
    QTest::newRow("dark") << Appearance::Scheme::Dark;
}

void TestAppearance::stateColoursReadOnTheirWindow()
{
    QFETCH(Appearance::Scheme, scheme);
    Appearance::apply(scheme);
    const QPalette palette = QApplication::palette();
    const StatusPalette states(palette);
    // Coloured words: errors, warnings, a response that is late or nearly so.
    const Named texts[] = {{"error", states.error()},
                           {"warning", states.warning()},
                           {"breached", states.breach(ResponseDue::Breach::Breached)},
                           {"breaching", states.breach(ResponseDue::Breach::Breaching)}};
    // Marks beside words: severity and complexity swatches, licence dots, the goal line.
    const Named marks[] = {{"severity critical", states.priority(Severity::Critical, std::nullopt)},
                           {"severity high", states.priority(Severity::High, std::nullopt)},
                           {"severity medium", states.priority(Severity::Medium, std::nullopt)},
                           {"severity low", states.priority(Severity::Low, std::nullopt)},
                           {"complexity critical", states.priority(std::nullopt, Complexity::Critical)},
                           {"complexity complex", states.priority(std::nullopt, Complexity::Complex)},
                           {"licence valid", states.licence(LicenceState::Valid)},
                           {"licence expiring", states.licence(LicenceState::Expiring)},
                           {"licence expired", states.licence(LicenceState::Expired)},
                           {"goal", states.goal()}};
    for (const QPalette::ColorRole background : {QPalette::Base, QPalette::Window}) {
        const QColor behind = palette.color(background);
        for (const Named &text : texts) {
            const double ratio = contrast(text.colour, behind);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(u"%1 text %2 on %3: %4:1"_s
                                    .arg(QLatin1StringView(text.name), text.colour.name(), behind.name())
                                    .arg(ratio, 0, 'f', 2)));
        }
        for (const Named &mark : marks) {
            const double ratio = contrast(mark.colour, behind);
            QVERIFY2(ratio >= 3.0,
                     qPrintable(u"%1 mark %2 on %3: %4:1"_s
                                    .arg(QLatin1StringView(mark.name), mark.colour.name(), behind.name())
                                    .arg(ratio, 0, 'f', 2)));
        }
    }
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
