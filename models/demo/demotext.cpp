// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// The phrases paraphrase what the five support handbooks describe (tracker, domains,
// postbacks, accesses, proposals). Names and companies are invented and neutral: no
// company, person or tool from the handbooks appears here.
namespace Casebook::DemoText {

using namespace Qt::StringLiterals;

int Dice::weighted(std::span<const int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = below(total);
    for (int i = 0; i < int(weights.size()); ++i) {
        if (roll < weights[i])
            return i;
        roll -= weights[i];
    }
    return int(weights.size()) - 1;
}

namespace {

// The shipped tracker-bug form's product areas (resources/templates/tracker-bug.yml), so a
// demo report's dropdown and its area agree.
constexpr QStringView kAreas[] = {
    u"Tracking and statistics",    u"Campaigns and streams",
    u"Reports and exports",        u"Landing pages",
    u"Licences and billing",       u"Other",
    u"Integrations and postbacks", u"Installation and servers",
};

// Topic texts. Each array is referenced by one Topic below.
constexpr QStringView kLoginS[] = {u"Cannot log in to the admin panel", u"Two-factor code is not accepted",
                                   u"Password reset e-mail never arrives"};
constexpr QStringView kLoginSR[] = {u"Не могу войти в панель управления", u"Не приходит письмо для сброса пароля"};
constexpr QStringView kLoginO[] = {
    u"Since this morning the admin panel says my password is wrong, although I have not changed it.",
    u"I reset my password twice and the reset e-mail never came. Spam folder is empty too."};
constexpr QStringView kLoginOR[] = {u"С утра панель пишет, что пароль неверный, хотя я его не менял."};

constexpr QStringView kBillingS[] = {u"Invoice shows the wrong plan", u"Question about licence renewal",
                                     u"Charged twice this month"};
constexpr QStringView kBillingSR[] = {u"Вопрос по продлению лицензии", u"Списали оплату дважды"};
constexpr QStringView kBillingO[] = {u"Our last invoice lists the Business plan but we are on Pro. Could you check?",
                                     u"Our licence runs out soon. How do we renew without losing the settings?"};
constexpr QStringView kBillingOR[] = {u"Лицензия скоро закончится. Как продлить, чтобы ничего не потерять?"};

constexpr QStringView kImportS[] = {u"CSV import stops at 40 %", u"Import of campaigns from the old server fails"};
constexpr QStringView kImportSR[] = {u"Импорт из CSV останавливается на середине"};
constexpr QStringView kImportO[] = {
    u"The CSV import stops at about 40 % and shows \"Import failed: unexpected column\".",
    u"We are moving to a new server and the campaign import fails with a timeout."};
constexpr QStringView kImportOR[] = {u"Импорт CSV останавливается примерно на 40 % с ошибкой \"unexpected column\"."};

constexpr QStringView kApiS[] = {u"API returns 401 with a valid key", u"Rate limit on the reports endpoint",
                                 u"How do I create campaigns through the API?"};
constexpr QStringView kApiSR[] = {u"API отвечает 401 при верном ключе"};
constexpr QStringView kApiO[] = {
    u"Every call to the API returns 401 Unauthorized, although the key is copied from the settings page.",
    u"We pull reports every five minutes and since Friday we get 429 Too Many Requests."};
constexpr QStringView kApiOR[] = {u"Любой запрос к API возвращает 401, хотя ключ скопирован из настроек."};

constexpr QStringView kDomainS[] = {u"SSL certificate not issued for a new domain", u"Domain shows the default page"};
constexpr QStringView kDomainSR[] = {u"Не выпускается SSL-сертификат для домена"};
constexpr QStringView kDomainO[] = {
    u"I added a new domain two days ago and the SSL certificate is still \"pending\". DNS points to the server.",
    u"Our parked domain opens the default page instead of the campaign."};
constexpr QStringView kDomainOR[] = {u"Добавил домен два дня назад, сертификат всё ещё в статусе \"pending\"."};

constexpr QStringView kPostbackS[] = {u"Conversions from the affiliate network are missing",
                                      u"Postback URL does not fire"};
constexpr QStringView kPostbackSR[] = {u"Не приходят конверсии из партнёрской сети"};
constexpr QStringView kPostbackO[] = {
    u"The network shows 57 conversions yesterday but the tracker only has 12. The postback URL is set as in the docs.",
    u"Postbacks stopped arriving after we changed the domain."};
constexpr QStringView kPostbackOR[] = {
    u"В партнёрке вчера 57 конверсий, а в трекере только 12. Постбэк настроен по инструкции."};

constexpr QStringView kReportS[] = {u"Report totals do not match the campaign", u"Report export to Excel is empty"};
constexpr QStringView kReportSR[] = {u"Не совпадают цифры в отчёте"};
constexpr QStringView kReportO[] = {u"The daily report shows different totals than the campaign page for the same day.",
                                    u"Exporting the report to XLSX gives an empty file."};
constexpr QStringView kReportOR[] = {u"В дневном отчёте другие цифры, чем на странице кампании за тот же день."};

constexpr QStringView kDownS[] = {u"Tracker is down, all campaigns stopped", u"Clicks are not redirected"};
constexpr QStringView kDownSR[] = {u"Трекер не работает, все кампании стоят"};
constexpr QStringView kDownO[] = {
    u"URGENT: the tracker returns 502 Bad Gateway for every click. All our traffic is lost right now.",
    u"Clicks hang for 30 seconds and then fail. Nothing changed on our side."};
constexpr QStringView kDownOR[] = {u"СРОЧНО: трекер отдаёт 502 на каждый клик, весь трафик теряется."};

constexpr QStringView kUpdateS[] = {u"Update to the new version fails", u"How to move the tracker to another server"};
constexpr QStringView kUpdateSR[] = {u"Не получается обновиться до новой версии"};
constexpr QStringView kUpdateO[] = {
    u"The updater stops with \"checksum mismatch\" and the tracker stays on the old version.",
    u"We want to move the tracker to a bigger server. What is the right order of steps?"};
constexpr QStringView kUpdateOR[] = {u"Обновление падает с ошибкой \"checksum mismatch\"."};

constexpr QStringView kWpS[] = {u"WordPress plugin breaks the landing page"};
constexpr QStringView kWpSR[] = {u"Плагин для WordPress ломает лендинг"};
constexpr QStringView kWpO[] = {u"After installing the WordPress plugin the landing page shows a white screen."};
constexpr QStringView kWpOR[] = {u"После установки плагина WordPress лендинг показывает белый экран."};

constexpr QStringView kDarkS[] = {u"Dark mode for the admin panel?", u"Feature request: dark theme"};
constexpr QStringView kDarkSR[] = {u"Предложение: тёмная тема"};
constexpr QStringView kDarkO[] = {u"We work at night a lot. Would you consider a dark mode for the admin panel?"};
constexpr QStringView kDarkOR[] = {u"Мы часто работаем ночью. Можно ли сделать тёмную тему?"};

constexpr QStringView kExportS[] = {u"Bulk export of campaigns", u"Feature request: export all campaigns at once"};
constexpr QStringView kExportSR[] = {u"Предложение: массовый экспорт кампаний"};
constexpr QStringView kExportO[] = {u"It would save us hours if we could export all campaigns in one file."};
constexpr QStringView kExportOR[] = {u"Было бы удобно выгружать все кампании одним файлом."};

constexpr QStringView kSslRecheckS[] = {u"Re-check SSL automatically after DNS changes"};
constexpr QStringView kSslRecheckSR[] = {u"Автоматическая перепроверка SSL"};
constexpr QStringView kSslRecheckO[] = {
    u"Could the tracker re-check SSL by itself once DNS is fixed, instead of us pressing the button?"};
constexpr QStringView kSslRecheckOR[] = {u"Можно ли, чтобы трекер сам перепроверял SSL после смены DNS?"};

constexpr QStringView kSecurityS[] = {u"Possible security issue in the click log"};
constexpr QStringView kSecuritySR[] = {u"Возможная уязвимость в логе кликов"};
constexpr QStringView kSecurityO[] = {
    u"I think the click log shows other users' IP addresses to a limited user. Please treat this privately."};
constexpr QStringView kSecurityOR[] = {u"Кажется, пользователь с ограниченными правами видит IP-адреса в логе кликов."};

constexpr Topic kTopics[] = {
    {u"login", 0, RequestKind::Fixing, false, kLoginS, kLoginSR, kLoginO, kLoginOR,
     u"Please clear the browser cache and use the \"Forgot password\" link; the new link is valid for one hour.",
     u"Очистите, пожалуйста, кэш браузера и воспользуйтесь ссылкой \"Забыли пароль\".",
     u"Login fails after password reset"},
    {u"billing",
     4,
     RequestKind::Doing,
     false,
     kBillingS,
     kBillingSR,
     kBillingO,
     kBillingOR,
     u"Renewal keeps all settings; the new key simply replaces the old one under Settings > Licence.",
     u"При продлении все настройки сохраняются, новый ключ вводится в Настройки > Лицензия.",
     {}},
    {u"import", 1, RequestKind::Fixing, false, kImportS, kImportSR, kImportO, kImportOR,
     u"The file has a column the importer does not know. Remove the last column or map it in step 2.",
     u"В файле есть лишняя колонка. Удалите её или сопоставьте на втором шаге.",
     u"CSV import aborts on unknown column"},
    {u"api", 5, RequestKind::Building, false, kApiS, kApiSR, kApiO, kApiOR,
     u"The key must go in the Api-Key header, not as a query parameter. Our API guide has an example.",
     u"Ключ передаётся в заголовке Api-Key, а не в параметре запроса.", u"API rejects valid key with 401"},
    {u"domains-ssl", 3, RequestKind::Fixing, false, kDomainS, kDomainSR, kDomainO, kDomainOR,
     u"The A record still points to the old address; once it is updated, press \"Re-check SSL\".",
     u"A-запись ещё указывает на старый адрес; после исправления нажмите \"Перепроверить SSL\".",
     u"SSL stays pending although DNS is correct"},
    {u"postbacks", 6, RequestKind::Fixing, false, kPostbackS, kPostbackSR, kPostbackO, kPostbackOR,
     u"The network sends the click id as {subid}; the postback must use the same macro.",
     u"Сеть передаёт идентификатор клика как {subid}, в постбэке нужен тот же макрос.",
     u"Postbacks lost after domain change"},
    {u"reports", 2, RequestKind::Fixing, false, kReportS, kReportSR, kReportO, kReportOR,
     u"Reports use the time zone from the settings, the campaign page your browser's; set both the same.",
     u"Отчёты считаются в часовом поясе из настроек, а страница кампании в поясе браузера.",
     u"Report totals differ from campaign page"},
    {u"outage",
     0,
     RequestKind::Fixing,
     false,
     kDownS,
     kDownSR,
     kDownO,
     kDownOR,
     {},
     {},
     u"All clicks return 502 after worker restart"},
    {u"update", 7, RequestKind::Doing, false, kUpdateS, kUpdateSR, kUpdateO, kUpdateOR,
     u"Run the installer with --repair first; it downloads the package again and checks it.",
     u"Сначала запустите установщик с ключом --repair, он заново скачает и проверит пакет.",
     u"Updater reports checksum mismatch"},
    {u"wordpress", 6, RequestKind::Fixing, false, kWpS, kWpSR, kWpO, kWpOR,
     u"The plugin needs PHP 8.1; your site runs 7.4. Please update PHP in the hosting panel.",
     u"Плагину нужен PHP 8.1, а на сайте 7.4. Обновите PHP в панели хостинга.",
     u"WordPress plugin white screen on PHP 7.4"},
    {u"proposal-dark-mode", 0, RequestKind::Building, true, kDarkS, kDarkSR, kDarkO, kDarkOR, {}, {}, {}},
    {u"proposal-bulk-export", 1, RequestKind::Building, true, kExportS, kExportSR, kExportO, kExportOR, {}, {}, {}},
    {u"proposal-domains-ssl-recheck",
     3,
     RequestKind::Building,
     true,
     kSslRecheckS,
     kSslRecheckSR,
     kSslRecheckO,
     kSslRecheckOR,
     {},
     {},
     {}},
    {u"security",
     0,
     RequestKind::Fixing,
     false,
     kSecurityS,
     kSecuritySR,
     kSecurityO,
     kSecurityOR,
     {},
     {},
     u"Limited user can see IP addresses in click log"},
};

constexpr QStringView kExtraTags[] = {u"self-hosted", u"cloud",    u"how-to",  u"docs",
                                      u"onboarding",  u"accesses", u"weekend", u"follow-up"};
constexpr QStringView kCustomerTags[] = {u"agency",   u"media-buyer", u"self-hosted", u"cloud",
                                         u"reseller", u"trial",       u"churn-risk",  u"long-time"};

constexpr QStringView kFirstEn[] = {u"Alex",  u"Jamie", u"Morgan", u"Taylor", u"Casey",  u"Jordan", u"Riley", u"Avery",
                                    u"Quinn", u"Rowan", u"Emma",   u"Liam",   u"Olivia", u"Noah",   u"Sofia", u"Lucas",
                                    u"Mia",   u"Ethan", u"Chloe",  u"Daniel", u"Hannah", u"Marco",  u"Elena", u"Tomas",
                                    u"Nora",  u"Felix", u"Ines",   u"Hugo",   u"Leah",   u"Oscar"};
constexpr QStringView kLastEn[] = {
    u"Baker",  u"Carter", u"Ellis", u"Fisher",  u"Grant",     u"Hayes",  u"Irving",  u"Jensen", u"Keller", u"Lambert",
    u"Morris", u"Novak",  u"Owens", u"Pereira", u"Quinlan",   u"Reyes",  u"Schmidt", u"Turner", u"Vidal",  u"Walsh",
    u"Young",  u"Zimmer", u"Costa", u"Duarte",  u"Lindqvist", u"Moreau", u"Rossi",   u"Silva",  u"Weber",  u"Kowal"};
constexpr QStringView kFirstRuM[] = {u"Алексей", u"Дмитрий", u"Сергей",  u"Андрей", u"Михаил",
                                     u"Игорь",   u"Павел",   u"Николай", u"Илья",   u"Роман"};
constexpr QStringView kFirstRuF[] = {u"Анна",  u"Мария", u"Екатерина", u"Ольга",    u"Наталья",
                                     u"Ирина", u"Елена", u"Татьяна",   u"Светлана", u"Юлия"};
constexpr QStringView kLastRu[] = {u"Кузнецов", u"Смирнов", u"Попов", u"Соколов", u"Лебедев", u"Морозов",
                                   u"Волков",   u"Зайцев",  u"Орлов", u"Белов",   u"Фёдоров", u"Громов"};
constexpr QStringView kCompanyA[] = {u"Blue Harbor", u"Northfield", u"Silver Pine",  u"Red Kite",
                                     u"Bright Path", u"Quiet Lake", u"Stone Bridge", u"Green Valley",
                                     u"Open Sky",    u"Iron Gate",  u"Amber Leaf",   u"Swift River"};
constexpr QStringView kCompanyB[] = {u"Media", u"Labs",  u"Digital",  u"Traffic",
                                     u"Ads",   u"Group", u"Partners", u"Studio"};

constexpr QStringView kDetailsEn[] = {
    u"It started after yesterday's update.",          u"We are on the latest version.",
    u"Nothing changed on our side as far as I know.", u"A screenshot is attached; the error text is in the message.",
    u"This affects two of our team members.",         u"Could you have a look today?"};
constexpr QStringView kDetailsRu[] = {u"Началось после вчерашнего обновления.", u"Версия последняя.",
                                      u"У нас ничего не менялось.", u"Посмотрите, пожалуйста, сегодня."};
constexpr QStringView kFollowEn[] = {u"Thanks, I tried that but the problem is still there.",
                                     u"Here are the steps: 1. open the campaign, 2. press Save, 3. the error appears.",
                                     u"I added the tracker and server accesses to the form you sent.",
                                     u"That worked, thank you!",
                                     u"Any news on this? Our campaigns are waiting.",
                                     u"The error text is: \"Request failed with status 500\"."};
constexpr QStringView kFollowRu[] = {u"Спасибо, попробовал, но проблема осталась.",
                                     u"Доступы к трекеру и серверу добавил в форму.", u"Заработало, спасибо!",
                                     u"Есть новости? Кампании стоят."};
constexpr QStringView kAgentFollowEn[] = {
    u"Could you send the exact steps, what you see and what you expected to see?",
    u"To check this we need access to the tracker admin and the server. Please add them in the secure form.",
    u"Thank you, the accesses work. Our developers are looking at it now.",
    u"The weekend is coming, so we will continue with this on Monday and write to you then.",
    u"We have found the cause and a fix will be in the next update. Meanwhile the workaround below helps.",
    u"Our estimate is three working days; we will write as soon as there is news."};
constexpr QStringView kAgentFollowRu[] = {
    u"Пришлите, пожалуйста, точные шаги, что вы видите и что ожидали увидеть.",
    u"Пришлите, пожалуйста, доступы в трекер и на сервер. До вторника всё проверим.",
    u"Спасибо, доступы работают. Разработчики уже смотрят.",
    u"Причину нашли, исправление будет в следующем обновлении."};
constexpr QStringView kProposalFollowEn[] = {u"Thanks! Any idea when it might come?",
                                             u"+1 from my colleague as well, we would both use it."};
constexpr QStringView kProposalFollowRu[] = {u"Спасибо! А примерно когда это может появиться?"};
constexpr QStringView kProposalAgentEn[] = {u"No date yet: it is on our proposal list and every request like yours "
                                            u"moves it up. We will write when it is planned."};
constexpr QStringView kProposalAgentRu[] = {
    u"Сроков пока нет: предложение в списке, и каждый такой запрос поднимает его выше. Напишем, когда запланируем."};

// Closing words per resolution (R36), in the order of the schema's resolution values.
constexpr QStringView kClosingEn[] = {
    u"Glad it works now. If anything else comes up, just reply here.",
    u"The workaround should keep you going; the defect is filed and we will update you at each stage.",
    u"We have not heard back for a while, so I am marking this as solved; a reply reopens it.",
    u"The fix is in the latest update. Thank you for your patience and the detailed steps!",
    u"Your request is on our proposal list; I am closing this ticket, the proposal stays open."};
constexpr QStringView kClosingRu[] = {
    u"Рады, что всё заработало. Если что-то ещё, просто ответьте на это письмо.",
    u"Обходной путь должен помочь; ошибку передали разработчикам и сообщим о каждом этапе.",
    u"Давно не получали ответа, поэтому отмечаем вопрос решённым; ответ на письмо откроет его снова.",
    u"Исправление вошло в последнее обновление. Спасибо за терпение и подробные шаги!",
    u"Запрос добавлен в список предложений; этот тикет закрываем, предложение остаётся."};
constexpr QStringView kResolutions[] = {u"customer_confirmed", u"workaround_and_defect", u"no_response",
                                        u"defect_fixed", u"feature_requested"};
constexpr QStringView kHandoffReasons[] = {
    u"My shift ends; the customer is sending the server log within the hour.",
    u"On holiday from tomorrow. Workaround given, waiting for their confirmation.",
    u"Needs someone who knows the billing side; the invoice numbers are in my note.",
    u"The customer prefers a Russian speaker for the call on Thursday.",
    u"Reproduced on 3.5.0; please follow the bug report and update them at each stage.",
};

constexpr QStringView kNotes[] = {u"Reproduced on the latest version on staging; filing a bug report.",
                                  u"Accesses checked myself: tracker admin OK, server SSH OK.",
                                  u"Customer has a custom nginx config, see the pinned note on the card.",
                                  u"Asked in the team channel; the integrations owner will look after lunch.",
                                  u"Estimate given to the customer: 3 days (internal estimate 1 day).",
                                  u"Customer asked for my SSH key; sent the team's shared public key instead.",
                                  u"Security-related: keep this ticket private, do not link it in public channels.",
                                  u"Same question as last month, see the earlier ticket from this customer.",
                                  u"Error from the screenshot as text: \"Request failed with status 500\"."};
constexpr QStringView kCustomerNotes[] = {u"Runs the tracker on their own server behind a custom nginx config.",
                                          u"Prefers e-mail over chat; answers in the evening.",
                                          u"Asked twice for a discount: policy says no, stay friendly.",
                                          u"Large account, several media buyers share one login.",
                                          u"Speaks Russian, English is fine too.",
                                          u"Had a long outage in spring; be extra careful with updates.",
                                          u"Uses the API heavily for reports."};
// R26: one of QA's notes for each decline reason, in the order of DeclineReason.
constexpr QStringView kDecline[][2] = {
    {u"steps", u"The steps need changing: the filter must be saved before export."},
    {u"as_designed", u"Expected by the current logic: the report uses the account time zone."},
    {u"update_version", u"Not reproduced on the latest version; please update first."},
    {u"cannot_reproduce", u"Tried on a clean instance and on the customer's copy; no error either time."},
    {u"duplicate", u"Same root cause as an earlier report; following it there."}};

constexpr ProposalText kProposals[] = {
    {u"proposal-dark-mode", u"Dark mode for the admin panel", u"A dark theme for people who work at night."},
    {u"proposal-bulk-export", u"Bulk export of campaigns", u"Export all campaigns with their flows to one file."},
    {u"proposal-domains-ssl-recheck", u"Re-check SSL after DNS changes",
     u"Re-check pending certificates automatically once DNS points to the server.",
     u"The tracker already re-checks pending certificates every hour; the button is for the impatient."},
    {u"proposal-report-schedule", u"Scheduled report e-mails", u"Send a chosen report every morning by e-mail."},
    {u"proposal-two-factor-backup", u"Backup codes for two-factor login", u"One-time codes for a lost phone."},
    {u"proposal-api-webhooks", u"Webhooks for conversions", u"Call a URL of ours when a conversion arrives."},
};

QString join(std::initializer_list<QStringView> parts, QChar sep)
{
    QString out;
    for (QStringView p : parts) {
        if (p.isEmpty())
            continue;
        if (!out.isEmpty())
            out += sep;
        out += p;
    }
    return out;
}

} // namespace

std::span<const Topic> topics()
{
    return kTopics;
}
std::span<const QStringView> productAreas()
{
    return kAreas;
}
std::span<const QStringView> extraTicketTags()
{
    return kExtraTags;
}
std::span<const QStringView> customerTags()
{
    return kCustomerTags;
}

QStringView tagDescription(QStringView tag)
{
    if (tag.startsWith(u"proposal-"))
        return u"A feature customers ask for";
    if (tag == u"outage" || tag == u"security")
        return u"Critical: gather the team";
    return {};
}

Person englishName(Dice &dice)
{
    return {dice.pick(kFirstEn).toString(), dice.pick(kLastEn).toString()};
}

Person russianName(Dice &dice)
{
    const bool female = dice.chance(0.5);
    QString last = dice.pick(kLastRu).toString();
    if (female)
        last += u'а';
    return {(female ? dice.pick(kFirstRuF) : dice.pick(kFirstRuM)).toString(), last};
}

QString companyName(Dice &dice)
{
    return dice.pick(kCompanyA) + u' ' + dice.pick(kCompanyB);
}

QString slug(QStringView text)
{
    // Transliteration keeps Russian names readable in addresses instead of dropping them.
    static constexpr QStringView ru = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    static constexpr const char *lat[] = {"a",  "b",  "v",  "g",  "d",   "e", "e", "zh", "z", "i",  "y",
                                          "k",  "l",  "m",  "n",  "o",   "p", "r", "s",  "t", "u",  "f",
                                          "kh", "ts", "ch", "sh", "sch", "",  "y", "",   "e", "yu", "ya"};
    QString out;
    for (QChar c : text.toString().toLower()) {
        const qsizetype i = ru.indexOf(c);
        if (i >= 0)
            out += QLatin1StringView(lat[i]);
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (c == u' ' || c == u'-' || c == u'.')
            out += u'.';
    }
    return out;
}

QString customerOpening(Dice &dice, const Topic &topic, const Person &customer, bool russian)
{
    if (russian)
        return join({u"Здравствуйте!", dice.pick(topic.openingsRu), dice.pick(kDetailsRu)}, u' ') + u"\n\n"
            + customer.first;
    return u"Hello,\n\n"_s + join({dice.pick(topic.openingsEn), dice.pick(kDetailsEn)}, u' ') + u"\n\n"
        + customer.first;
}

QString customerFollowUp(Dice &dice, const Topic &topic, bool russian)
{
    if (topic.proposal)
        return (russian ? dice.pick(kProposalFollowRu) : dice.pick(kProposalFollowEn)).toString();
    return (russian ? dice.pick(kFollowRu) : dice.pick(kFollowEn)).toString();
}

QString agentFirstReply(Dice &dice, const Topic &topic, QStringView complexity, const Person &customer,
                        QStringView agentFirst, bool russian)
{
    QStringView body;
    if (complexity == u"simple" && !topic.answerEn.isEmpty())
        body = russian ? topic.answerRu : topic.answerEn;
    else if (complexity == u"critical")
        body = russian ? u"Получили ваш запрос, уже собрали команду и занимаемся им в первую очередь."
                       : u"We have received your request and the team is on it right now. We will update you "
                         u"within the hour.";
    else if (complexity == u"proposal")
        body = russian ? u"Спасибо за идею! Мы добавили её в список предложений и оценим."
                       : u"Thank you for the idea! We have added it to our proposal list and will evaluate it.";
    else
        body = russian ? u"Получили ваш запрос. Разберёмся и вернёмся, как только будут результаты."
                       : u"We have received your request and will get back to you as soon as we have results.";
    const QString hello = russian
        ? QString((dice.chance(0.5) ? u"Здравствуйте, "_s : u"Добрый день, "_s) + customer.first + u'!')
        : QString((dice.chance(0.5) ? u"Hi "_s : u"Hello "_s) + customer.first + u',');
    return hello + u"\n\n" + body + u"\n\n" + agentFirst;
}

QString agentFollowUp(Dice &dice, const Topic &topic, QStringView agentFirst, bool russian)
{
    if (topic.proposal)
        return (russian ? dice.pick(kProposalAgentRu) : dice.pick(kProposalAgentEn)) + u"\n\n" + agentFirst;
    return (russian ? dice.pick(kAgentFollowRu) : dice.pick(kAgentFollowEn)) + u"\n\n" + agentFirst;
}

QString agentClosing(QStringView resolution, QStringView agentFirst, bool russian)
{
    const auto found = std::find(std::begin(kResolutions), std::end(kResolutions), resolution);
    const auto index = found == std::end(kResolutions) ? 0 : found - std::begin(kResolutions);
    return (russian ? kClosingRu[index] : kClosingEn[index]) + u"\n\n" + agentFirst;
}

QString internalNote(Dice &dice)
{
    return dice.pick(kNotes).toString();
}
QString handoffReason(qint64 ticket)
{
    return kHandoffReasons[size_t(ticket) % std::size(kHandoffReasons)].toString();
}
QString customerNote(Dice &dice)
{
    return dice.pick(kCustomerNotes).toString();
}
std::pair<QString, QString> declineReason(int index)
{
    const auto &reason = kDecline[size_t(index) % std::size(kDecline)];
    return {reason[0].toString(), reason[1].toString()};
}

QString supportProfileJson(Dice &dice, QStringView ownerName)
{
    static constexpr QStringView channels[] = {u"slack", u"email", u"phone"};
    QJsonObject profile;
    profile[u"preferredChannel"] = dice.pick(channels).toString();
    profile[u"successOwner"] = ownerName.toString();
    profile[u"updateCadence"] = dice.chance(0.5) ? u"each stage"_s : u"daily while blocked"_s;
    profile[u"agreements"] = u"First response within 1 business hour; bug updates at each stage."_s;
    profile[u"exceptions"] = dice.chance(0.3) ? u"Calls outside the shift only when booked 2 days ahead."_s : QString();
    profile[u"escalationContacts"] = QJsonArray{u"ops lead"_s, u"CTO"_s};
    return QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact));
}

QString bugFieldsJson(Dice &dice, const Topic &topic, qint64 ticketId, QStringView version, QStringView severity)
{
    // Keys and option texts of the shipped tracker-bug form (resources/templates/tracker-bug.yml).
    static constexpr QStringView browsers[] = {u"Firefox 133", u"Chrome 131", u"Safari 18", u"Edge 131"};
    static constexpr QStringView severities[][2] = {{u"low", u"Low: a workaround exists"},
                                                    {u"medium", u"Medium: the customer is blocked"},
                                                    {u"high", u"High: all customers are blocked"},
                                                    {u"critical", u"Critical: the platform is offline"}};
    QJsonObject fields;
    fields[u"dialogue-link"] = QString(u"casebook://ticket/"_s + QString::number(ticketId));
    fields[u"fix-version"] = version.toString();
    fields[u"background"] =
        QString(u"Settings: default\nPermissions: admin\nBrowser and version: "_s + dice.pick(browsers));
    fields[u"steps"] = u"1. Log in as admin\n2. Open the affected page\n3. Repeat the action from the ticket"_s;
    fields[u"actual"] = dice.pick(topic.openingsEn).toString();
    fields[u"expected"] = u"The action completes without an error."_s;
    if (dice.chance(0.6)) // R27: the error written out as text
        fields[u"error-text"] = u"Request failed with status 500 (Internal Server Error)"_s;
    fields[u"instance"] = QString(u"instance-"_s + QString::number(1000 + ticketId % 9000) + u".tracker.example"_s);
    if (dice.chance(0.5))
        fields[u"item"] = QString(u"campaign "_s + QString::number(dice.between(100, 9999)));
    if (dice.chance(0.3))
        fields[u"video"] = QString(u"https://video.example/"_s + QString::number(ticketId, 36));
    fields[u"accesses"] = dice.chance(0.5) ? QJsonArray{u"Tracker"_s, u"Server"_s} : QJsonArray{u"Tracker"_s};
    for (const auto &[name, text] : severities) {
        if (name == severity)
            fields[u"severity"] = text.toString();
    }
    fields[u"product-area"] = kAreas[size_t(topic.area) % std::size(kAreas)].toString();
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

std::span<const ProposalText> proposals()
{
    return kProposals;
}

} // namespace Casebook::DemoText
