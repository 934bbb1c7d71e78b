<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Casebook::AddToProposalDialog</name>
    <message>
        <source>Add to Proposals</source>
        <translation>Добавить в предложения</translation>
    </message>
    <message>
        <source>What does the customer ask for? Existing proposals appear as you type.</source>
        <translation>Что просит клиент? По мере ввода появляются уже существующие предложения.</translation>
    </message>
    <message>
        <source>No quote</source>
        <translation>Без цитаты</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s words:</source>
        <translation>Слова клиента:</translation>
    </message>
    <message>
        <source>+1 This Proposal</source>
        <translation>+1 к этому предложению</translation>
    </message>
    <message>
        <source>Create New Proposal</source>
        <translation>Создать новое предложение</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n request(s), %2</source>
        <extracomment>A duplicate-search hit: title, frequency and status</extracomment>
        <translation>
            <numerusform>%1 — %n запрос, %2</numerusform>
            <numerusform>%1 — %n запроса, %2</numerusform>
            <numerusform>%1 — %n запросов, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>this ticket counts already</source>
        <translation>это обращение уже учтено</translation>
    </message>
    <message>
        <source>+1 one of these if it is the same request; create a new one only if none is.</source>
        <translation>Поставьте +1 одному из них, если это тот же запрос; создавайте новое, только если ни одно не подходит.</translation>
    </message>
    <message>
        <source>No proposal like this yet: create it.</source>
        <translation>Похожих предложений пока нет: создайте новое.</translation>
    </message>
    <message>
        <source>Search proposals</source>
        <translation>Поиск предложений</translation>
    </message>
    <message>
        <source>Matching proposals</source>
        <translation>Подходящие предложения</translation>
    </message>
</context>
<context>
    <name>Casebook::AgentLoadModel</name>
    <message numerus="yes">
        <source>%1: %n open</source>
        <translation>
            <numerusform>%1: %n открытое</numerusform>
            <numerusform>%1: %n открытых</numerusform>
            <numerusform>%1: %n открытых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held long</source>
        <translation>
            <numerusform>%n давно в работе</numerusform>
            <numerusform>%n давно в работе</numerusform>
            <numerusform>%n давно в работе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) held past the team&apos;s limit; offer help.</source>
        <translation>
            <numerusform>%n обращение удерживается дольше лимита команды; предложите помощь.</numerusform>
            <numerusform>%n обращения удерживаются дольше лимита команды; предложите помощь.</numerusform>
            <numerusform>%n обращений удерживаются дольше лимита команды; предложите помощь.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::AgentLoadPanel</name>
    <message>
        <source>Open tickets per agent</source>
        <translation>Открытые обращения по агентам</translation>
    </message>
    <message>
        <source>Ask for help when your queue is long; offer it when a teammate&apos;s is.</source>
        <translation>Просите помощи, когда ваша очередь велика; предлагайте её, когда велика очередь коллеги.</translation>
    </message>
</context>
<context>
    <name>Casebook::AgentStore</name>
    <message>
        <source>Agent %1 does not exist.</source>
        <translation>Сотрудника %1 нет.</translation>
    </message>
    <message>
        <source>An agent needs a login and a name.</source>
        <translation>У агента должны быть логин и имя.</translation>
    </message>
    <message>
        <source>Mail is checked every 30 or every 60 minutes.</source>
        <translation>Почту проверяют каждые 30 или каждые 60 минут.</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>Логин %1 уже занят.</translation>
    </message>
    <message>
        <source>Someone else changed %1 first; reload to see it.</source>
        <translation>Кто-то другой уже изменил «%1»; обновите, чтобы увидеть изменения.</translation>
    </message>
</context>
<context>
    <name>Casebook::Analytics</name>
    <message>
        <source>Tagging</source>
        <translation>Расстановка меток</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Популярные метки</translation>
    </message>
    <message>
        <source>Volume and backlog</source>
        <translation>Объём и бэклог</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Скорость ответа</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Bug reports and proposals</source>
        <translation>Отчёты об ошибках и предложения</translation>
    </message>
    <message>
        <source>Focus tags: the month before and this month, per 1,000 tickets</source>
        <translation>Фокусные метки: прошлый и текущий месяц, на 1000 обращений</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Per 1,000 before</source>
        <translation>На 1000 (прошлый)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Per 1,000 now</source>
        <translation>На 1000 (сейчас)</translation>
    </message>
    <message>
        <source>Load per agent</source>
        <translation>Загрузка по агентам</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Held now</source>
        <translation>Сейчас в работе</translation>
    </message>
    <message>
        <source>Long held</source>
        <translation>Давно в работе</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Взято</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Bug reports by verdict</source>
        <translation>Отчёты об ошибках по решениям</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <extracomment>R26: a declined bug report&apos;s row in a chart, %1 the reason</extracomment>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Bug reports by product area and severity</source>
        <translation>Отчёты об ошибках по областям продукта и серьёзности</translation>
    </message>
    <message>
        <source>Product area</source>
        <translation>Область продукта</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>Без области</translation>
    </message>
    <message>
        <source>Top proposals by score</source>
        <translation>Лучшие предложения по рейтингу</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Requests of the top proposals per customer tier</source>
        <translation>Запросы лучших предложений по уровням клиентов</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Tickets tagged (goal %1 %)</source>
        <translation>Обращения с метками (цель %1 %)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Tagged %</source>
        <translation>С метками, %</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>С метками</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Без меток</translation>
    </message>
    <message>
        <source>Untagged tickets by agent</source>
        <translation>Обращения без меток по агентам</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Top 10 tags against the period before</source>
        <translation>Топ-10 меток в сравнении с прошлым периодом</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Прошлый период</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Created, solved and open per day</source>
        <translation>Создано, решено и открыто по дням</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Open at the day&apos;s end</source>
        <translation>Открыто на конец дня</translation>
    </message>
    <message>
        <source>Tickets by channel and complexity</source>
        <translation>Обращения по каналам и сложности</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Open tickets by who acts next</source>
        <translation>Открытые обращения: чей следующий шаг</translation>
    </message>
    <message>
        <source>Acts next</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Waiting (on hold)</source>
        <translation>Ожидание (приостановлен)</translation>
    </message>
    <message>
        <source>First responses against the SLA</source>
        <translation>Первые ответы относительно SLA</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>Политика SLA</translation>
    </message>
    <message>
        <source>Answered</source>
        <extracomment>A column of the response times: the number of answered tickets</extracomment>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушено</translation>
    </message>
    <message>
        <source>Within SLA %</source>
        <translation>В рамках SLA, %</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Без политики</translation>
    </message>
    <message>
        <source>SLA breaches by severity</source>
        <translation>Нарушения SLA по серьёзности</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>First response late</source>
        <translation>Первый ответ просрочен</translation>
    </message>
    <message>
        <source>Critical reaction late</source>
        <translation>Реакция на критическое просрочена</translation>
    </message>
    <message>
        <source>Response times in business hours</source>
        <translation>Время ответа в рабочих часах</translation>
    </message>
    <message>
        <source>First response
median, h</source>
        <extracomment>&quot;h&quot;: hours of the team&apos;s working time, as in the whole figure</extracomment>
        <translation>Первый ответ
медиана, ч</translation>
    </message>
    <message>
        <source>First response
p90, h</source>
        <translation>Первый ответ
p90, ч</translation>
    </message>
    <message>
        <source>First response
SLA target, h</source>
        <translation>Первый ответ
цель SLA, ч</translation>
    </message>
    <message>
        <source>Next
responses</source>
        <extracomment>A column of the response times: how many next responses were measured</extracomment>
        <translation>Следующих
ответов</translation>
    </message>
    <message>
        <source>Next response
median, h</source>
        <translation>Следующий ответ
медиана, ч</translation>
    </message>
    <message>
        <source>Next response
p90, h</source>
        <translation>Следующий ответ
p90, ч</translation>
    </message>
    <message>
        <source>Next response
SLA target, h</source>
        <translation>Следующий ответ
цель SLA, ч</translation>
    </message>
    <message>
        <source>Premium customers</source>
        <translation>Клиенты Premium</translation>
    </message>
    <message>
        <source>Standard customers</source>
        <translation>Клиенты Standard</translation>
    </message>
    <message>
        <source>Severity not rated</source>
        <translation>Серьёзность без оценки</translation>
    </message>
    <message>
        <source>The stored response times disagree with their counts.</source>
        <translation>Сохранённое время ответов не совпадает с их счётчиками.</translation>
    </message>
</context>
<context>
    <name>Casebook::AnalyticsSection</name>
    <message>
        <source>Folder for the Monthly Report</source>
        <translation>Папка для ежемесячного отчёта</translation>
    </message>
    <message>
        <source>The figures could not be counted: %1</source>
        <translation>Не удалось подсчитать показатели: %1</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>The kinds of period the Analytics section shows</extracomment>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Choose Focus Tags…</source>
        <translation>Выбрать фокусные метки…</translation>
    </message>
    <message>
        <source>Pick two or three of last month&apos;s top 10 tags to work on this month</source>
        <translation>Выберите две или три метки из топ-10 прошлого месяца, над которыми работать в этом месяце</translation>
    </message>
    <message>
        <source>Monthly Report…</source>
        <translation>Ежемесячный отчёт…</translation>
    </message>
    <message>
        <source>Write the month&apos;s review as Markdown and PNG charts into a folder and copy the Markdown</source>
        <translation>Записать обзор месяца в папку (Markdown и диаграммы PNG) и скопировать Markdown</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <source>Recomputing the response times for the team&apos;s working hours; until then the charts show the previous figures.</source>
        <translation>Время ответов пересчитывается по рабочим часам команды; до тех пор на графиках прежние цифры.</translation>
    </message>
</context>
<context>
    <name>Casebook::AnalyticsTexts</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A week on a chart&apos;s axis: %1 its first day, %2 its last</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year: %1 its number (1-4), %2 the year</extracomment>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A span of days: %1 the first, %2 the last</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Casebook::Application</name>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Casebook has no translation for &quot;%1&quot;; it speaks English.</source>
        <translation>Для «%1» в Casebook нет перевода; интерфейс будет на английском.</translation>
    </message>
    <message>
        <source>Creating the demo database in %1…</source>
        <translation>Создаётся демонстрационная база данных в %1…</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Создаётся демонстрационная база данных…</translation>
    </message>
    <message>
        <source>Casebook could not open %1.

%2</source>
        <translation>Casebook не удалось открыть %1.

%2</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Choose another database in the Settings that follow.</source>
        <translation>Выберите другую базу данных в открывающихся настройках.</translation>
    </message>
    <message>
        <source>Casebook could not open %1.

%2

It keeps using %3.</source>
        <translation>Casebook не удалось открыть %1.

%2

Работа продолжается с %3.</translation>
    </message>
    <message>
        <source>The shipped bug-report templates could not be stored: %1</source>
        <translation>Не удалось сохранить встроенные шаблоны отчётов об ошибках: %1</translation>
    </message>
    <message>
        <source>--check-template needs at least one file.</source>
        <translation>Для --check-template нужно указать хотя бы один файл.</translation>
    </message>
    <message>
        <source>The demo could not be moved to today: %1</source>
        <translation>Не удалось перенести демоданные на сегодня: %1</translation>
    </message>
    <message>
        <source>The shipped canned replies could not be stored: %1</source>
        <translation>Не удалось сохранить встроенные шаблоны ответов: %1</translation>
    </message>
    <message>
        <source>Welcome to Casebook</source>
        <translation>Добро пожаловать в Casebook</translation>
    </message>
    <message>
        <source>This database has no people yet. You will be its first admin.
Your name:</source>
        <translation>В этой базе данных пока нет ни одного пользователя. Вы станете её первым администратором.
Ваше имя:</translation>
    </message>
    <message>
        <source>Cannot Add You</source>
        <translation>Не удалось добавить вас</translation>
    </message>
    <message>
        <source>Casebook could not make you the first admin: %1</source>
        <translation>Casebook не удалось назначить вас первым администратором: %1</translation>
    </message>
    <message>
        <source>Password Not Remembered</source>
        <translation>Пароль не сохранён</translation>
    </message>
    <message>
        <source>The system keychain did not take the password (%1). Casebook will ask for it, or read CASEBOOK_PGPASSWORD, next time.</source>
        <translation>Системная связка ключей не приняла пароль (%1). В следующий раз Casebook запросит его или прочитает CASEBOOK_PGPASSWORD.</translation>
    </message>
    <message>
        <source>Casebook could not upgrade %1.
%2</source>
        <translation>Casebook не удалось обновить %1.
%2</translation>
    </message>
    <message>
        <source>%1 has schema %2, the newest this Casebook knows.</source>
        <extracomment>%1 is the database, %2 the schema number</extracomment>
        <translation>У базы данных %1 схема %2 — самая новая из известных этой версии Casebook.</translation>
    </message>
    <message>
        <source>Casebook Closed Unexpectedly</source>
        <translation>Casebook неожиданно закрылся</translation>
    </message>
    <message>
        <source>Casebook closed unexpectedly last time. A short report was saved as %1.

It holds the version, where the program stopped and what it was busy with, never customer text or secrets. Please attach it when you report the problem.</source>
        <translation>В прошлый раз Casebook неожиданно закрылся. Краткий отчёт сохранён как %1.

В нём версия, место, где программа остановилась, и чем она была занята, но никогда не текст клиентов и не секреты. Приложите его, когда будете сообщать о проблеме.</translation>
    </message>
    <message>
        <source>Checking the database file…</source>
        <translation>Проверка файла базы данных…</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of Casebook…</source>
        <translation>Обновление базы данных для этой версии Casebook…</translation>
    </message>
</context>
<context>
    <name>Casebook::AssignmentPanel</name>
    <message>
        <source>Merged into #%1 %2</source>
        <translation>Объединено с #%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2 was merged here</source>
        <translation>#%1 %2 объединено с этим обращением</translation>
    </message>
    <message>
        <source>Follows up #%1 %2</source>
        <translation>Продолжение #%1 %2</translation>
    </message>
    <message>
        <source>Followed up by #%1 %2</source>
        <translation>Продолжено в #%1 %2</translation>
    </message>
    <message>
        <source>Related: #%1 %2</source>
        <translation>Связано: #%1 %2</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Взять</translation>
    </message>
    <message>
        <source>Make this ticket yours; one agent is accountable at a time.</source>
        <translation>Взять обращение себе; за обращение одновременно отвечает только один агент.</translation>
    </message>
    <message>
        <source>Hand &amp;Off…</source>
        <translation>&amp;Передать…</translation>
    </message>
    <message>
        <source>&amp;Escalate to Lead…</source>
        <translation>&amp;Эскалировать руководителю смены…</translation>
    </message>
    <message>
        <source>A side task: docs update, testing… (does not keep the ticket open)</source>
        <translation>Побочная задача: обновить документацию, протестировать… (не держит обращение открытым)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>С&amp;вязать…</translation>
    </message>
    <message>
        <source>Copy as &amp;Internal Message</source>
        <translation>Копировать как &amp;внутреннее сообщение</translation>
    </message>
    <message>
        <source>The customer&apos;s words, links, tasks and access names for the team chat; never notes or secrets.</source>
        <translation>Слова клиента, ссылки, задачи и названия доступов для командного чата; никогда — заметки или секреты.</translation>
    </message>
    <message>
        <source>Copy Lin&amp;k</source>
        <translation>Копировать сс&amp;ылку</translation>
    </message>
    <message>
        <source>Side tasks</source>
        <translation>Побочные задачи</translation>
    </message>
    <message>
        <source>Linked tickets</source>
        <translation>Связанные обращения</translation>
    </message>
    <message>
        <source>No ticket selected.</source>
        <translation>Обращение не выбрано.</translation>
    </message>
    <message>
        <source>This ticket is closed; a customer writing again opens a follow-up.</source>
        <translation>Это обращение закрыто; если клиент напишет снова, откроется новое обращение-продолжение.</translation>
    </message>
    <message>
        <source>Nobody holds this ticket yet.</source>
        <translation>Это обращение пока никто не взял.</translation>
    </message>
    <message>
        <source>Handed to you: take it over to tell the team you continue.</source>
        <translation>Обращение передано вам: заберите его себе, чтобы команда знала, что вы продолжаете.</translation>
    </message>
    <message>
        <source>You hold this ticket.</source>
        <translation>Это обращение у вас.</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Забрать себе</translation>
    </message>
    <message>
        <source>Held by %1.</source>
        <translation>Обращение у сотрудника %1.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message numerus="yes">
        <source>Held by one agent for more than %n business day(s): a teammate could offer help.</source>
        <translation>
            <numerusform>Обращение больше %n рабочего дня у одного агента: коллега мог бы предложить помощь.</numerusform>
            <numerusform>Обращение больше %n рабочих дней у одного агента: коллега мог бы предложить помощь.</numerusform>
            <numerusform>Обращение больше %n рабочих дней у одного агента: коллега мог бы предложить помощь.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket is yours.</source>
        <translation>Обращение теперь ваше.</translation>
    </message>
    <message>
        <source>Escalated. Tell the customer who continues.</source>
        <translation>Эскалировано. Сообщите клиенту, кто продолжит работу.</translation>
    </message>
    <message>
        <source>Handed off. Tell the customer who continues.</source>
        <translation>Передано. Сообщите клиенту, кто продолжит работу.</translation>
    </message>
    <message>
        <source>Merge Into Another Ticket</source>
        <translation>Объединение с другим обращением</translation>
    </message>
    <message>
        <source>Link a Related Ticket</source>
        <translation>Связь с другим обращением</translation>
    </message>
    <message>
        <source>Number of the ticket that stays (messages, notes, tags and tasks move there):</source>
        <translation>Номер обращения, которое останется (сообщения, заметки, метки и задачи перейдут в него):</translation>
    </message>
    <message>
        <source>Number of the related ticket:</source>
        <translation>Номер связанного обращения:</translation>
    </message>
    <message>
        <source>Linked to #%1.</source>
        <translation>Связано с #%1.</translation>
    </message>
    <message>
        <source>Merge Tickets</source>
        <translation>Объединение обращений</translation>
    </message>
    <message>
        <source>Merge #%1 into #%2? #%1 is closed and points to #%2; this cannot be undone.</source>
        <translation>Объединить #%1 с #%2? #%1 будет закрыто и будет ссылаться на #%2; это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Merged into #%1.</source>
        <translation>Объединено с #%1.</translation>
    </message>
    <message>
        <source>Copied as an internal message.</source>
        <translation>Скопировано как внутреннее сообщение.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Скопировано: %1.</translation>
    </message>
    <message>
        <source>Take Ticket</source>
        <extracomment>%1 is the time the agent&apos;s shift ends, such as 18:00</extracomment>
        <translation>Взять тикет</translation>
    </message>
    <message>
        <source>Your shift ends at %1. In the last half hour no new dialogues are taken. Take this ticket anyway?</source>
        <translation>Ваша смена заканчивается в %1. В последние полчаса новые диалоги не берут. Всё равно взять этот тикет?</translation>
    </message>
    <message>
        <source>New side task…</source>
        <translation>Новая задача…</translation>
    </message>
</context>
<context>
    <name>Casebook::AttachmentBar</name>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>%1 is a program: Casebook does not open programs from mail. Save it and check it first.</source>
        <extracomment>%1 is the file name</extracomment>
        <translation>%1 — это программа: Casebook не открывает программы из писем. Сохраните файл и сначала проверьте его.</translation>
    </message>
    <message>
        <source>No application here opens %1. Save it and open it yourself.</source>
        <extracomment>%1 is the file name</extracomment>
        <translation>Здесь нет приложения, которое открывает %1. Сохраните файл и откройте его сами.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <extracomment>%1 is the path, %2 the system&apos;s reason</extracomment>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
</context>
<context>
    <name>Casebook::AttachmentChips</name>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 file name, %2 why it could not be read</extracomment>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an attached file&apos;s chip: %1 file name, %2 size such as &quot;18 KB&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Убрать %1</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 больше нет на прежнем месте.</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <extracomment>a draft&apos;s attached file that can no longer be read: %1 file name</extracomment>
        <translation>%1 (файла больше нет)</translation>
    </message>
</context>
<context>
    <name>Casebook::AttachmentStore</name>
    <message>
        <source>The attachment is gone.</source>
        <translation>Вложение больше не существует.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Casebook::AttachmentsModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an attachment in the bar under the thread: %1 file name, %2 size such as &quot;18 KB&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2, %3
from the mail of %4</source>
        <extracomment>%1 file name, %2 size, %3 type, %4 when the mail came</extracomment>
        <translation>%1
%2, %3
из письма от %4</translation>
    </message>
    <message>
        <source>A program: Casebook saves it but does not open it.</source>
        <translation>Программа: Casebook сохраняет её, но не открывает.</translation>
    </message>
</context>
<context>
    <name>Casebook::BugReport</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <extracomment>A bug report waiting for QA&apos;s verdict</extracomment>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Тестовый стенд</translation>
    </message>
    <message>
        <source>Canary/GA</source>
        <extracomment>Release stage: canary or general availability</extracomment>
        <translation>Canary/GA</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Бэклог</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>The steps need changing</source>
        <translation>Шаги нужно изменить</translation>
    </message>
    <message>
        <source>Works as designed</source>
        <translation>Работает как задумано</translation>
    </message>
    <message>
        <source>Update to the latest version</source>
        <translation>Обновитесь до последней версии</translation>
    </message>
    <message>
        <source>Cannot reproduce</source>
        <translation>Не удаётся воспроизвести</translation>
    </message>
    <message>
        <source>Duplicate of another report</source>
        <translation>Дубликат другого отчёта</translation>
    </message>
    <message>
        <source>Product area owner</source>
        <translation>Ответственный за область продукта</translation>
    </message>
    <message>
        <source>Duty agent</source>
        <translation>Дежурный агент</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Все руководители смен</translation>
    </message>
    <message>
        <source>Everyone on shift</source>
        <translation>Все, кто на смене</translation>
    </message>
    <message>
        <source>Low: a workaround exists</source>
        <translation>Низкая: есть обходное решение</translation>
    </message>
    <message>
        <source>Medium: the customer is blocked</source>
        <translation>Средняя: работа клиента заблокирована</translation>
    </message>
    <message>
        <source>High: all customers are blocked</source>
        <translation>Высокая: работа всех клиентов заблокирована</translation>
    </message>
    <message>
        <source>Critical: the platform is offline</source>
        <translation>Критическая: платформа недоступна</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>%1 submitted the report</source>
        <translation>%1 отправил(а) отчёт</translation>
    </message>
    <message>
        <source>The product area has no owner</source>
        <translation>У области продукта нет ответственного</translation>
    </message>
    <message>
        <source>Assigned to the area&apos;s owner, %1</source>
        <translation>Назначено ответственному за область: %1</translation>
    </message>
    <message>
        <source>Escalation route: %1</source>
        <extracomment>%1 lists who is notified for the report&apos;s severity (R28)</extracomment>
        <translation>Маршрут эскалации: %1</translation>
    </message>
    <message>
        <source>%1 accepted the report; task: %2</source>
        <translation>%1 принял(а) отчёт; задача: %2</translation>
    </message>
    <message>
        <source>%1 declined the report: %2</source>
        <translation>%1 отклонил(а) отчёт: %2</translation>
    </message>
    <message>
        <source>%1 set the verdict to %2</source>
        <translation>%1 вынес(ла) решение: %2</translation>
    </message>
    <message>
        <source>%1 told the customer: %2</source>
        <translation>%1 сообщил(а) клиенту: %2</translation>
    </message>
</context>
<context>
    <name>Casebook::BugReportDraftStore</name>
    <message>
        <source>Sign in as an agent to keep drafts.</source>
        <translation>Войдите как агент, чтобы сохранять черновики.</translation>
    </message>
</context>
<context>
    <name>Casebook::BugReportFormDialog</name>
    <message>
        <source>Bug Report from Ticket #%1</source>
        <translation>Отчёт об ошибке по обращению #%1</translation>
    </message>
    <message>
        <source>New Bug Report</source>
        <translation>Новый отчёт об ошибке</translation>
    </message>
    <message>
        <source>A short title that says what is wrong</source>
        <translation>Краткий заголовок, описывающий проблему</translation>
    </message>
    <message>
        <source>owner/repository</source>
        <translation>владелец/репо</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likely duplicates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Возможные дубликаты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reports with similar titles and steps. Check them before submitting.</source>
        <translation>Отчёты с похожими заголовками и шагами. Проверьте их перед отправкой.</translation>
    </message>
    <message>
        <source>Copy &amp;Markdown</source>
        <translation>Копировать как &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy &amp;Jira</source>
        <translation>Копировать для &amp;Jira</translation>
    </message>
    <message>
        <source>Open in &amp;GitHub</source>
        <translation>Открыть в &amp;GitHub</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Blank issues are allowed in the repository; Casebook reports always use a form.</source>
        <translation>В репозитории разрешены пустые задачи; отчёты Casebook всегда используют форму.</translation>
    </message>
    <message>
        <source>Not a bug?</source>
        <extracomment>Followed by the template chooser&apos;s contact links</extracomment>
        <translation>Это не ошибка?</translation>
    </message>
    <message>
        <source>Your draft from %1 is back.</source>
        <extracomment>%1 is when the draft was saved</extracomment>
        <translation>Ваш черновик от %1 восстановлен.</translation>
    </message>
    <message numerus="yes">
        <source>Filled in from ticket #%1: %n field(s).</source>
        <translation>
            <numerusform>Заполнено из обращения #%1: %n поле.</numerusform>
            <numerusform>Заполнено из обращения #%1: %n поля.</numerusform>
            <numerusform>Заполнено из обращения #%1: %n полей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <extracomment>A likely duplicate: report number, title, status</extracomment>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Give the report a title.</source>
        <translation>Укажите заголовок отчёта.</translation>
    </message>
    <message>
        <source>Some required fields are empty; they are marked below.</source>
        <translation>Некоторые обязательные поля не заполнены; они отмечены ниже.</translation>
    </message>
    <message>
        <source>Cannot Submit the Report</source>
        <translation>Не удаётся отправить отчёт</translation>
    </message>
    <message>
        <source>Submitted as report #%1. Copy it or open it in GitHub for the developers.</source>
        <translation>Отправлено как отчёт #%1. Скопируйте его или откройте в GitHub для разработчиков.</translation>
    </message>
    <message>
        <source>The report is on the clipboard as Markdown.</source>
        <translation>Отчёт скопирован в буфер обмена в формате Markdown.</translation>
    </message>
    <message>
        <source>The report is on the clipboard as Jira markup.</source>
        <translation>Отчёт скопирован в буфер обмена в разметке Jira.</translation>
    </message>
    <message>
        <source>Name the GitHub repository as owner/repository first.</source>
        <translation>Сначала укажите репозиторий GitHub в виде владелец/репозиторий.</translation>
    </message>
    <message>
        <source>The report is too long for a web address: it is on the clipboard. Paste it into the page that opens.</source>
        <translation>Отчёт слишком длинный для веб-адреса: он скопирован в буфер обмена. Вставьте его на открывшейся странице.</translation>
    </message>
    <message>
        <source>GitHub&apos;s new-issue page opens with the report filled in.</source>
        <translation>Откроется страница новой задачи GitHub с заполненным отчётом.</translation>
    </message>
    <message>
        <source>This is a private security report: a GitHub issue would make it public. Copy it as Markdown or Jira markup for the developers&apos; private tracker instead.</source>
        <translation>Это закрытый отчёт об уязвимости: задача на GitHub сделала бы его публичным. Скопируйте его в Markdown или разметке Jira для закрытого трекера разработчиков.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Репозиторий</translation>
    </message>
    <message>
        <source>Report form</source>
        <translation>Форма отчёта</translation>
    </message>
</context>
<context>
    <name>Casebook::BugReportListModel</name>
    <message>
        <source>No.</source>
        <extracomment>Column of the bug report list: the report&apos;s number</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Product area</source>
        <translation>Область продукта</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Private: filed from a security report, seen only by leads and its assignee
%1</source>
        <extracomment>%1 is the report&apos;s title (R40)</extracomment>
        <translation>Закрытый: создан по сообщению об уязвимости, виден только лидам и исполнителю
%1</translation>
    </message>
</context>
<context>
    <name>Casebook::BugReportPrefill</name>
    <message>
        <source>Tracker</source>
        <translation>Трекер</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Domain registrar</source>
        <translation>Регистратор доменов</translation>
    </message>
    <message>
        <source>Affiliate network</source>
        <translation>Партнёрская сеть</translation>
    </message>
    <message>
        <source>WordPress admin</source>
        <translation>Администрирование WordPress</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Обращения %1 нет.</translation>
    </message>
    <message>
        <source>, account %1</source>
        <extracomment>Prefilled customer field of a bug report: %1 is the account reference</extracomment>
        <translation>, учётная запись %1</translation>
    </message>
</context>
<context>
    <name>Casebook::BugReportStore</name>
    <message>
        <source>Fill in the required fields: %1.</source>
        <translation>Заполните обязательные поля: %1.</translation>
    </message>
    <message>
        <source>%1 (nobody at the moment)</source>
        <extracomment>%1 lists route targets; nobody fills them at the moment</extracomment>
        <translation>%1 (сейчас никого)</translation>
    </message>
    <message>
        <source>Bug report %1 does not exist.</source>
        <translation>Отчёта об ошибке %1 нет.</translation>
    </message>
    <message>
        <source>Name the report this one duplicates.</source>
        <translation>Укажите отчёт, дубликатом которого является этот.</translation>
    </message>
    <message>
        <source>A report cannot duplicate itself.</source>
        <translation>Отчёт не может быть дубликатом самого себя.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <source>%1 changed bug report %2 first. Your change was not applied; reload to see theirs.</source>
        <translation>%1 уже изменил(а) отчёт об ошибке %2. Ваше изменение не применено; обновите, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>A bug report needs a short title.</source>
        <translation>Отчёту об ошибке нужен короткий заголовок.</translation>
    </message>
    <message>
        <source>Name the latest version QA tried the report on.</source>
        <translation>Укажите последнюю версию, на которой QA проверял отчёт.</translation>
    </message>
    <message>
        <source>An accepted report needs the link to its task.</source>
        <translation>Принятому отчёту нужна ссылка на задачу.</translation>
    </message>
    <message>
        <source>Say why the report is declined.</source>
        <translation>Укажите, почему отчёт отклонён.</translation>
    </message>
    <message>
        <source>Only an accepted report moves through stages.</source>
        <translation>Этапы проходит только принятый отчёт.</translation>
    </message>
</context>
<context>
    <name>Casebook::BugReportsPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Save &amp;Routes</source>
        <translation>Сохранить &amp;маршруты</translation>
    </message>
    <message>
        <source>Only a lead changes where bug reports go.</source>
        <translation>Куда направляются отчёты об ошибках, решает только руководитель смены.</translation>
    </message>
    <message>
        <source>Choose an owner</source>
        <extracomment>No owner chosen yet for a product area; saving asks for one (R29)</extracomment>
        <translation>Выберите ответственного</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Добавлено.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Удалено.</translation>
    </message>
    <message>
        <source>Routes saved.</source>
        <translation>Маршруты сохранены.</translation>
    </message>
    <message>
        <source>Product areas and their owners</source>
        <translation>Разделы продукта и их владельцы</translation>
    </message>
    <message>
        <source>Who hears about a report of each severity</source>
        <translation>Кто узнаёт об отчёте каждой серьёзности</translation>
    </message>
    <message>
        <source>Product areas</source>
        <translation>Области продукта</translation>
    </message>
</context>
<context>
    <name>Casebook::BugReportsView</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>QA and Stages</source>
        <translation>QA и этапы</translation>
    </message>
    <message>
        <source>QA verdict</source>
        <translation>Решение QA</translation>
    </message>
    <message>
        <source>The latest version QA tried, e.g. 4.13.0</source>
        <translation>Последняя версия, проверенная QA, например 4.13.0</translation>
    </message>
    <message>
        <source>Accepted: a task was created</source>
        <translation>Принят: задача создана</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Отклонён: %1</translation>
    </message>
    <message>
        <source>https://tracker.example.com/TASK-123</source>
        <translation>https://tracker.example.com/TASK-123</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Optional, shown in the history</source>
        <translation>Необязательно, отображается в истории</translation>
    </message>
    <message>
        <source>Record Verdict</source>
        <translation>Записать решение</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>Duplicate of:</source>
        <translation>Дубликат отчёта:</translation>
    </message>
    <message>
        <source>Reproduced on:</source>
        <translation>Воспроизведено на:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Задача:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Stage the customer hears about</source>
        <translation>Этап, о котором узнаёт клиент</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Необязательная заметка</translation>
    </message>
    <message>
        <source>Record Stage</source>
        <translation>Записать этап</translation>
    </message>
    <message>
        <source>Choose a report to see its form, its history and QA&apos;s verdict.</source>
        <translation>Выберите отчёт, чтобы увидеть его форму, историю и решение QA.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Любая серьёзность</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Любая область</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Любой клиент</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Шаблоны…</translation>
    </message>
    <message>
        <source>New Report…</source>
        <translation>Новый отчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n отчёт</numerusform>
            <numerusform>%n отчёта</numerusform>
            <numerusform>%n отчётов</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <extracomment>Report number and title</extracomment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 (owner %2)</source>
        <extracomment>Product area and its owner</extracomment>
        <translation>%1 (ответственный: %2)</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>обращение #%1</translation>
    </message>
    <message>
        <source>task</source>
        <translation>задача</translation>
    </message>
    <message>
        <source>The template stored with this report cannot be read: %1</source>
        <translation>Не удаётся прочитать шаблон, сохранённый с этим отчётом: %1</translation>
    </message>
    <message>
        <source>report template</source>
        <translation>шаблон отчёта</translation>
    </message>
    <message>
        <source>Verdict recorded. The customer update is ready on ticket #%1.</source>
        <translation>Решение записано. Сообщение для клиента подготовлено в обращении #%1.</translation>
    </message>
    <message>
        <source>Verdict recorded. The report has no ticket, so no customer hears about it.</source>
        <translation>Решение записано. У отчёта нет обращения, поэтому клиент об этом не узнает.</translation>
    </message>
    <message>
        <source>Stage recorded. The customer update is ready on ticket #%1.</source>
        <translation>Этап записан. Сообщение для клиента подготовлено в обращении #%1.</translation>
    </message>
    <message>
        <source>Stage recorded.</source>
        <translation>Этап записан.</translation>
    </message>
    <message>
        <source>Copy &amp;Markdown</source>
        <translation>Копировать как &amp;Markdown</translation>
    </message>
    <message>
        <source>The report is on the clipboard as Markdown.</source>
        <translation>Отчёт скопирован в буфер обмена в формате Markdown.</translation>
    </message>
    <message>
        <source>Copy &amp;Jira</source>
        <translation>Копировать для &amp;Jira</translation>
    </message>
    <message>
        <source>The report is on the clipboard as Jira markup.</source>
        <translation>Отчёт скопирован в буфер обмена в разметке Jira.</translation>
    </message>
    <message>
        <source>Open in &amp;GitHub</source>
        <translation>Открыть в &amp;GitHub</translation>
    </message>
    <message>
        <source>Name the team&apos;s GitHub repository (owner/repository) in a new report first.</source>
        <translation>Сначала укажите репозиторий GitHub команды (владелец/репозиторий) в новом отчёте.</translation>
    </message>
    <message>
        <source>The report is too long for a web address: it is on the clipboard. Paste it into the page that opens.</source>
        <translation>Отчёт слишком длинный для веб-адреса: он скопирован в буфер обмена. Вставьте его на открывшейся странице.</translation>
    </message>
    <message>
        <source>GitHub&apos;s new-issue page opens with the report filled in.</source>
        <translation>Откроется страница новой задачи GitHub с заполненным отчётом.</translation>
    </message>
    <message>
        <source>Bug reports</source>
        <translation>Отчёты об ошибках</translation>
    </message>
    <message>
        <source>Reported by %1, %2</source>
        <extracomment>%1 is who wrote the report, %2 when: a time alone today, else a day and time</extracomment>
        <translation>Автор отчёта: %1, %2</translation>
    </message>
</context>
<context>
    <name>Casebook::BugRoutingModel</name>
    <message>
        <source>No owner</source>
        <translation>Нет ответственного</translation>
    </message>
    <message>
        <source>Only a lead changes where bug reports go.</source>
        <translation>Куда направляются отчёты об ошибках, решает только руководитель смены.</translation>
    </message>
    <message>
        <source>Every product area needs an owner to whom its reports go.</source>
        <translation>У каждой области продукта должен быть ответственный, которому направляются её отчёты.</translation>
    </message>
</context>
<context>
    <name>Casebook::BugRoutingStore</name>
    <message>
        <source>The product area %1 does not exist.</source>
        <translation>Области продукта %1 нет.</translation>
    </message>
    <message>
        <source>A product area needs a name.</source>
        <translation>У области продукта должно быть название.</translation>
    </message>
    <message>
        <source>There is a product area called %1 already.</source>
        <translation>Область продукта %1 уже существует.</translation>
    </message>
    <message>
        <source>Someone else changed the product area %1 first; reload to see it.</source>
        <translation>Кто-то уже изменил область продукта %1; обновите, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Reports belong to this product area; move them before removing it.</source>
        <translation>К этой области продукта относятся отчёты; перенесите их, прежде чем удалять её.</translation>
    </message>
    <message>
        <source>Someone else changed the product area first; reload to see it.</source>
        <translation>Кто-то уже изменил область продукта; обновите, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation route first; reload to see it.</source>
        <translation>Кто-то уже изменил этот маршрут эскалации; обновите, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Each severity notifies at least one person or group.</source>
        <translation>Каждая серьёзность оповещает хотя бы одного человека или группу.</translation>
    </message>
</context>
<context>
    <name>Casebook::CannedRepliesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Перевести…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Save Mine over Theirs</source>
        <translation>Сохранить мой поверх их</translation>
    </message>
    <message>
        <source>Load Theirs…</source>
        <translation>Загрузить их текст…</translation>
    </message>
    <message>
        <source>Canned Replies</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>A new reply with its own key</source>
        <translation>Новый ответ со своим ключом</translation>
    </message>
    <message>
        <source>The selected reply in another language, starting from its text</source>
        <translation>Выбранный ответ на другом языке, начиная с его текста</translation>
    </message>
    <message>
        <source>Remove the selected reply in this language</source>
        <translation>Удалить выбранный ответ на этом языке</translation>
    </message>
    <message>
        <source>Show the replies in one language</source>
        <translation>Показать ответы на одном языке</translation>
    </message>
    <message>
        <source>Filter by title, key, shortcut or rule</source>
        <translation>Фильтр по названию, ключу, сокращению или правилу</translation>
    </message>
    <message>
        <source>A new reply: give it a key, a title and its text.</source>
        <translation>Новый ответ: задайте ключ, название и текст.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a text in every language the team uses already.</source>
        <translation>У «%1» уже есть текст на всех языках команды.</translation>
    </message>
    <message>
        <source>A %1 text for this reply, starting from the %2 one: translate the title and text, then save.</source>
        <extracomment>%1 is a language such as &quot;Русский&quot;, %2 the language the text was copied from</extracomment>
        <translation>Текст этого ответа на языке «%1», начиная с текста на языке «%2»: переведите название и текст, затем сохраните.</translation>
    </message>
    <message>
        <source>Saved. Agents get this text the next time they insert the reply.</source>
        <translation>Сохранено. Агенты получат этот текст при следующей вставке ответа.</translation>
    </message>
    <message>
        <source>Someone else deleted this reply. Your text is still here; Save adds it again.</source>
        <translation>Кто-то другой удалил этот ответ. Ваш текст на месте; «Сохранить» добавит его снова.</translation>
    </message>
    <message>
        <source>Your text is still here: save it over theirs, or load theirs instead.</source>
        <translation>Ваш текст на месте: сохраните его поверх их текста или загрузите их текст.</translation>
    </message>
    <message>
        <source>Load Their Text</source>
        <translation>Загрузить их текст</translation>
    </message>
    <message>
        <source>Replace your text of &quot;%1&quot; with the one saved on the other desktop? Your text will be lost.</source>
        <translation>Заменить ваш текст «%1» тем, что сохранён на другом рабочем месте? Ваш текст будет потерян.</translation>
    </message>
    <message>
        <source>Remove the canned reply &quot;%1&quot; in %2? Agents can no longer insert it; its texts in other languages stay.</source>
        <extracomment>%1 is a canned reply&apos;s title, %2 its language</extracomment>
        <translation>Удалить шаблон ответа «%1» (%2)? Агенты больше не смогут его вставить; тексты на других языках останутся.</translation>
    </message>
    <message>
        <source>Remove Canned Reply</source>
        <translation>Удаление шаблона ответа</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed.</source>
        <extracomment>%1 is the title of the reply just removed</extracomment>
        <translation>«%1» удалён.</translation>
    </message>
    <message>
        <source>the new reply</source>
        <translation>новый ответ</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <extracomment>%1 is a canned reply&apos;s title in quotes, or &quot;the new reply&quot;</extracomment>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save your changes to %1 first?</source>
        <translation>Сначала сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <source>Someone else deleted this reply.</source>
        <translation>Кто-то другой удалил этот ответ.</translation>
    </message>
    <message>
        <source>Someone else saved this reply while you were editing it.</source>
        <translation>Кто-то другой сохранил этот ответ, пока вы его редактировали.</translation>
    </message>
    <message>
        <source>Someone else saved this reply; this is their text.</source>
        <translation>Кто-то другой сохранил этот ответ; это их текст.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Filter canned replies</source>
        <translation>Фильтр шаблонов ответов</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
</context>
<context>
    <name>Casebook::CannedReplyEditor</name>
    <message>
        <source>What the team sees in the picker</source>
        <translation>Что команда видит в списке выбора</translation>
    </message>
    <message>
        <source>e.g. renewal-reminder</source>
        <translation>например, renewal-reminder</translation>
    </message>
    <message>
        <source>Names the reply in every language; it cannot change once the reply is saved.</source>
        <translation>Имя ответа на всех языках; после сохранения его нельзя изменить.</translation>
    </message>
    <message>
        <source>The customer&apos;s language this text is written in</source>
        <translation>Язык клиента, на котором написан этот текст</translation>
    </message>
    <message>
        <source>typed in the picker, e.g. ack</source>
        <translation>набирается в списке выбора, например ack</translation>
    </message>
    <message>
        <source>e.g. R11 R15</source>
        <translation>например, R11 R15</translation>
    </message>
    <message>
        <source>The playbook rules this reply serves, separated by spaces</source>
        <translation>Правила регламента, которым служит ответ, через пробел</translation>
    </message>
    <message>
        <source>Hello {customer.first_name},

…

Best regards,
{agent.first_name}</source>
        <translation>Здравствуйте, {customer.first_name}!

…

С уважением,
{agent.first_name}</translation>
    </message>
    <message>
        <source>Inserts %1 at the cursor</source>
        <extracomment>Tooltip of a variable in the canned reply editor; %1 says what it stands for</extracomment>
        <translation>Вставляет %1 в позицию курсора</translation>
    </message>
    <message>
        <source>The reply as a customer would read it, filled in with sample values</source>
        <translation>Ответ так, как его прочтёт клиент, с примерами значений</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Key and language:</source>
        <translation>&amp;Ключ и язык:</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Правила:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Сокращение:</translation>
    </message>
    <message>
        <source>Variables, filled in for each ticket; click one to insert it:</source>
        <translation>Переменные, подставляемые для каждого обращения; щёлкните, чтобы вставить:</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Предпросмотр с примерами значений</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A language in the canned reply editor: its name and code, &quot;English (en)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give the reply a title.</source>
        <translation>Задайте название ответа.</translation>
    </message>
    <message>
        <source>Give the reply a key of lower-case letters, digits and hyphens, like renewal-reminder.</source>
        <translation>Задайте ключ из строчных латинских букв, цифр и дефисов, например renewal-reminder.</translation>
    </message>
    <message>
        <source>Write the reply&apos;s text.</source>
        <translation>Напишите текст ответа.</translation>
    </message>
    <message>
        <source>Write rule ids like R11 R15.</source>
        <translation>Укажите правила в виде R11 R15.</translation>
    </message>
    <message>
        <source>Correct the unknown variables first: %1. No ticket could use this reply with them.</source>
        <extracomment>%1 lists variables such as {customer.nickname}</extracomment>
        <translation>Сначала исправьте неизвестные переменные: %1. С ними ответ нельзя вставить ни в одно обращение.</translation>
    </message>
    <message>
        <source>Olga Petrova</source>
        <comment>sample customer in the canned reply preview</comment>
        <translation>Ольга Петрова</translation>
    </message>
    <message>
        <source>Anna Berg</source>
        <comment>sample agent in the preview</comment>
        <translation>Анна Берг</translation>
    </message>
    <message>
        <source>Boris Lang</source>
        <comment>sample colleague who takes over, in the preview</comment>
        <translation>Борис Ланг</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Переменные</translation>
    </message>
    <message>
        <source>Placeholders the reply can use; double-click one to insert it</source>
        <translation>Переменные, доступные в ответе; дважды щёлкните, чтобы вставить</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
</context>
<context>
    <name>Casebook::CannedReplyListModel</name>
    <message>
        <source>Key: %1
Language: %2
Rules: %3</source>
        <extracomment>A canned reply in the list; %1 its key, %2 its language, %3 its playbook rules</extracomment>
        <translation>Ключ: %1
Язык: %2
Правила: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Casebook::CannedReplyPicker</name>
    <message>
        <source>Search canned replies or type a shortcut</source>
        <translation>Поиск шаблонов ответов или сокращение</translation>
    </message>
    <message>
        <source>Language of the reply</source>
        <translation>Язык ответа</translation>
    </message>
    <message>
        <source>Enter inserts the reply; variables are filled in for this ticket.</source>
        <translation>Enter вставляет ответ; переменные заполняются для этого обращения.</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <extracomment>Tooltip line in the canned reply picker; %1 is a shortcut such as &quot;ack&quot;</extracomment>
        <translation>Сокращение: %1</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Управление…</translation>
    </message>
    <message>
        <source>Edit, add and translate the team&apos;s canned replies</source>
        <translation>Редактировать, добавлять и переводить шаблоны ответов команды</translation>
    </message>
</context>
<context>
    <name>Casebook::CannedReplyStore</name>
    <message>
        <source>A canned reply needs a key and a title.</source>
        <translation>У шаблона ответа должны быть ключ и название.</translation>
    </message>
    <message>
        <source>A canned reply needs a text.</source>
        <translation>У шаблона ответа должен быть текст.</translation>
    </message>
    <message>
        <source>There is no canned reply &quot;%1&quot;.</source>
        <translation>Шаблона ответа «%1» нет.</translation>
    </message>
    <message>
        <source>A canned reply &quot;%1&quot; in this language exists already.</source>
        <translation>Шаблон ответа «%1» на этом языке уже есть.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted the canned reply &quot;%1&quot; first. Your text was not saved; reload to see theirs.</source>
        <translation>Кто-то другой уже изменил или удалил шаблон ответа «%1». Ваш текст не сохранён; обновите, чтобы увидеть их версию.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this canned reply first.</source>
        <translation>Кто-то другой уже изменил или удалил этот шаблон ответа.</translation>
    </message>
</context>
<context>
    <name>Casebook::CloseLoopDialog</name>
    <message>
        <source>Tell the Customers: %1</source>
        <extracomment>%1 is the proposal&apos;s title</extracomment>
        <translation>Сообщить клиентам: %1</translation>
    </message>
    <message>
        <source>Everyone who asked hears the news. Read each reply, change it if needed, and send. Requests known only from an internal note get no reply.</source>
        <translation>Новость узнают все, кто об этом просил. Прочитайте каждый ответ, при необходимости измените его и отправьте. По запросам, известным только из внутренней заметки, ответ не отправляется.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send All</source>
        <translation>Отправить все</translation>
    </message>
    <message>
        <source>Every customer who asked has been answered.</source>
        <translation>Ответ получили все клиенты, которые об этом просили.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Отправлено: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) sent.</source>
        <translation>
            <numerusform>Отправлен %n ответ.</numerusform>
            <numerusform>Отправлено %n ответа.</numerusform>
            <numerusform>Отправлено %n ответов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) sent; the others wait for you to read new messages first.</source>
        <translation>
            <numerusform>Отправлен %n ответ; остальные ждут, пока вы прочитаете новые сообщения.</numerusform>
            <numerusform>Отправлено %n ответа; остальные ждут, пока вы прочитаете новые сообщения.</numerusform>
            <numerusform>Отправлено %n ответов; остальные ждут, пока вы прочитаете новые сообщения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::CloseTheLoop</name>
    <message>
        <source>Ticket %1 has new messages since this reply was drafted; read them in the ticket first.</source>
        <translation>В обращении %1 появились новые сообщения после того, как был составлен этот ответ; сначала прочитайте их в обращении.</translation>
    </message>
</context>
<context>
    <name>Casebook::CommandLine</name>
    <message>
        <source>Casebook, a desktop helpdesk for customer-support teams.</source>
        <translation>Casebook — настольное приложение для команд поддержки клиентов.</translation>
    </message>
    <message>
        <source>Open the database at URL: a file path, sqlite:///path or postgresql://user@host:port/name. The PostgreSQL password comes from CASEBOOK_PGPASSWORD, never from the command line.</source>
        <translation>Открыть базу данных по адресу URL: путь к файлу, sqlite:///путь или postgresql://пользователь@сервер:порт/имя. Пароль PostgreSQL берётся из CASEBOOK_PGPASSWORD и никогда — из командной строки.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Render every section and the Settings dialog to PNG files in DIR without a display, then quit.</source>
        <translation>Сохранить каждый раздел и окно настроек в PNG-файлы в папке DIR без дисплея и завершить работу.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Use the language LANG (en or ru) instead of the saved setting.</source>
        <translation>Использовать язык LANG (en или ru) вместо сохранённого в настройках.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>--screenshot needs a folder.</source>
        <translation>Для --screenshot нужно указать папку.</translation>
    </message>
    <message>
        <source>Open the demo database, creating it with sample data on first use. --database wins over it.</source>
        <translation>Открыть демонстрационную базу данных; при первом запуске она создаётся и заполняется примерами. Параметр --database важнее.</translation>
    </message>
    <message>
        <source>Check the GitHub issue forms (and config.yml) FILE and any files after it, print one FILE:LINE:COLUMN: message line per problem and quit: exit status 0 when all are valid, 1 otherwise. Opens no database and no window.</source>
        <translation>Проверить формы задач GitHub (и config.yml) FILE и все файлы после него, вывести по одной строке FILE:LINE:COLUMN: сообщение на каждую проблему и завершить работу: код возврата 0, если все файлы корректны, иначе 1. Не открывает ни базу данных, ни окно.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Render the empty form of the issue form FILE to a PNG file in the --screenshot folder, then quit.</source>
        <translation>Отрисовать пустую форму задачи FILE в PNG-файл в папке --screenshot и завершить работу.</translation>
    </message>
    <message>
        <source>A ticket link to open, in the running Casebook when there is one.</source>
        <translation>Ссылка на обращение, которую нужно открыть — в уже запущенном Casebook, если он есть.</translation>
    </message>
    <message>
        <source>--render-template needs --screenshot DIR to know where the PNG goes.</source>
        <translation>Для --render-template нужен параметр --screenshot DIR, чтобы знать, куда сохранить PNG.</translation>
    </message>
    <message>
        <source>Install or upgrade the schema of the --database, print the schema it has now and quit. On a team server only a Casebook admin may do this; the server refuses everyone else.</source>
        <translation>Установить или обновить схему базы данных, указанной в --database, вывести её текущую схему и выйти. На командном сервере это может сделать только администратор Casebook; остальным сервер откажет.</translation>
    </message>
    <message>
        <source>--migrate needs --database URL to know which database to upgrade.</source>
        <translation>Для --migrate нужен параметр --database URL, чтобы знать, какую базу данных обновлять.</translation>
    </message>
    <message>
        <source>Start the clock at TIME instead of the system time, for a demonstration or a scripted run: an ISO date and time with its offset, such as 2026-11-20T18:25:00+03:00. The clock runs on from there.</source>
        <translation>Запустить часы с момента TIME вместо системного времени, для демонстрации или сценария: дата и время ISO со смещением, например 2026-11-20T18:25:00+03:00. Дальше часы идут сами.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>--now needs a date and time such as 2026-11-20T18:25:00+03:00.</source>
        <translation>--now требует дату и время, например 2026-11-20T18:25:00+03:00.</translation>
    </message>
    <message>
        <source>Use light or dark colours (light, dark or system) instead of the saved setting, for this run only.</source>
        <translation>Использовать светлую или тёмную цветовую схему (light, dark или system) вместо сохранённой настройки, только для этого запуска.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <source>Import the history at PATH (the argument after KIND) into the --database: KIND is zendesk (a JSON export file or folder), csv (a ticket CSV file), mbox or eml. Prints what was imported and skipped and quits; the exit status is 1 only when nothing could be read. Importing again adds nothing twice.</source>
        <translation>Импортировать историю из PATH (аргумент после KIND) в базу данных --database: KIND — zendesk (файл или папка экспорта JSON), csv (файл CSV с обращениями), mbox или eml. Выводит, что импортировано и что пропущено, и завершает работу; код завершения равен 1, только если ничего не удалось прочитать. Повторный импорт ничего не добавляет дважды.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>With --import csv: the saved column mapping FILE (JSON) instead of a guess from the header.</source>
        <translation>Для --import csv: сохранённое сопоставление столбцов FILE (JSON) вместо автоматического определения по заголовку.</translation>
    </message>
    <message>
        <source>Write the monthly review of the --database (Markdown tables and PNG charts) into the --out folder and quit. KIND is month.</source>
        <translation>Записать ежемесячный обзор базы данных --database (таблицы Markdown и диаграммы PNG) в папку --out и завершить работу. KIND — month.</translation>
    </message>
    <message>
        <source>The month of --report, such as 2026-11; the month before this one when not given.</source>
        <translation>Месяц для --report, например 2026-11; если не указан — предыдущий месяц.</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONTH</translation>
    </message>
    <message>
        <source>The folder --report writes into.</source>
        <translation>Папка, в которую --report записывает файлы.</translation>
    </message>
    <message>
        <source>--import needs --database URL, a kind and one file or folder: casebook --database DB --import zendesk|csv|mbox|eml PATH [--mapping FILE]</source>
        <translation>Для --import нужны --database URL, вид импорта и один файл или папка: casebook --database DB --import zendesk|csv|mbox|eml PATH [--mapping FILE]</translation>
    </message>
    <message>
        <source>--report knows one kind of report: month.</source>
        <translation>--report поддерживает только один вид отчёта: month.</translation>
    </message>
    <message>
        <source>--report needs --out DIR to know where the files go.</source>
        <translation>Для --report нужен параметр --out DIR, чтобы знать, куда сохранить файлы.</translation>
    </message>
    <message>
        <source>--report needs --database URL to know which database to read.</source>
        <translation>Для --report нужен параметр --database URL, чтобы знать, какую базу данных читать.</translation>
    </message>
    <message>
        <source>--month needs a month such as 2026-11.</source>
        <translation>Для --month нужно указать месяц, например 2026-11.</translation>
    </message>
</context>
<context>
    <name>Casebook::CommandPalette</name>
    <message>
        <source>Type a command, a ticket number or subject, a customer…</source>
        <translation>Команда, номер или тема тикета, клиент…</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <extracomment>A ticket found in the command palette: its number and subject</extracomment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
</context>
<context>
    <name>Casebook::Composer</name>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Напишите ответ клиенту…</translation>
    </message>
    <message>
        <source>Write a note for the team; the customer never sees it…</source>
        <translation>Напишите заметку для команды; клиент её никогда не увидит…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Internal Note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Internal note - team only. The customer never sees it.</source>
        <translation>Внутренняя заметка — только для команды. Клиент её никогда не увидит.</translation>
    </message>
    <message>
        <source>Canned Reply…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <source>Insert one of the team&apos;s ready answers (%1)</source>
        <translation>Вставить один из готовых ответов команды (%1)</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>This ticket is closed, and closed is final. A new message from the customer opens a follow-up ticket.</source>
        <translation>Это обращение закрыто, и это окончательно. Новое сообщение от клиента откроет обращение-продолжение.</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Черновик не сохранён</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <extracomment>%1 is a time such as 14:32</extracomment>
        <translation>Черновик сохранён в %1</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Send Reply</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not inserted: %2</source>
        <extracomment>%1 is a canned reply&apos;s title, %2 says what is wrong</extracomment>
        <translation>«%1» не вставлен: %2</translation>
    </message>
    <message>
        <source>Tell the customer: %1</source>
        <extracomment>R20: %1 is three times the internal estimate, e.g. &quot;6 hours&quot;</extracomment>
        <translation>Сообщите клиенту: %1</translation>
    </message>
    <message>
        <source>Type a number of minutes, hours or days</source>
        <translation>Введите количество минут, часов или дней</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Заметка добавлена</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Ответ отправлен</translation>
    </message>
    <message>
        <source>Insert Continuation Reply</source>
        <translation>Вставить ответ о продолжении</translation>
    </message>
    <message>
        <source>Tell the customer when the work continues: the team&apos;s next working time.</source>
        <translation>Сообщить клиенту, когда работа продолжится: ближайшее рабочее время команды.</translation>
    </message>
    <message>
        <source>Your shift ends at %1: no new dialogues now. Tell the customer when the work continues.</source>
        <extracomment>%1 is the time the agent&apos;s shift ends, such as 18:00</extracomment>
        <translation>Ваша смена заканчивается в %1: новых диалогов сейчас не берут. Сообщите клиенту, когда работа продолжится.</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Send and…</source>
        <translation>Отправить и…</translation>
    </message>
    <message>
        <source>Send the reply and set the ticket pending or solve it</source>
        <translation>Отправить ответ и перевести обращение в ожидание клиента или решить его</translation>
    </message>
    <message>
        <source>Send and Set Pending</source>
        <translation>Отправить и ждать клиента</translation>
    </message>
    <message>
        <source>Send and Solve</source>
        <translation>Отправить и решить</translation>
    </message>
    <message>
        <source>The reply was sent, but the ticket&apos;s status did not change: %1</source>
        <translation>Ответ отправлен, но статус обращения не изменился: %1</translation>
    </message>
    <message>
        <source>Reply sent; waiting for the customer</source>
        <translation>Ответ отправлен; ждём ответа клиента</translation>
    </message>
    <message>
        <source>Reply sent; ticket solved</source>
        <translation>Ответ отправлен; обращение решено</translation>
    </message>
    <message>
        <source>The team&apos;s own estimate, for example 2 h. Customers are told three times as much.</source>
        <translation>Собственная оценка команды, например 2 ч. Клиенту называют втрое больше.</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>Attach a file of at most %1; you can also drop files on the text</source>
        <extracomment>%1 is the largest size a file may have, such as &quot;25 MiB&quot;</extracomment>
        <translation>Прикрепить файл размером не больше %1; файлы можно и перетащить на текст</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>%1 is no longer where it was attached from: attach it again, or remove it to send without it.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 больше нет там, откуда его прикрепили: прикрепите его снова или уберите, чтобы отправить без него.</translation>
    </message>
</context>
<context>
    <name>Casebook::ConnectionTest</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Пров&amp;ерить подключение</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <extracomment>%1 is what the test found, for example &quot;Connected. The database is ready (schema 1).&quot;</extracomment>
        <translation>Подключение работает. %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <extracomment>%1 says why, in words from the storage layer</extracomment>
        <translation>Подключиться не удалось: %1</translation>
    </message>
</context>
<context>
    <name>Casebook::CsvPreviewModel</name>
    <message>
        <source>%1
→ %2</source>
        <extracomment>A CSV column&apos;s header over the ticket field it fills, e.g. &quot;Тема&quot; over &quot;Subject&quot;</extracomment>
        <translation>%1
→ %2</translation>
    </message>
</context>
<context>
    <name>Casebook::CsvTicketReader</name>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>полей: %1, а в заголовке — %2</translation>
    </message>
    <message>
        <source>neither a subject nor a text</source>
        <translation>нет ни темы, ни текста</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation>не удаётся прочитать дату «%1»</translation>
    </message>
</context>
<context>
    <name>Casebook::Customer</name>
    <message>
        <source>Valid</source>
        <extracomment>Licence state on the customer card</extracomment>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <extracomment>Licence state on the customer card: ends within 14 days</extracomment>
        <translation>Скоро истекает</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <source>No licence</source>
        <translation>Нет лицензии</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Учётная запись: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Эл. почта: %1</translation>
    </message>
    <message numerus="yes">
        <source>Licence: %1, %n seat(s), %2 %3</source>
        <extracomment>%1 plan, %2 number of seats, %3 state (Valid, Expired, ...), %4 end date or empty</extracomment>
        <translation>
            <numerusform>Лицензия: %1, %n место, %2 %3</numerusform>
            <numerusform>Лицензия: %1, %n места, %2 %3</numerusform>
            <numerusform>Лицензия: %1, %n мест, %2 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerAccessesModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>An access in the vault list: %1 its kind (&quot;WordPress admin&quot;), %2 its address</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a customer before adding an access.</source>
        <translation>Прежде чем добавлять доступ, выберите клиента.</translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerCard</name>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A response time in hours</extracomment>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A response time in minutes</extracomment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy for a Reply</source>
        <extracomment>Copies name, company, addresses and licence (never the notes) for pasting into a reply</extracomment>
        <translation>Копировать для ответа</translation>
    </message>
    <message>
        <source>Copies name, company, addresses and licence for a reply. Internal notes are never copied.</source>
        <translation>Копирует имя, компанию, адреса и лицензию для ответа. Внутренние заметки никогда не копируются.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Success owner:</source>
        <extracomment>The customer success manager (CSM) who owns this customer</extracomment>
        <translation>Менеджер клиента:</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Метка…</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>Premium Support Profile</source>
        <extracomment>The premium support profile (R41): what the team must know before answering</extracomment>
        <translation>Профиль премиальной поддержки</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>No tickets, bug reports or proposals yet.</source>
        <translation>Пока нет ни обращений, ни отчётов об ошибках, ни предложений.</translation>
    </message>
    <message numerus="yes">
        <source>Show %n corrected</source>
        <extracomment>Shows notes that later notes corrected; %n is how many</extracomment>
        <translation>
            <numerusform>Показать %n исправленную</numerusform>
            <numerusform>Показать %n исправленные</numerusform>
            <numerusform>Показать %n исправленных</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <source>account %1</source>
        <extracomment>%1 is the customer&apos;s account reference</extracomment>
        <translation>учётная запись %1</translation>
    </message>
    <message>
        <source>merged into #%1</source>
        <extracomment>%1 is the number of the customer this record was merged into</extracomment>
        <translation>объединён с #%1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Истекла %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 until %2 (%n day(s) left)</source>
        <extracomment>Licence state; %1 the state (&quot;Valid&quot;, &quot;Expiring soon&quot;), %2 the end date, %n days left</extracomment>
        <translation>
            <numerusform>%1 до %2 (остался %n день)</numerusform>
            <numerusform>%1 до %2 (осталось %n дня)</numerusform>
            <numerusform>%1 до %2 (осталось %n дней)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · SLA %2: first reply within %3, next within %4</source>
        <extracomment>%1 tier, %2 SLA policy name, %3 and %4 response times such as &quot;1 h&quot;</extracomment>
        <translation>%1 · SLA %2: первый ответ в течение %3, следующий — в течение %4</translation>
    </message>
    <message>
        <source>(business hours)</source>
        <translation>(в рабочее время)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No support profile yet.</source>
        <translation>Профиля поддержки пока нет.</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Предпочтительный канал:</translation>
    </message>
    <message>
        <source>Escalation:</source>
        <translation>Эскалация:</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Договорённости:</translation>
    </message>
    <message>
        <source>Updates:</source>
        <extracomment>R41: a customer with a bug hears from us at this pace</extracomment>
        <translation>Информирование:</translation>
    </message>
    <message>
        <source>Exceptions:</source>
        <translation>Исключения:</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>нет меток</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>First contact %1 · </source>
        <extracomment>R35 lifecycle line; %1 date of first contact, then counts</extracomment>
        <translation>Первый контакт %1 · </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) this quarter · </source>
        <translation>
            <numerusform>%n обращение в этом квартале · </numerusform>
            <numerusform>%n обращения в этом квартале · </numerusform>
            <numerusform>%n обращений в этом квартале · </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open now</source>
        <translation>
            <numerusform>сейчас открыто: %n</numerusform>
            <numerusform>сейчас открыто: %n</numerusform>
            <numerusform>сейчас открыто: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>internal, team only</source>
        <extracomment>Next to the notes&apos; title: who can read them (R38)</extracomment>
        <translation>внутренние, только для команды</translation>
    </message>
    <message>
        <source>No notes yet. Write down what the team should know about this customer.</source>
        <translation>Заметок пока нет. Запишите, что команде следует знать об этом клиенте.</translation>
    </message>
    <message>
        <source>Write a note for the team…</source>
        <translation>Напишите заметку для команды…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Correct…</source>
        <extracomment>Writes a new note that replaces (supersedes) the selected one</extracomment>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Correcting the note of %1. The old note stays, marked as corrected.</source>
        <extracomment>Shown above the editor while a note is being corrected</extracomment>
        <translation>Исправление заметки сотрудника %1. Старая заметка сохранится с отметкой «исправлена».</translation>
    </message>
    <message>
        <source>Save Correction</source>
        <translation>Сохранить исправление</translation>
    </message>
    <message>
        <source>Customer summary</source>
        <translation>Сводка по клиенту</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>Последние обращения</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>A private note about this customer, seen by the team only</source>
        <translation>Внутренняя заметка об этом клиенте, видна только команде</translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerCardModel</name>
    <message>
        <source>This note is no longer on the card.</source>
        <translation>Этой заметки больше нет в карточке.</translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerEditor</name>
    <message>
        <source>New Customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Edit Customer: %1</source>
        <translation>Редактирование клиента: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>One address a line; the first is where replies go</source>
        <translation>По одному адресу в строке; ответы уходят на первый</translation>
    </message>
    <message>
        <source>Telegram @anna, WhatsApp +49 …</source>
        <translation>Telegram @anna, WhatsApp +7 …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation>&amp;ID аккаунта:</translation>
    </message>
    <message>
        <source>&amp;E-mail addresses:</source>
        <translation>Адреса &amp;эл. почты:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Messengers:</source>
        <translation>&amp;Мессенджеры:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>As the tier says</source>
        <extracomment>The customer&apos;s SLA policy follows their tier, as the team set it in Settings &gt; Team</extracomment>
        <translation>По уровню</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>&amp;SLA policy:</source>
        <translation>Политика &amp;SLA:</translation>
    </message>
    <message>
        <source>Success &amp;owner:</source>
        <translation>Менеджер по &amp;работе с клиентом:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>Т&amp;ариф:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>К&amp;люч:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Число мест:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <source>Premium support profile</source>
        <translation>Профиль премиальной поддержки</translation>
    </message>
    <message>
        <source>One contact a line</source>
        <translation>По одному контакту в строке</translation>
    </message>
    <message>
        <source>For example: every Friday while a bug is open</source>
        <translation>Например: по пятницам, до исправления</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Предпочтительный канал:</translation>
    </message>
    <message>
        <source>Escalation contacts:</source>
        <translation>Контакты для эскалации:</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Договорённости:</translation>
    </message>
    <message>
        <source>Exceptions:</source>
        <translation>Исключения:</translation>
    </message>
    <message>
        <source>Keep them informed:</source>
        <extracomment>R41: how often and how the customer hears from us while their request is open</extracomment>
        <translation>Держать в курсе:</translation>
    </message>
    <message>
        <source>Save &amp;Mine Over Theirs</source>
        <translation>Сохранить &amp;мой текст поверх их</translation>
    </message>
    <message>
        <source>&amp;Load Theirs</source>
        <translation>&amp;Загрузить их текст</translation>
    </message>
    <message>
        <source>&amp;Create Customer</source>
        <translation>&amp;Создать клиента</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Данные клиента</translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerHistoryModel</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает клиента</translation>
    </message>
    <message>
        <source>On-hold</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Тестовый стенд</translation>
    </message>
    <message>
        <source>Canary/GA</source>
        <translation>Canary/GA</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Бэклог</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <extracomment>History line on the customer card: %1 ticket number, %2 subject</extracomment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Bug: %1</source>
        <extracomment>History line on the customer card: a bug report&apos;s title</extracomment>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <extracomment>History line on the customer card: a proposal the customer asked for</extracomment>
        <translation>Предложение: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 status, %2 date</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerImport</name>
    <message>
        <source>The file is not UTF-8 text: save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Файл не в кодировке UTF-8: сохраните его из электронной таблицы в формате «CSV UTF-8».</translation>
    </message>
    <message>
        <source>A quoted field is not closed: the file ends inside quotes.</source>
        <translation>Поле в кавычках не закрыто: файл заканчивается внутри кавычек.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>ID аккаунта</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Licence plan</source>
        <translation>Тариф лицензии</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Лицензионный ключ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Число мест</translation>
    </message>
    <message>
        <source>Licence expires</source>
        <translation>Лицензия действует до</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <extracomment>%1 is a cell of the CSV file that should be a date</extracomment>
        <translation>«%1» — не дата.</translation>
    </message>
    <message>
        <source>No name, company or address.</source>
        <translation>Нет ни имени, ни компании, ни адреса.</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <extracomment>%1 is the row&apos;s number in the file (the header is row 1)</extracomment>
        <translation>Строка %1: </translation>
    </message>
    <message>
        <source>This column is not imported.</source>
        <translation>Этот столбец не импортируется.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A CSV column&apos;s header and the customer field it fills</extracomment>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerImportDialog</name>
    <message>
        <source>Import Customers</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>Choose CSV &amp;File…</source>
        <translation>Выбрать &amp;файл CSV…</translation>
    </message>
    <message>
        <source>A CSV file with a header line: names, companies, e-mail addresses, account ids, …</source>
        <translation>Файл CSV со строкой заголовков: имена, компании, адреса эл. почты, ID аккаунтов, …</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <extracomment>%1 a file name, %n the number of customers in it</extracomment>
        <translation>
            <numerusform>%1: %n строка</numerusform>
            <numerusform>%1: %n строки</numerusform>
            <numerusform>%1: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated.</source>
        <extracomment>After an import: how many customers were new and how many were updated</extracomment>
        <translation>Новых: %1, обновлено: %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Пропущено:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Предпросмотр импорта</translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerNotesModel</name>
    <message>
        <source>Written by %1 on %2</source>
        <extracomment>Tooltip of a customer note: author and local date and time</extracomment>
        <translation>Автор: %1, %2</translation>
    </message>
    <message>
        <source>a former agent</source>
        <translation>бывший сотрудник</translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerStore</name>
    <message>
        <source>A customer needs a name.</source>
        <translation>У клиента должно быть имя.</translation>
    </message>
    <message>
        <source>The address %1 already belongs to another customer.</source>
        <translation>Адрес %1 уже принадлежит другому клиенту.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Клиента %1 нет.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Заметка пуста.</translation>
    </message>
    <message>
        <source>Someone else changed this note first. Reload to see it.</source>
        <translation>Кто-то уже изменил эту заметку. Обновите, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Pick two different customers to merge.</source>
        <translation>Выберите двух разных клиентов для объединения.</translation>
    </message>
    <message>
        <source>One of these customers was already merged into another.</source>
        <translation>Один из этих клиентов уже объединён с другим.</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <extracomment>Recorded on the survivor; %1 the duplicate&apos;s name, %2 its number</extracomment>
        <translation>%1 (#%2)</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into this customer: %n address(es), </source>
        <extracomment>A note written by Casebook on the surviving record; %1 is &quot;Name (#id)&quot;, then counts of what moved</extracomment>
        <translation>
            <numerusform>С этим клиентом объединён %1; сюда перенесены: %n адрес, </numerusform>
            <numerusform>С этим клиентом объединён %1; сюда перенесены: %n адреса, </numerusform>
            <numerusform>С этим клиентом объединён %1; сюда перенесены: %n адресов, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), </source>
        <translation>
            <numerusform>%n обращение, </numerusform>
            <numerusform>%n обращения, </numerusform>
            <numerusform>%n обращений, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) moved here.</source>
        <translation>
            <numerusform>%n заметка.</numerusform>
            <numerusform>%n заметки.</numerusform>
            <numerusform>%n заметок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The corrected note is not one of this customer&apos;s notes.</source>
        <translation>Исправляемая заметка не относится к заметкам этого клиента.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Кто-то другой</translation>
    </message>
    <message>
        <source>%1 corrected this note first. Read their correction and correct that one if needed.</source>
        <extracomment>%1 is an agent&apos;s name</extracomment>
        <translation>%1 уже исправил(а) эту заметку. Прочитайте исправление и при необходимости исправьте его.</translation>
    </message>
    <message>
        <source>%1 changed %2 first. Nothing was changed; look at the card again and retry.</source>
        <extracomment>%1 is an agent&apos;s name (or &quot;Someone else&quot;), %2 the customer&apos;s name</extracomment>
        <translation>%1 уже изменил(а) карточку «%2». Ничего не изменено; посмотрите карточку ещё раз и повторите попытку.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>У метки должно быть название.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what was typed as an e-mail address</extracomment>
        <translation>«%1» — не адрес эл. почты.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <extracomment>%1 an e-mail address, %2 the name of the customer who has it</extracomment>
        <translation>Адрес %1 уже принадлежит клиенту %2.</translation>
    </message>
</context>
<context>
    <name>Casebook::CustomersView</name>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Search name, e-mail, company, tag:name</source>
        <translation>Поиск по имени, эл. почте, компании, tag:название</translation>
    </message>
    <message>
        <source>Select two customers who are the same person. The one whose card is shown stays; the other one&apos;s addresses, tickets, notes and tags move to it.</source>
        <translation>Выберите двух клиентов, которые на самом деле один и тот же человек. Клиент, карточка которого открыта, останется; адреса, обращения, заметки и метки другого перейдут к нему.</translation>
    </message>
    <message>
        <source>more than %L1 customers</source>
        <translation>более %L1 клиентов</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Не удаётся объединить</translation>
    </message>
    <message>
        <source>Merge %1 into %2?

Addresses, tickets, notes, tags, bug reports and proposal requests of %1 move to %2, and %1 leaves the list. The merge is recorded on %2.</source>
        <extracomment>%1 the customer that goes away, %2 the one that stays</extracomment>
        <translation>Объединить %1 с %2?

Адреса, обращения, заметки, метки, отчёты об ошибках и запросы предложений клиента %1 перейдут к %2, а %1 исчезнет из списка. Объединение будет записано в карточке %2.</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
</context>
<context>
    <name>Casebook::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Драйвер Qt SQL %1 не установлен.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, which was not allowed here.</source>
        <translation>Базу данных нужно обновить, но здесь это не разрешено.</translation>
    </message>
    <message>
        <source>The file does not exist yet; Casebook will create a new database there.</source>
        <translation>Файла ещё нет; Casebook создаст в нём новую базу данных.</translation>
    </message>
    <message>
        <source>Connected. The database is empty; Casebook will set it up.</source>
        <translation>Подключение есть. База данных пуста; Casebook подготовит её.</translation>
    </message>
    <message>
        <source>Connected, but the database was written by a newer Casebook (schema %1). Update Casebook to use it.</source>
        <translation>Подключение есть, но база данных записана более новой версией Casebook (схема %1). Обновите Casebook, чтобы работать с ней.</translation>
    </message>
    <message>
        <source>Connected. The database (schema %1) will be upgraded to schema %2.</source>
        <translation>Подключение есть. База данных (схема %1) будет обновлена до схемы %2.</translation>
    </message>
    <message>
        <source>Connected. The database is ready (schema %1).</source>
        <translation>Подключение есть. База данных готова (схема %1).</translation>
    </message>
    <message>
        <source>The database cannot be written (it is read-only).</source>
        <translation>В базу данных нельзя записывать (она только для чтения).</translation>
    </message>
    <message>
        <source>The file is not a Casebook database, or it is damaged. Nothing was changed in it.</source>
        <translation>Файл не является базой данных Casebook или повреждён. В нём ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved. Free some space and try again; your text is kept.</source>
        <translation>Диск заполнен: изменение не сохранено. Освободите место и повторите; ваш текст сохранён.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: %1</source>
        <translation>Не удаётся открыть файл базы данных: %1</translation>
    </message>
    <message>
        <source>The database is busy with another program. Try again.</source>
        <translation>База данных занята другой программой. Повторите попытку.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user name or password. Check them in Settings, or set CASEBOOK_PGPASSWORD.</source>
        <translation>Сервер PostgreSQL не принял имя пользователя или пароль. Проверьте их в настройках или задайте CASEBOOK_PGPASSWORD.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server: %1</source>
        <extracomment>%1 is one of the reasons below</extracomment>
        <translation>Нет связи с сервером PostgreSQL: %1</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: the change was not saved.</source>
        <translation>Диск сервера базы данных заполнен: изменение не сохранено.</translation>
    </message>
    <message>
        <source>You may not change this data: %1</source>
        <translation>У вас нет прав изменять эти данные: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Casebook database file.</source>
        <translation>%1 — это папка, а не файл базы данных Casebook.</translation>
    </message>
    <message>
        <source>Casebook may not read %1. Check the file&apos;s permissions.</source>
        <translation>У Casebook нет прав на чтение %1. Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Casebook needs to write to it: check its permissions, or copy it to a folder you can write to.</source>
        <translation>Файл базы данных %1 доступен только для чтения. Casebook нужно записывать в него: проверьте права доступа или скопируйте файл в папку, доступную для записи.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Не удалось создать папку %1 для базы данных.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>Не удалось создать %1: папка доступна только для чтения.</translation>
    </message>
    <message>
        <source>Only a Casebook admin may do that; the server refuses it to %1. Ask an admin to open the database in Casebook, or to run: %2</source>
        <extracomment>%1 is the PostgreSQL role, %2 the command an admin runs</extracomment>
        <translation>Это может сделать только администратор Casebook; роли %1 сервер отказывает. Попросите администратора открыть базу данных в Casebook или выполнить: %2</translation>
    </message>
    <message>
        <source>The database is empty and needs Casebook&apos;s schema installed.</source>
        <translation>База данных пуста: в неё нужно установить схему Casebook.</translation>
    </message>
    <message>
        <source>The database has schema %1 and this Casebook needs schema %2.</source>
        <translation>У базы данных схема %1, а этой версии Casebook нужна схема %2.</translation>
    </message>
    <message>
        <source>its name is unknown (DNS could not find it). Check the host name.</source>
        <translation>его имя неизвестно (DNS не нашёл его). Проверьте имя сервера.</translation>
    </message>
    <message>
        <source>it refused the connection: nothing listens on that host and port. Check the port, and that PostgreSQL runs and accepts connections from this computer.</source>
        <translation>он отклонил подключение: на этом адресе и порту никто не ожидает подключений. Проверьте порт, а также что PostgreSQL запущен и принимает подключения с этого компьютера.</translation>
    </message>
    <message>
        <source>it did not answer in time. Check the host name, the network and any firewall between them.</source>
        <translation>он не ответил вовремя. Проверьте имя сервера, сеть и межсетевые экраны между компьютером и сервером.</translation>
    </message>
    <message>
        <source>the secure (TLS) connection failed: %1</source>
        <translation>не удалось установить защищённое (TLS) подключение: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <extracomment>%1 is the PostgreSQL role name</extracomment>
        <translation>Вход выполнен как %1.</translation>
    </message>
    <message>
        <source>The team server does not let this user sign in: an admin has deactivated them. Ask an admin in Settings &gt; People.</source>
        <translation>Командный сервер не пускает этого пользователя: администратор его деактивировал. Обратитесь к администратору (Настройки &gt; Сотрудники).</translation>
    </message>
    <message>
        <source>its TLS certificate cannot be checked: no CA certificate was given. Add sslrootcert=/path/to/ca.crt to the database URL (the certificate of the authority that signed the server&apos;s), or sslrootcert=system for the system&apos;s authorities.</source>
        <translation>его сертификат TLS нельзя проверить: не указан сертификат центра сертификации. Добавьте в адрес базы sslrootcert=/путь/к/ca.crt (сертификат центра, подписавшего сертификат сервера) или sslrootcert=system для системных центров.</translation>
    </message>
    <message>
        <source>its TLS certificate was not signed by the authority in sslrootcert, or it has expired: this may not be your team&apos;s server. Check sslrootcert in the database URL, and ask an admin.</source>
        <translation>его сертификат TLS подписан не центром из sslrootcert или истёк: возможно, это не сервер вашей команды. Проверьте sslrootcert в адресе базы и обратитесь к администратору.</translation>
    </message>
    <message>
        <source>its TLS certificate is for another host name: %1</source>
        <translation>его сертификат TLS выдан для другого имени хоста: %1</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: Casebook could not set up the database. What was made so far was rolled back; an admin frees space on the server, then Casebook can start again.</source>
        <translation>Диск сервера базы данных заполнен: Casebook не смог создать базу. Всё сделанное отменено; администратор освобождает место на сервере, после чего Casebook можно запустить снова.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: the upgrade of the database could not finish and was rolled back. An admin frees space on the server, then Casebook can start again.</source>
        <translation>Диск сервера базы данных заполнен: обновление базы не завершилось и было отменено. Администратор освобождает место на сервере, после чего Casebook можно запустить снова.</translation>
    </message>
    <message>
        <source>The disk is full: Casebook could not set up the new database in %1. Nothing half-made is used. Free some space there, or choose a folder on another disk, and start again.</source>
        <extracomment>%1 is the folder of the database file</extracomment>
        <translation>Диск заполнен: Casebook не смог создать новую базу в %1. Недоделанное не используется. Освободите место или выберите папку на другом диске и запустите снова.</translation>
    </message>
    <message>
        <source>The disk is full: the upgrade of the database in %1 could not finish and was rolled back. Free some space there and start again.</source>
        <translation>Диск заполнен: обновление базы в %1 не завершилось и было отменено. Освободите место и запустите снова.</translation>
    </message>
    <message>
        <source>The file is damaged, and it has an older schema, which cannot be upgraded in a damaged file. Nothing was changed in it. Restore a backup, or open it with the Casebook that wrote it and copy out what can be read.</source>
        <translation>Файл повреждён, а его схема старше текущей, и обновить её в повреждённом файле нельзя. В нём ничего не изменено. Восстановите резервную копию или откройте файл тем Casebook, который его записал, и скопируйте то, что читается.</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;. Check the database name; an admin creates the database with packaging/postgresql/casebook-server-setup.sql.</source>
        <extracomment>%1 is the database name</extracomment>
        <translation>На сервере нет базы данных «%1». Проверьте имя базы; администратор создаёт её скриптом packaging/postgresql/casebook-server-setup.sql.</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite&apos;s check found problems in it. Casebook would open it read-only and offer to copy out what can be read.</source>
        <translation>Файл повреждён: проверка SQLite нашла в нём ошибки. Casebook может открыть его только для чтения и предложить скопировать то, что удаётся прочитать.</translation>
    </message>
</context>
<context>
    <name>Casebook::DatabaseUrl</name>
    <message>
        <source>No database was given.</source>
        <translation>База данных не указана.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SQLite URL. Write sqlite:///path/to/file.casebook</source>
        <translation>«%1» — не адрес SQLite. Пишите sqlite:///путь/к/файлу.casebook</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL. Write postgresql://user@host:port/database</source>
        <translation>«%1» — не адрес PostgreSQL. Пишите postgresql://пользователь@сервер:порт/база</translation>
    </message>
    <message>
        <source>Do not put the password in the database URL: it would stay in your shell history. Set CASEBOOK_PGPASSWORD or enter it in Settings.</source>
        <translation>Не указывайте пароль в адресе базы данных: он останется в истории командной оболочки. Задайте CASEBOOK_PGPASSWORD или введите пароль в настройках.</translation>
    </message>
    <message>
        <source>Unknown database kind in &quot;%1&quot;. Use a file path, sqlite:///path or postgresql://user@host/db.</source>
        <translation>Неизвестный вид базы данных в «%1». Укажите путь к файлу, sqlite:///путь или postgresql://пользователь@сервер/база.</translation>
    </message>
    <message>
        <source>Do not put a password (%1) in the database URL: it would stay in your shell history. Set CASEBOOK_PGPASSWORD or enter it in Settings.</source>
        <extracomment>%1 is the option&apos;s name</extracomment>
        <translation>Не указывайте пароль (%1) в адресе базы: он останется в истории командной оболочки. Задайте CASEBOOK_PGPASSWORD или введите его в настройках.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; is not taken: write the user, host, port and database in the URL itself, as postgresql://user@host:port/database.</source>
        <translation>Параметр адреса базы «%1» не принимается: укажите пользователя, хост, порт и базу в самом адресе: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; is not known. Casebook passes on PostgreSQL&apos;s connection options, such as sslmode, sslrootcert, sslcert, sslkey, connect_timeout and application_name.</source>
        <translation>Параметр адреса базы «%1» неизвестен. Casebook передаёт параметры подключения PostgreSQL, например sslmode, sslrootcert, sslcert, sslkey, connect_timeout и application_name.</translation>
    </message>
    <message>
        <source>The value of the database URL option &quot;%1&quot; may not contain &quot;;&quot;.</source>
        <translation>Значение параметра адреса базы «%1» не может содержать «;».</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>sslmode=%1 — не одно из значений disable, allow, prefer, require, verify-ca или verify-full.</translation>
    </message>
    <message>
        <source>connect_timeout=%1 is not a number of seconds.</source>
        <translation>connect_timeout=%1 — не число секунд.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; is not known: an SQLite database takes no options.</source>
        <translation>Параметр адреса базы «%1» неизвестен: база SQLite не принимает параметров.</translation>
    </message>
</context>
<context>
    <name>Casebook::Dates</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A day and a time, e.g. &quot;28 Nov, 14:05&quot;; %1 the day, %2 the time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A day with its weekday, e.g. &quot;Sat 28 Nov&quot;; %1 the short weekday, %2 the day</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Casebook::DemoGenerator</name>
    <message>
        <source>&quot;%1&quot; is missing; is the database fully migrated?</source>
        <translation>Нет «%1»; все ли обновления базы данных применены?</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database; this one already has agents or customers.</source>
        <translation>Демонстрационные данные записываются только в пустую базу данных, а в этой уже есть сотрудники или клиенты.</translation>
    </message>
</context>
<context>
    <name>Casebook::DemoTimeShift</name>
    <message>
        <source>Only an SQLite demo database moves to today.</source>
        <translation>На сегодня переносится только демонстрационная база SQLite.</translation>
    </message>
</context>
<context>
    <name>Casebook::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <extracomment>A desktop notification&apos;s action: open the ticket it is about</extracomment>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <extracomment>A desktop notification&apos;s action: the reminder was seen and is dealt with</extracomment>
        <translation>Подтвердить получение</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <extracomment>A desktop notification&apos;s action</extracomment>
        <translation>
            <numerusform>Отложить на %n минуту</numerusform>
            <numerusform>Отложить на %n минуты</numerusform>
            <numerusform>Отложить на %n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::DraftStore</name>
    <message>
        <source>Drafts belong to an agent; sign in as one first.</source>
        <translation>Черновики принадлежат агенту; сначала войдите как агент.</translation>
    </message>
    <message>
        <source>This draft was changed in another window. Your text is still here; save again to keep it.</source>
        <translation>Этот черновик изменён в другом окне. Ваш текст на месте; сохраните ещё раз, чтобы не потерять его.</translation>
    </message>
    <message>
        <source>The draft did not reach the database (%1). It is kept on this computer and saved there when the connection returns.</source>
        <translation>Черновик не попал в базу данных (%1). Он хранится на этом компьютере и будет сохранён в базу, когда подключение восстановится.</translation>
    </message>
</context>
<context>
    <name>Casebook::FigureChart</name>
    <message>
        <source>Goal %1 %</source>
        <extracomment>The goal line of a chart; %1 is the goal, such as 70</extracomment>
        <translation>Цель %1 %</translation>
    </message>
</context>
<context>
    <name>Casebook::FigurePanel</name>
    <message>
        <source>No data for this period</source>
        <translation>Нет данных за этот период</translation>
    </message>
</context>
<context>
    <name>Casebook::FigureTableModel</name>
    <message>
        <source>Double-click to list these tickets in the inbox</source>
        <translation>Дважды щёлкните, чтобы показать эти обращения во «Входящих»</translation>
    </message>
</context>
<context>
    <name>Casebook::FirstRunDialog</name>
    <message>
        <source>Welcome to Casebook</source>
        <translation>Добро пожаловать в Casebook</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Ваша &amp;эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Try it on this computer</source>
        <translation>Попробовать на &amp;этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Connect to the team&apos;s server</source>
        <translation>Подключиться к серверу &amp;команды</translation>
    </message>
    <message>
        <source>Everything stays in one file on this computer (%1). You are its admin. A team can move to a server later.</source>
        <extracomment>%1 is the path of the database file</extracomment>
        <translation>Все данные хранятся в одном файле на этом компьютере (%1). Вы — его администратор. Позже команда сможет перейти на сервер.</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>&amp;Запомнить пароль в системной связке ключей</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <extracomment>the PostgreSQL role the admin gave this person</extracomment>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Your admin gives you the user and password: each person signs in as their own role, and the server decides what it may do.</source>
        <translation>Имя пользователя и пароль выдаёт администратор: каждый входит под своей ролью, а сервер решает, что ей разрешено.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>A desktop helpdesk for the whole team&apos;s day. Where should it keep its data?</source>
        <translation>Настольная служба поддержки на весь рабочий день команды. Где хранить её данные?</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Введите имя сервера.</translation>
    </message>
    <message>
        <source>Enter the user your admin gave you.</source>
        <translation>Введите имя пользователя, которое вам выдал администратор.</translation>
    </message>
    <message>
        <source>Enter your name: it is how the team and your customers&apos; history will know you.</source>
        <translation>Введите своё имя: под ним вас будут знать команда и история ваших клиентов.</translation>
    </message>
    <message>
        <source>Connection o&amp;ptions:</source>
        <translation>Пара&amp;метры подключения:</translation>
    </message>
</context>
<context>
    <name>Casebook::FocusTags</name>
    <message>
        <source>&quot;%1&quot; is not a month such as 2026-11.</source>
        <translation>«%1» — не месяц вида 2026-11.</translation>
    </message>
    <message>
        <source>Pick two or three tags to work on this month.</source>
        <translation>Выберите две или три метки, над которыми работать в этом месяце.</translation>
    </message>
    <message>
        <source>A focus tag comes from last month&apos;s top 10.</source>
        <translation>Фокусная метка должна входить в топ-10 прошлого месяца.</translation>
    </message>
</context>
<context>
    <name>Casebook::FocusTagsDialog</name>
    <message>
        <source>Focus Tags for %1</source>
        <extracomment>%1 is the month, such as &quot;December 2026&quot;</extracomment>
        <translation>Фокусные метки: %1</translation>
    </message>
    <message>
        <source>Last month has no tagged tickets to choose from.</source>
        <translation>В прошлом месяце нет обращений с метками, из которых можно выбрать.</translation>
    </message>
    <message>
        <source>Tick two or three of last month&apos;s top 10 tags. Casebook records last month&apos;s counts as the baseline and compares this month&apos;s with them.</source>
        <translation>Отметьте две или три метки из топ-10 прошлого месяца. Casebook запишет показатели прошлого месяца как базовые и сравнит с ними показатели этого месяца.</translation>
    </message>
    <message>
        <source>Last month&apos;s top tags</source>
        <translation>Самые частые метки прошлого месяца</translation>
    </message>
</context>
<context>
    <name>Casebook::FormProblem</name>
    <message>
        <source>warning: %1</source>
        <extracomment>Prefix of a template problem that does not stop the template from loading.</extracomment>
        <translation>предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>Casebook::HandOffDialog</name>
    <message>
        <source>Hand Off the Ticket</source>
        <translation>Передача обращения</translation>
    </message>
    <message>
        <source>Escalate to a Lead</source>
        <translation>Эскалация руководителю смены</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (руководитель смены)</translation>
    </message>
    <message>
        <source>Why, and what the next agent needs to know</source>
        <translation>Почему и что нужно знать следующему агенту</translation>
    </message>
    <message>
        <source>What happened in the conversation</source>
        <translation>Что происходило в переписке</translation>
    </message>
    <message>
        <source>Hand Off</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Эскалировать</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Руководитель смены:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>The customer is told who continues: the hand-off reply is offered in the composer.</source>
        <translation>Клиенту сообщат, кто продолжит работу: ответ о передаче будет предложен в редакторе.</translation>
    </message>
</context>
<context>
    <name>Casebook::ImportCommand</name>
    <message>
        <source>%1 mails read: %2 new tickets, %3 messages joined their ticket, %4 bounces, %5 unreadable kept raw, %6 seen before.</source>
        <extracomment>The summary of `--import mbox|eml`</extracomment>
        <translation>Прочитано писем: %1; новых обращений: %2, сообщений добавлено в свои обращения: %3, недоставленных: %4, нечитаемых сохранено как есть: %5, уже встречавшихся: %6.</translation>
    </message>
</context>
<context>
    <name>Casebook::ImportDialog</name>
    <message>
        <source>Import History</source>
        <translation>Импорт истории</translation>
    </message>
    <message>
        <source>Zendesk export (JSON)</source>
        <translation>Экспорт Zendesk (JSON)</translation>
    </message>
    <message>
        <source>Tickets in a CSV file</source>
        <translation>Обращения в файле CSV</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Отмена после текущего пакета…</translation>
    </message>
    <message>
        <source>%1: a Zendesk export</source>
        <translation>%1: экспорт Zendesk</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <extracomment>%1 a file name, %n the number of rows in it</extracomment>
        <translation>
            <numerusform>%1: %n строка</numerusform>
            <numerusform>%1: %n строки</numerusform>
            <numerusform>%1: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 records read so far, %2 all records</extracomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Which ticket field each column of the file fills</source>
        <translation>Какое поле обращения заполняет каждый столбец файла</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Mail archive (mbox)</source>
        <translation>Почтовый архив (mbox)</translation>
    </message>
    <message>
        <source>Mail files (.eml, or a folder of them)</source>
        <translation>Письма (.eml или папка с ними)</translation>
    </message>
    <message>
        <source>A Zendesk export (tickets, users and organizations as JSON), a CSV file of tickets, or a mailbox&apos;s history (mbox or .eml files).</source>
        <translation>Выгрузка Zendesk (обращения, пользователи и организации в JSON), CSV-файл с обращениями или история почтового ящика (mbox или файлы .eml).</translation>
    </message>
    <message>
        <source>Folder of Mail Files</source>
        <translation>Папка с письмами</translation>
    </message>
    <message>
        <source>Exports (*.json *.ndjson *.jsonl *.csv *.txt *.mbox *.mbx *.eml);;All files (*)</source>
        <translation>Выгрузки (*.json *.ndjson *.jsonl *.csv *.txt *.mbox *.mbx *.eml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1: mail, read as the mailbox would deliver it</source>
        <extracomment>%1 a file or folder name</extracomment>
        <translation>%1: почта, которая будет прочитана так, как её доставил бы ящик</translation>
    </message>
</context>
<context>
    <name>Casebook::ImportSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Unknown import kind &quot;%1&quot;: use one of %2.</source>
        <translation>Неизвестный вид импорта «%1»: используйте один из следующих: %2.</translation>
    </message>
    <message>
        <source>%1 is a mail archive: it is read by the mail intake.</source>
        <translation>%1 — почтовый архив: его читает приём почты.</translation>
    </message>
</context>
<context>
    <name>Casebook::ImportSummary</name>
    <message>
        <source>%n ticket(s) imported.</source>
        <translation>Импортировано обращений: %n.</translation>
    </message>
    <message>
        <source>%n message(s) imported.</source>
        <translation>Импортировано сообщений: %n.</translation>
    </message>
    <message>
        <source>%n customer(s) added.</source>
        <translation>Добавлено клиентов: %n.</translation>
    </message>
    <message>
        <source>%n record(s) were imported before and were left as they are.</source>
        <translation>Записей, импортированных ранее и оставленных без изменений: %n.</translation>
    </message>
    <message>
        <source>%n record(s) skipped:</source>
        <translation>Пропущено записей (%n):</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>%1 where in the file (a row, a ticket), %2 what is wrong with it</extracomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; what was imported until then stays.</source>
        <translation>Импорт отменён; всё, что было импортировано до этого, сохранено.</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Импорт остановлен: %1</translation>
    </message>
</context>
<context>
    <name>Casebook::ImportWriter</name>
    <message>
        <source>ticket %1</source>
        <translation>обращение %1</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <source>A person with neither a name nor an address.</source>
        <translation>Пользователь без имени и адреса.</translation>
    </message>
    <message>
        <source>The ticket has no id.</source>
        <translation>У обращения нет идентификатора.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>Casebook::InboxDelegate</name>
    <message>
        <source>No longer in this view</source>
        <extracomment>Tooltip of an inbox row the agent is on whose ticket no longer matches the view (after their edit)</extracomment>
        <translation>Больше не соответствует этому представлению</translation>
    </message>
    <message>
        <source>%1 is typing a reply</source>
        <extracomment>Inbox tooltip: an agent answering or reading a ticket now</extracomment>
        <translation>%1 пишет ответ</translation>
    </message>
    <message>
        <source>%1 has it open</source>
        <translation>Сейчас открыто у %1</translation>
    </message>
</context>
<context>
    <name>Casebook::InboxModel</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отвечено</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>через %n мин</numerusform>
            <numerusform>через %n мин</numerusform>
            <numerusform>через %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает клиента</translation>
    </message>
    <message>
        <source>On-hold</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критическая</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Активность</translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>через %n ч</numerusform>
            <numerusform>через %n ч</numerusform>
            <numerusform>через %n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence valid</source>
        <translation>Лицензия действует</translation>
    </message>
    <message>
        <source>Licence expires soon</source>
        <translation>Лицензия скоро истекает</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation>Лицензия истекла</translation>
    </message>
    <message>
        <source>No licence</source>
        <translation>Нет лицензии</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>опоздание %n мин</numerusform>
            <numerusform>опоздание %n мин</numerusform>
            <numerusform>опоздание %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h late</source>
        <translation>
            <numerusform>опоздание %n ч</numerusform>
            <numerusform>опоздание %n ч</numerusform>
            <numerusform>опоздание %n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>опоздание %n день</numerusform>
            <numerusform>опоздание %n дня</numerusform>
            <numerusform>опоздание %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Next response due %1</source>
        <translation>Следующий ответ до %1</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>Первый ответ до %1</translation>
    </message>
    <message>
        <source>Sorts by the number of tags: untagged tickets first</source>
        <translation>Сортирует по числу меток: сначала обращения без меток</translation>
    </message>
    <message>
        <source>Response due</source>
        <extracomment>Inbox column: when the customer must have the first (or, after it, the next) answer</extracomment>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Inbox column (R28): how badly the customer is hit, low to critical</extracomment>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Complexity</source>
        <extracomment>Inbox column (R10): how much work the request is, simple to critical, or a proposal</extracomment>
        <translation>Сложность</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Inbox column (R34): when the customer&apos;s request arrived</extracomment>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Блокирует</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Расследование</translation>
    </message>
    <message>
        <source>Feature request</source>
        <translation>Запрос функции</translation>
    </message>
    <message>
        <source>Quick answer</source>
        <translation>Быстрый ответ</translation>
    </message>
    <message>
        <source>Private: a security report, seen only by leads and its assignee
%1</source>
        <extracomment>%1 is the ticket&apos;s subject (R40)</extracomment>
        <translation>Закрытый: сообщение об уязвимости, видно только лидам и исполнителю
%1</translation>
    </message>
</context>
<context>
    <name>Casebook::InboxSection</name>
    <message>
        <source>Reply to Customer</source>
        <translation>Ответить клиенту</translation>
    </message>
    <message>
        <source>Write Internal Note</source>
        <translation>Написать внутреннюю заметку</translation>
    </message>
    <message>
        <source>Tag Ticket</source>
        <translation>Поставить метку</translation>
    </message>
    <message>
        <source>Take Ticket</source>
        <translation>Взять обращение</translation>
    </message>
    <message>
        <source>Solve Ticket…</source>
        <translation>Решить обращение…</translation>
    </message>
    <message>
        <source>No tickets yet</source>
        <translation>Обращений пока нет</translation>
    </message>
    <message>
        <source>E-mail arrives as tickets once the team&apos;s mailbox is connected.</source>
        <translation>Когда почтовый ящик команды будет подключён, письма станут приходить как обращения.</translation>
    </message>
    <message>
        <source>New Ticket…</source>
        <translation>Новое обращение…</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>Import Customers…</source>
        <translation>Импорт клиентов…</translation>
    </message>
    <message>
        <source>Log Call or Chat…</source>
        <translation>Записать звонок или чат…</translation>
    </message>
    <message>
        <source>Hand Off Ticket…</source>
        <translation>Передать тикет…</translation>
    </message>
    <message>
        <source>Escalate Ticket to Lead…</source>
        <translation>Эскалировать тикет лиду…</translation>
    </message>
    <message>
        <source>File a Bug Report…</source>
        <translation>Создать отчёт об ошибке…</translation>
    </message>
    <message>
        <source>When a customer calls, chats or drops by, type the request in as a new ticket. Add your customers one by one, or import the list you keep elsewhere from a CSV file. A team moving from another helpdesk brings its tickets along with Import History.</source>
        <translation>Когда клиент звонит, пишет в чат или заходит лично, внесите его запрос как новое обращение. Добавляйте клиентов по одному или импортируйте из файла CSV список, который вы ведёте в другом месте. Команда, переходящая из другой службы поддержки, переносит свои обращения с помощью импорта истории.</translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation>Импорт истории…</translation>
    </message>
    <message>
        <source>Connect a Mailbox…</source>
        <translation>Подключить почтовый ящик…</translation>
    </message>
</context>
<context>
    <name>Casebook::InboxView</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Save the search as a view for the team</source>
        <translation>Сохранить поиск как представление для команды</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Rename or change this team view</source>
        <translation>Переименовать или изменить это командное представление</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this team view</source>
        <translation>Удалить это командное представление</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Search, for example: tag:billing -status:closed</source>
        <translation>Поиск, например: tag:billing -status:closed</translation>
    </message>
    <message>
        <source>&amp;Save View</source>
        <translation>&amp;Сохранить представление</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Team view:</source>
        <translation>Командное представление:</translation>
    </message>
    <message>
        <source>Next Ticket</source>
        <translation>Следующее обращение</translation>
    </message>
    <message>
        <source>Previous Ticket</source>
        <translation>Предыдущее обращение</translation>
    </message>
    <message>
        <source>Open Ticket</source>
        <translation>Открыть обращение</translation>
    </message>
    <message>
        <source>Search Tickets</source>
        <translation>Поиск обращений</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A view in the inbox&apos;s picker and its live number of tickets</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tagged this month: …</source>
        <translation>С метками в этом месяце: …</translation>
    </message>
    <message>
        <source>Tagged this month: %1 % (goal %2 %)</source>
        <extracomment>R14: the share of this month&apos;s tickets that carry a tag, against the team&apos;s goal</extracomment>
        <translation>С метками в этом месяце: %1 % (цель %2 %)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <extracomment>%1 is the position in the search text (1 is the first character), %2 what is wrong there</extracomment>
        <translation>Позиция %1: %2</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>Не удалось выполнить поиск: %1</translation>
    </message>
    <message numerus="yes">
        <source>best %n match(es)</source>
        <translation>
            <numerusform>%n лучшее совпадение</numerusform>
            <numerusform>%n лучших совпадения</numerusform>
            <numerusform>%n лучших совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove View</source>
        <translation>Удаление представления</translation>
    </message>
    <message>
        <source>Remove the view &quot;%1&quot; for the whole team?</source>
        <translation>Удалить представление «%1» для всей команды?</translation>
    </message>
    <message>
        <source>The view: a saved search with its live count</source>
        <translation>Представление: сохранённый поиск с живым счётчиком</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Представление</translation>
    </message>
    <message>
        <source>Tagged this month: no tickets this month</source>
        <extracomment>R14: no ticket was created this month, so there is no tagged share to show</extracomment>
        <translation>С метками в этом месяце: в этом месяце нет обращений</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Все тикеты</translation>
    </message>
    <message>
        <source>Search All Tickets</source>
        <translation>Искать во всех тикетах</translation>
    </message>
    <message>
        <source>The share of the tickets created this month that carry at least one tag; no ticket was created this month yet. Click to list the open tickets without a tag.</source>
        <translation>Доля тикетов этого месяца хотя бы с одним тегом; в этом месяце тикетов ещё нет. Нажмите, чтобы показать открытые тикеты без тегов.</translation>
    </message>
    <message>
        <source>%1 of %2 tickets created this month carry at least one tag; the team&apos;s goal is %3 %. Click to list the open tickets without a tag.</source>
        <extracomment>%1 and %2 count tickets, %3 is the team&apos;s goal in percent</extracomment>
        <translation>%1 из %2 тикетов этого месяца имеют хотя бы один тег; цель команды — %3 %. Нажмите, чтобы показать открытые тикеты без тегов.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in all tickets</source>
        <translation>
            <numerusform>%n совпадение во всех тикетах</numerusform>
            <numerusform>%n совпадения во всех тикетах</numerusform>
            <numerusform>%n совпадений во всех тикетах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1</source>
        <extracomment>%1 is the view searched, for example &quot;Mine&quot;</extracomment>
        <translation>
            <numerusform>%n совпадение в «%1»</numerusform>
            <numerusform>%n совпадения в «%1»</numerusform>
            <numerusform>%n совпадений в «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Search in all tickets</source>
        <translation>Поиск во всех тикетах</translation>
    </message>
    <message>
        <source>Search in %1</source>
        <translation>Поиск в «%1»</translation>
    </message>
    <message>
        <source>%1: subjects, messages, customers, #number…  status: tag: assignee:me</source>
        <extracomment>The search box&apos;s hint; %1 says where it searches, for example &quot;Search in Mine&quot;</extracomment>
        <translation>%1: текст, клиент, #номер…  status: tag:</translation>
    </message>
    <message>
        <source>Searching all tickets; click (%2) to search only in %1</source>
        <translation>Поиск во всех тикетах; нажмите (%2), чтобы искать только в «%1»</translation>
    </message>
    <message>
        <source>Searching only in %1; click (%2) to search all tickets</source>
        <translation>Поиск только в «%1»; нажмите (%2), чтобы искать во всех тикетах</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>The inbox: one row per ticket, newest activity first</source>
        <translation>Входящие: по строке на обращение, сначала с самой свежей активностью</translation>
    </message>
    <message numerus="yes">
        <source>%n+ match(es)…</source>
        <extracomment>%n is how many matches are shown so far; more are on their way</extracomment>
        <translation>
            <numerusform>%n+ совпадение…</numerusform>
            <numerusform>%n+ совпадения…</numerusform>
            <numerusform>%n+ совпадений…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::InternalMessage</name>
    <message>
        <source>Tracker</source>
        <translation>Трекер</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Domain registrar</source>
        <translation>Регистратор доменов</translation>
    </message>
    <message>
        <source>Affiliate network</source>
        <translation>Партнёрская сеть</translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Обращение #%1: %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Задачи:</translation>
    </message>
    <message>
        <source>[done] %1</source>
        <translation>[готово] %1</translation>
    </message>
    <message>
        <source>Accesses (in the vault):</source>
        <translation>Доступы (в хранилище):</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
</context>
<context>
    <name>Casebook::IssueFormExport</name>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository; write it as OWNER/REPO.</source>
        <translation>«%1» — не репозиторий GitHub; укажите его в виде OWNER/REPO.</translation>
    </message>
</context>
<context>
    <name>Casebook::IssueFormParser</name>
    <message>
        <source>%1: each body element must be a map with `type` and `attributes`</source>
        <translation>%1: каждый элемент body должен быть словарём с `type` и `attributes`</translation>
    </message>
    <message>
        <source>%1: required key `type` is missing</source>
        <translation>%1: отсутствует обязательный ключ `type`</translation>
    </message>
    <message>
        <source>%1: `%2` is not a valid input type (markdown, textarea, input, dropdown, checkboxes)</source>
        <translation>%1: `%2` — недопустимый тип поля (markdown, textarea, input, dropdown, checkboxes)</translation>
    </message>
    <message>
        <source>%1: `id` can only contain letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>%1: `id` может содержать только буквы, цифры, &apos;-&apos; и &apos;_&apos;</translation>
    </message>
    <message>
        <source>%1: markdown elements have no `id`; it is ignored</source>
        <translation>%1: у элементов markdown не бывает `id`; он игнорируется</translation>
    </message>
    <message>
        <source>%1: required attribute key `%2` is missing</source>
        <translation>%1: отсутствует обязательный ключ атрибутов `%2`</translation>
    </message>
    <message>
        <source>%1: `attributes` must be a map</source>
        <translation>%1: `attributes` должен быть словарём</translation>
    </message>
    <message>
        <source>%1: markdown is static text; `validations` and `required` are not allowed on it</source>
        <translation>%1: markdown — это статический текст; `validations` и `required` для него недопустимы</translation>
    </message>
    <message>
        <source>%1: `validations` must be a map</source>
        <translation>%1: `validations` должен быть словарём</translation>
    </message>
    <message>
        <source>%1: required attribute key `value` is missing</source>
        <translation>%1: отсутствует обязательный ключ атрибутов `value`</translation>
    </message>
    <message>
        <source>%1: required attribute key `label` is missing</source>
        <translation>%1: отсутствует обязательный ключ атрибутов `label`</translation>
    </message>
    <message>
        <source>%1: `label` contains the forbidden word &quot;password&quot;</source>
        <translation>%1: `label` содержит запрещённое слово «password»</translation>
    </message>
    <message>
        <source>%1: required attribute key `options` is missing</source>
        <translation>%1: отсутствует обязательный ключ атрибутов `options`</translation>
    </message>
    <message>
        <source>%1: `options` must be a non-empty list of strings</source>
        <translation>%1: `options` должен быть непустым списком строк</translation>
    </message>
    <message>
        <source>%1: `options` must not include booleans; put quotes around %2</source>
        <translation>%1: в `options` не должно быть логических значений; заключите %2 в кавычки</translation>
    </message>
    <message>
        <source>%1: each entry of `options` must be a non-empty string</source>
        <translation>%1: каждый элемент `options` должен быть непустой строкой</translation>
    </message>
    <message>
        <source>%1: `options` must not include the reserved word None</source>
        <translation>%1: в `options` не должно быть зарезервированного слова None</translation>
    </message>
    <message>
        <source>%1: with a `default`, `options` must not include n/a</source>
        <translation>%1: если задан `default`, в `options` не должно быть n/a</translation>
    </message>
    <message>
        <source>%1: `options` must be unique; &quot;%2&quot; appears twice</source>
        <translation>%1: значения в `options` должны быть уникальными; «%2» встречается дважды</translation>
    </message>
    <message>
        <source>%1: `default` %2 is not the index of an option (0 to %3)</source>
        <translation>%1: `default` %2 не является номером варианта (от 0 до %3)</translation>
    </message>
    <message>
        <source>%1: `options` must be a non-empty list of checkboxes, each with a `label`</source>
        <translation>%1: `options` должен быть непустым списком флажков, у каждого из которых есть `label`</translation>
    </message>
    <message>
        <source>%1: each checkbox must be a map with a `label`</source>
        <translation>%1: каждый флажок должен быть словарём с `label`</translation>
    </message>
    <message>
        <source>%1: required checkbox key `label` is missing</source>
        <translation>%1: отсутствует обязательный ключ флажка `label`</translation>
    </message>
    <message>
        <source>%1: checkboxes must have unique labels; &quot;%2&quot; appears twice</source>
        <translation>%1: подписи флажков должны быть уникальными; «%2» встречается дважды</translation>
    </message>
    <message>
        <source>%1: body must have unique ids; `%2` is also the id of %3</source>
        <translation>%1: id в body должны быть уникальными; `%2` уже используется как id в %3</translation>
    </message>
    <message>
        <source>%1: body must have unique labels; &quot;%2&quot; is also the label of %3 (give one of them an `id`)</source>
        <translation>%1: подписи в body должны быть уникальными; «%2» уже используется как подпись в %3 (задайте одному из них `id`)</translation>
    </message>
    <message>
        <source>%1: labels are too similar; &quot;%2&quot; makes the same reference `%3` as %4 (change the label or give it an `id`)</source>
        <translation>%1: подписи слишком похожи; «%2» даёт ту же ссылку `%3`, что и %4 (измените подпись или задайте `id`)</translation>
    </message>
    <message>
        <source>body[%1]: checkboxes must have unique labels; &quot;%2&quot; is also the label of body[%3] (give that element an `id`)</source>
        <translation>body[%1]: подписи флажков должны быть уникальными; «%2» уже используется как подпись в body[%3] (задайте этому элементу `id`)</translation>
    </message>
    <message>
        <source>the template is empty; it needs at least `name`, `description` and `body`</source>
        <translation>шаблон пуст; в нём должны быть как минимум `name`, `description` и `body`</translation>
    </message>
    <message>
        <source>the template must be a map of keys such as `name`, `description` and `body`</source>
        <translation>шаблон должен быть словарём с ключами, такими как `name`, `description` и `body`</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>required top level key `%1` is missing</source>
        <translation>отсутствует обязательный ключ верхнего уровня `%1`</translation>
    </message>
    <message>
        <source>body cannot be empty: the top level key `body` is missing (an extra `---` before `body` also hides it)</source>
        <translation>body не может быть пустым: отсутствует ключ верхнего уровня `body` (его также скрывает лишний `---` перед `body`)</translation>
    </message>
    <message>
        <source>body cannot be empty</source>
        <translation>body не может быть пустым</translation>
    </message>
    <message>
        <source>`body` must be a list of elements</source>
        <translation>`body` должен быть списком элементов</translation>
    </message>
    <message>
        <source>body must contain at least one non-markdown field</source>
        <translation>в body должно быть хотя бы одно поле, кроме markdown</translation>
    </message>
    <message>
        <source>the template chooser must be a map with `blank_issues_enabled` and `contact_links`</source>
        <translation>настройки выбора шаблона должны быть словарём с `blank_issues_enabled` и `contact_links`</translation>
    </message>
    <message>
        <source>`contact_links` must be a list</source>
        <translation>`contact_links` должен быть списком</translation>
    </message>
    <message>
        <source>%1: each contact link must be a map with `name`, `url` and `about`</source>
        <translation>%1: каждая контактная ссылка должна быть словарём с `name`, `url` и `about`</translation>
    </message>
    <message>
        <source>%1: required key `%2` is missing</source>
        <translation>%1: отсутствует обязательный ключ `%2`</translation>
    </message>
    <message>
        <source>%1: `url` must be a web address</source>
        <translation>%1: `url` должен быть веб-адресом</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <extracomment>%1 is the YAML parser&apos;s own (English) description of the problem.</extracomment>
        <translation>это некорректный YAML: %1</translation>
    </message>
    <message>
        <source>%1: a key must be a plain word</source>
        <translation>%1: ключ должен быть простым словом</translation>
    </message>
    <message>
        <source>%1: `%2` is a forbidden key, YAML reads it as a boolean</source>
        <translation>%1: `%2` — запрещённый ключ, YAML читает его как логическое значение</translation>
    </message>
    <message>
        <source>%1: `%2` is not a key GitHub knows here; it is ignored</source>
        <translation>%1: GitHub не знает ключа `%2` в этом месте; он игнорируется</translation>
    </message>
    <message>
        <source>`%1` must not be empty</source>
        <translation>`%1` не должен быть пустым</translation>
    </message>
    <message>
        <source>`%1` must be a string; put quotes around %2</source>
        <translation>`%1` должен быть строкой; заключите %2 в кавычки</translation>
    </message>
    <message>
        <source>`%1` must be a string</source>
        <translation>`%1` должен быть строкой</translation>
    </message>
    <message>
        <source>`%1` must be true or false</source>
        <translation>`%1` должен иметь значение true или false</translation>
    </message>
    <message>
        <source>`%1` must be a whole number</source>
        <translation>`%1` должен быть целым числом</translation>
    </message>
    <message>
        <source>`%1` must be a list or a comma-separated string</source>
        <translation>`%1` должен быть списком или строкой со значениями через запятую</translation>
    </message>
    <message>
        <source>each entry of `%1` must be a non-empty string</source>
        <translation>каждый элемент `%1` должен быть непустой строкой</translation>
    </message>
    <message>
        <source>this is the 2021 beta syntax of issue forms (`about`, `issue_body`, `inputs`, `title: &apos;&apos;`) or the front matter of a Markdown template, which GitHub no longer reads as a form: rename `about` to `description`, move the fields into a `body` list of elements (`markdown`, `input`, `textarea`, `dropdown`, `checkboxes`) and remove `issue_body`; or keep the text as a Markdown template (.md)</source>
        <translation>это синтаксис бета-версии форм задач 2021 года (`about`, `issue_body`, `inputs`, `title: &apos;&apos;`) или вводная часть (front matter) шаблона Markdown, которую GitHub больше не читает как форму: переименуйте `about` в `description`, перенесите поля в список элементов `body` (`markdown`, `input`, `textarea`, `dropdown`, `checkboxes`) и удалите `issue_body`; или оставьте текст как шаблон Markdown (.md)</translation>
    </message>
    <message>
        <source>`about` is the 2021 beta&apos;s name for `description`; GitHub still reads it here, but rename it to `description`</source>
        <translation>`about` — так в бета-версии 2021 года называлось `description`; здесь GitHub его пока читает, но переименуйте его в `description`</translation>
    </message>
    <message>
        <source>`issue_body` belongs to the 2021 beta of issue forms and is ignored; remove it</source>
        <translation>`issue_body` относится к бета-версии форм задач 2021 года и игнорируется; удалите его</translation>
    </message>
    <message>
        <source>the file is too large for a template: %1 (at most %2)</source>
        <extracomment>%1 the file&apos;s size, %2 the largest size read (&quot;512 KB&quot;)</extracomment>
        <translation>файл слишком велик для шаблона: %1 (не более %2)</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; a template is UTF-8 text</source>
        <translation>файл содержит нулевой байт; шаблон — это текст в UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text here (byte 0x%1)</source>
        <translation>здесь файл не является корректным текстом UTF-8 (байт 0x%1)</translation>
    </message>
    <message>
        <source>lists and maps are nested deeper than %1 levels here; a form needs far fewer</source>
        <translation>здесь списки и словари вложены глубже %1 уровней; форме нужно гораздо меньше</translation>
    </message>
</context>
<context>
    <name>Casebook::IssueFormWidget</name>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Выберите вариант</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A checkbox that must be ticked before the report can be submitted</extracomment>
        <translation>%1 (обязательно)</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <source>Choose at least one option.</source>
        <translation>Выберите хотя бы один вариант.</translation>
    </message>
    <message>
        <source>Choose an option.</source>
        <translation>Выберите вариант.</translation>
    </message>
    <message numerus="yes">
        <source>Tick the required box(es): %1</source>
        <extracomment>%1 lists the labels of the checkboxes that must be ticked, separated by &quot;; &quot;</extracomment>
        <translation>
            <numerusform>Отметьте обязательный флажок: %1</numerusform>
            <numerusform>Отметьте обязательные флажки: %1</numerusform>
            <numerusform>Отметьте обязательные флажки: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one box.</source>
        <translation>Отметьте хотя бы один флажок.</translation>
    </message>
</context>
<context>
    <name>Casebook::LogContactDialog</name>
    <message>
        <source>Log Call or Chat: %1</source>
        <extracomment>%1 is the ticket&apos;s subject</extracomment>
        <translation>Запись звонка или чата: %1</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>Что сказал клиент, его словами</translation>
    </message>
    <message>
        <source>The customer &amp;said:</source>
        <translation>Клиент &amp;сказал:</translation>
    </message>
    <message>
        <source>&amp;Log Message</source>
        <translation>&amp;Записать сообщение</translation>
    </message>
</context>
<context>
    <name>Casebook::MailAccountStore</name>
    <message>
        <source>A mail account needs an address, an IMAP server and an SMTP server.</source>
        <translation>Для почтовой учётной записи нужны адрес, сервер IMAP и сервер SMTP.</translation>
    </message>
    <message>
        <source>Someone else changed this mail account first.</source>
        <translation>Кто-то уже изменил эту почтовую учётную запись.</translation>
    </message>
</context>
<context>
    <name>Casebook::MailAccountsModel</name>
    <message>
        <source>disabled</source>
        <extracomment>shown after a mail account&apos;s address when no mail is fetched or sent for it</extracomment>
        <translation>отключён</translation>
    </message>
    <message>
        <source>Enter the address customers write to.</source>
        <translation>Введите адрес, на который пишут клиенты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what was typed</extracomment>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s host name, for example imap.example.com.</source>
        <translation>Введите имя сервера IMAP, например imap.example.com.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Порт — это число от 1 до 65535.</translation>
    </message>
    <message>
        <source>Enter the user name for the IMAP server.</source>
        <translation>Введите имя пользователя для сервера IMAP.</translation>
    </message>
    <message>
        <source>Enter the folder to fetch, usually INBOX.</source>
        <translation>Введите папку, из которой забирать почту, обычно INBOX.</translation>
    </message>
    <message>
        <source>Enter the SMTP server&apos;s host name, for example smtp.example.com.</source>
        <translation>Введите имя сервера SMTP, например smtp.example.com.</translation>
    </message>
    <message>
        <source>Check for mail at most once a minute.</source>
        <translation>Проверять почту можно не чаще раза в минуту.</translation>
    </message>
    <message>
        <source>Only a lead or an admin adds or changes mail accounts.</source>
        <translation>Добавлять и менять почтовые ящики может только руководитель смены или администратор.</translation>
    </message>
    <message>
        <source>No password is stored for this account: type it in.</source>
        <translation>Пароль этого ящика не сохранён: введите его.</translation>
    </message>
    <message>
        <source>The keychain did not give the password: %1</source>
        <translation>Связка ключей не выдала пароль: %1</translation>
    </message>
    <message>
        <source>new mail at once</source>
        <extracomment>the server tells Casebook of new mail as it arrives (IMAP IDLE)</extracomment>
        <translation>новые письма сразу</translation>
    </message>
    <message numerus="yes">
        <source>checked every %n min</source>
        <translation>
            <numerusform>проверка каждую %n мин</numerusform>
            <numerusform>проверка каждые %n мин</numerusform>
            <numerusform>проверка каждые %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a lead or an admin changes how replies are sent.</source>
        <translation>Формат ответов меняет только руководитель или администратор.</translation>
    </message>
</context>
<context>
    <name>Casebook::MailArchive</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no mail Casebook can read.</source>
        <translation>В %1 нет писем, которые Casebook может прочитать.</translation>
    </message>
</context>
<context>
    <name>Casebook::MailCheck</name>
    <message>
        <source>%1: no server is given</source>
        <extracomment>%1 is IMAP or SMTP</extracomment>
        <translation>%1: сервер не указан</translation>
    </message>
    <message>
        <source>%1: the name %2 was not found (name lookup failed)</source>
        <extracomment>%1 is IMAP or SMTP, %2 the host name</extracomment>
        <translation>%1: имя %2 не найдено (ошибка поиска имени)</translation>
    </message>
    <message>
        <source>%1: %2 refused the connection on port %3</source>
        <extracomment>%1 is IMAP or SMTP, %2 the host name, %3 the port</extracomment>
        <translation>%1: %2 отклонил подключение к порту %3</translation>
    </message>
    <message>
        <source>%1: no answer from %2 on port %3</source>
        <translation>%1: нет ответа от %2 на порту %3</translation>
    </message>
    <message>
        <source>%1: the TLS handshake with %2 failed: %3</source>
        <extracomment>%1 is IMAP or SMTP, %2 the host name, %3 the TLS library&apos;s reason</extracomment>
        <translation>%1: не удалось установить TLS-соединение с %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot connect to %2: %3</source>
        <extracomment>%1 is IMAP or SMTP, %2 the host name, %3 the system&apos;s reason</extracomment>
        <translation>%1: не удаётся подключиться к %2: %3</translation>
    </message>
    <message>
        <source>IMAP: the TLS handshake with %1 failed: %2</source>
        <translation>IMAP: не удалось установить TLS-соединение с %1: %2</translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP: %1</translation>
    </message>
    <message>
        <source>IMAP: the server rejected the login of %1: %2</source>
        <extracomment>%1 is the user name, %2 the server&apos;s words</extracomment>
        <translation>IMAP: сервер не принял вход %1: %2</translation>
    </message>
    <message>
        <source>IMAP: the folder &quot;%1&quot; cannot be opened: %2</source>
        <extracomment>%1 is the folder name, %2 the server&apos;s words</extracomment>
        <translation>IMAP: не удаётся открыть папку «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>IMAP ok: %n message(s) in %1</source>
        <extracomment>%1 is the folder name</extracomment>
        <translation>
            <numerusform>IMAP в порядке: %n письмо в %1</numerusform>
            <numerusform>IMAP в порядке: %n письма в %1</numerusform>
            <numerusform>IMAP в порядке: %n писем в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP ok</source>
        <translation>SMTP в порядке</translation>
    </message>
    <message>
        <source>SMTP: the server rejected the login of %1: %2</source>
        <translation>SMTP: сервер не принял вход %1: %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>сервер закрыл соединение</translation>
    </message>
    <message>
        <source>SMTP: the TLS handshake with %1 failed: %2</source>
        <translation>SMTP: не удалось установить TLS-соединение с %1: %2</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP: %1</translation>
    </message>
    <message>
        <source>IMAP: the server does not offer STARTTLS; choose TLS or no encryption</source>
        <translation>IMAP: сервер не поддерживает STARTTLS; выберите TLS или работу без шифрования</translation>
    </message>
    <message>
        <source>SMTP: the server rejected the login of %1</source>
        <translation>SMTP: сервер не принял вход %1</translation>
    </message>
    <message>
        <source>SMTP: the server does not offer STARTTLS; choose TLS or no encryption</source>
        <translation>SMTP: сервер не поддерживает STARTTLS; выберите TLS или работу без шифрования</translation>
    </message>
    <message>
        <source>IMAP: no answer from %1 while logging in</source>
        <extracomment>%1 is the host name</extracomment>
        <translation>IMAP: нет ответа от %1 при входе</translation>
    </message>
</context>
<context>
    <name>Casebook::MailIntake</name>
    <message>
        <source>No ticket holds this mail.</source>
        <translation>Это письмо не относится ни к одному обращению.</translation>
    </message>
    <message>
        <source>(This mail has no text.)</source>
        <translation>(В этом письме нет текста.)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Unreadable mail</source>
        <translation>Нечитаемое письмо</translation>
    </message>
    <message>
        <source>Casebook could not read this mail; it is kept as it arrived.</source>
        <translation>Casebook не удалось прочитать это письмо; оно сохранено в том виде, в каком пришло.</translation>
    </message>
    <message>
        <source>A mail to the customer could not be delivered.</source>
        <translation>Письмо клиенту не удалось доставить.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed or gone.</source>
        <translation>Обращение %1 закрыто или удалено.</translation>
    </message>
</context>
<context>
    <name>Casebook::MailPage</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <extracomment>no encryption: the password crosses the network readable</extracomment>
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <source>Mail accounts</source>
        <translation>Почтовые ящики</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;Добавить ящик</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>a number of minutes follows the spin box&apos;s value</extracomment>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Fetch and send mail for this account</source>
        <translation>&amp;Забирать и отправлять почту этого ящика</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Support a&amp;ddress:</source>
        <translation>&amp;Адрес поддержки:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in the database.</source>
        <translation>Хранится в связке ключей этого компьютера, никогда в базе данных.</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Проверять &amp;каждые:</translation>
    </message>
    <message>
        <source>&amp;Test Account</source>
        <translation>&amp;Проверить ящик</translation>
    </message>
    <message>
        <source>&amp;Save Account</source>
        <translation>&amp;Сохранить ящик</translation>
    </message>
    <message>
        <source>Mailboxes whose mail becomes tickets, and where answers leave from:</source>
        <translation>Почтовые ящики, письма из которых становятся заявками и с которых уходят ответы:</translation>
    </message>
    <message>
        <source>The account was saved, but the keychain did not take the password: %1</source>
        <translation>Ящик сохранён, но связка ключей не приняла пароль: %1</translation>
    </message>
    <message>
        <source>Only a lead or an admin adds or changes mail accounts.</source>
        <translation>Добавлять и менять почтовые ящики может только руководитель смены или администратор.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Входящая почта (IMAP)</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Се&amp;рвер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>Защи&amp;та:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Пол&amp;ьзователь:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Па&amp;пка:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Исходящая почта (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Serv&amp;er:</source>
        <translation>Серв&amp;ер:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Пор&amp;т:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>За&amp;щита:</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>Пользо&amp;ватель:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>The account was not saved: see the marked fields.</source>
        <translation>Ящик не сохранён: см. отмеченные поля.</translation>
    </message>
    <message>
        <source>Someone else changed this account first. Your changes are still in the form: save again to replace theirs, or pick the account in the list to see theirs.</source>
        <translation>Кто-то другой изменил этот ящик раньше. Ваши изменения остались в форме: сохраните ещё раз, чтобы заменить чужие, или выберите ящик в списке, чтобы увидеть их.</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <extracomment>%1 says why</extracomment>
        <translation>Ящик не сохранён: %1</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <extracomment>%1 is the account&apos;s name</extracomment>
        <translation>%1 сохранён.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>None (no login)</source>
        <translation>Нет (без входа)</translation>
    </message>
    <message>
        <source>Leave empty when the server takes mail without a login</source>
        <translation>Оставьте пустым, если сервер принимает почту без входа</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>Plain text and HTML</source>
        <translation>Обычный текст и HTML</translation>
    </message>
    <message>
        <source>With HTML, a reply&apos;s paragraphs and links show as formatted text; nothing is loaded from the web. For every account of the team.</source>
        <translation>С HTML абзацы и ссылки ответа видны как оформленный текст; из сети ничего не загружается. Для всех ящиков команды.</translation>
    </message>
    <message>
        <source>Send rep&amp;lies as:</source>
        <translation>Отправлять &amp;ответы как:</translation>
    </message>
</context>
<context>
    <name>Casebook::MailParser</name>
    <message>
        <source>attachment-%1</source>
        <translation>вложение-%1</translation>
    </message>
    <message>
        <source>---------- Forwarded message ----------</source>
        <translation>---------- Пересланное сообщение ----------</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
</context>
<context>
    <name>Casebook::MailService</name>
    <message>
        <source>The password of this account is not in the keychain.</source>
        <translation>Пароля этой учётной записи нет в связке ключей.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <extracomment>an answer could not be sent; it stays in the outbox and is tried again</extracomment>
        <translation>Исходящие</translation>
    </message>
</context>
<context>
    <name>Casebook::MailTransport</name>
    <message>
        <source>The connection to the IMAP server was lost.</source>
        <translation>Подключение к серверу IMAP потеряно.</translation>
    </message>
    <message>
        <source>The SMTP server closed the connection.</source>
        <translation>Сервер SMTP закрыл подключение.</translation>
    </message>
    <message numerus="yes">
        <source>The IMAP server did not answer for %n second(s) while %1.</source>
        <translation>
            <numerusform>Сервер IMAP не отвечал %n секунду во время %1.</numerusform>
            <numerusform>Сервер IMAP не отвечал %n секунды во время %1.</numerusform>
            <numerusform>Сервер IMAP не отвечал %n секунд во время %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>входа</translation>
    </message>
    <message>
        <source>opening the folder</source>
        <translation>открытия папки</translation>
    </message>
    <message>
        <source>fetching new mail</source>
        <translation>получения новых писем</translation>
    </message>
    <message numerus="yes">
        <source>The SMTP server did not answer for %n second(s).</source>
        <translation>
            <numerusform>Сервер SMTP не отвечал %n секунду.</numerusform>
            <numerusform>Сервер SMTP не отвечал %n секунды.</numerusform>
            <numerusform>Сервер SMTP не отвечал %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SMTP server rejected the login of %1: %2</source>
        <extracomment>%1 is the user name, %2 the server&apos;s words</extracomment>
        <translation>Сервер SMTP не принял вход %1: %2</translation>
    </message>
</context>
<context>
    <name>Casebook::MailWatcher</name>
    <message>
        <source>The IMAP server did not answer.</source>
        <translation>Сервер IMAP не ответил.</translation>
    </message>
    <message>
        <source>The connection to the IMAP server was lost.</source>
        <translation>Подключение к серверу IMAP потеряно.</translation>
    </message>
</context>
<context>
    <name>Casebook::MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Customer tickets from every channel, newest first, with their status, assignee and the time each answer is due.</source>
        <translation>Обращения клиентов из всех каналов, сначала новые, с их статусом, исполнителем и сроком ответа.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Each customer&apos;s card: licence, tier and support profile, their tickets and the team&apos;s private notes about them.</source>
        <translation>Карточка каждого клиента: лицензия, уровень и профиль поддержки, его обращения и внутренние заметки команды о нём.</translation>
    </message>
    <message>
        <source>This version of Casebook cannot show customer cards yet.</source>
        <translation>Эта версия Casebook пока не показывает карточки клиентов.</translation>
    </message>
    <message>
        <source>Bug Reports</source>
        <translation>Отчёты об ошибках</translation>
    </message>
    <message>
        <source>Bug reports the team writes from tickets with the project&apos;s templates, ready to send to the issue tracker.</source>
        <translation>Отчёты об ошибках, которые команда составляет по обращениям по шаблонам проекта, готовые к отправке в трекер задач.</translation>
    </message>
    <message>
        <source>This version of Casebook cannot write or list bug reports yet.</source>
        <translation>Эта версия Casebook пока не умеет составлять и показывать отчёты об ошибках.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Ideas and feature requests on one board, each with the customers and tickets that asked for it.</source>
        <translation>Идеи и пожелания на одной доске, у каждого — клиенты и обращения, в которых о нём просили.</translation>
    </message>
    <message>
        <source>This version of Casebook cannot show the proposal board yet.</source>
        <translation>Эта версия Casebook пока не показывает доску предложений.</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Смены</translation>
    </message>
    <message>
        <source>The team&apos;s roster: who is on shift now, when each shift ends and the next working time in the team&apos;s time zone.</source>
        <translation>График команды: кто сейчас на смене, когда заканчивается каждая смена и ближайшее рабочее время в часовом поясе команды.</translation>
    </message>
    <message>
        <source>This version of Casebook cannot show or edit the roster yet.</source>
        <translation>Эта версия Casebook пока не умеет показывать и изменять график.</translation>
    </message>
    <message>
        <source>PostgreSQL server %1</source>
        <extracomment>%1 is user@host:port/database</extracomment>
        <translation>сервер PostgreSQL %1</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <extracomment>%1 is the path of the database file</extracomment>
        <translation>файл SQLite %1</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Open database: %1</source>
        <extracomment>%1 names the database, for example &quot;SQLite file /home/anna/casebook.casebook&quot;</extracomment>
        <translation>Открытая база данных: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>&amp;О программе Casebook</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Status bar: the database connection is up</extracomment>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Нет подключения: %1</translation>
    </message>
    <message>
        <source>Changes are kept back until the connection returns.</source>
        <translation>Изменения ждут, пока подключение восстановится.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Open %1 now? Casebook will use it from now on.</source>
        <translation>Открыть %1 сейчас? Дальше Casebook будет работать с ней.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;A desktop helpdesk for customer-support teams.&lt;/p&gt;&lt;p&gt;Casebook is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;Настольное приложение для команд поддержки клиентов.&lt;/p&gt;&lt;p&gt;Casebook — свободная программа, распространяемая на условиях GNU General Public License версии 3 или более поздней.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2, работает на Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>О программе Casebook</translation>
    </message>
    <message numerus="yes">
        <source>The team has %n active agent(s).</source>
        <translation>
            <numerusform>В команде %n активный сотрудник.</numerusform>
            <numerusform>В команде %n активных сотрудника.</numerusform>
            <numerusform>В команде %n активных сотрудников.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <extracomment>Status bar; %1 is for example &quot;SQLite file /home/anna/casebook.casebook&quot;</extracomment>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Доступы</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Палитра команд…</translation>
    </message>
    <message>
        <source>Team Load</source>
        <translation>Загрузка команды</translation>
    </message>
    <message>
        <source>Canned &amp;Replies…</source>
        <translation>&amp;Шаблоны ответов…</translation>
    </message>
    <message>
        <source>&amp;New Ticket…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <source>A ticket typed in by hand: a call, a chat, a visit or a message of your own</source>
        <translation>Обращение, внесённое вручную: звонок, чат, визит или ваше собственное сообщение</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>New C&amp;ustomer…</source>
        <translation>Новый &amp;клиент…</translation>
    </message>
    <message>
        <source>&amp;Import Customers…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <source>Add Ticket to &amp;Proposals…</source>
        <translation>Добавить обращение в &amp;предложения…</translation>
    </message>
    <message>
        <source>Review &amp;Proposals…</source>
        <translation>Р&amp;азбор предложений…</translation>
    </message>
    <message>
        <source>The database cannot be reached, so nothing you change now is saved to it. Casebook keeps trying and catches up by itself. What is on screen stays readable, and drafts you type are kept on this computer until the connection returns.</source>
        <translation>База данных недоступна, поэтому ваши изменения сейчас в неё не сохраняются. Casebook продолжает попытки и наверстает всё сам. Всё, что на экране, можно читать, а набранные черновики хранятся на этом компьютере, пока подключение не восстановится.</translation>
    </message>
    <message>
        <source>Drafts typed while disconnected are still only on this computer: %1</source>
        <extracomment>%1 is the database&apos;s reason</extracomment>
        <translation>Черновики, набранные без подключения, по-прежнему есть только на этом компьютере: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected again: %n draft(s) typed while disconnected saved to the database.</source>
        <translation>
            <numerusform>Подключение восстановлено: %n черновик, набранный без подключения, сохранён в базу данных.</numerusform>
            <numerusform>Подключение восстановлено: %n черновика, набранных без подключения, сохранены в базу данных.</numerusform>
            <numerusform>Подключение восстановлено: %n черновиков, набранных без подключения, сохранены в базу данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>The playbook&apos;s numbers as charts: tagging, top tags, response times, volume, load and bug reports, for a week, a month or a quarter.</source>
        <translation>Числа регламента в виде диаграмм: расстановка меток, популярные метки, время ответа, объём, загрузка и отчёты об ошибках за неделю, месяц или квартал.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Импорт и&amp;стории…</translation>
    </message>
    <message>
        <source>Check &amp;Mail Now</source>
        <translation>Проверить &amp;почту сейчас</translation>
    </message>
    <message>
        <source>Fetch every enabled mail account and send the outbox now</source>
        <translation>Забрать почту всех включённых ящиков и отправить исходящие сейчас</translation>
    </message>
    <message>
        <source>Checking mail…</source>
        <translation>Проверка почты…</translation>
    </message>
    <message>
        <source>Mail: %1: %2</source>
        <extracomment>Status bar; %1 is the mail account&apos;s name, %2 what went wrong</extracomment>
        <translation>Почта: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new mail(s) from %1</source>
        <translation>
            <numerusform>%n новое письмо из %1</numerusform>
            <numerusform>%n новых письма из %1</numerusform>
            <numerusform>%n новых писем из %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::MemoryKeyStore</name>
    <message>
        <source>The key cannot be kept in memory.</source>
        <translation>Не удаётся удержать ключ в памяти.</translation>
    </message>
</context>
<context>
    <name>Casebook::Migrator</name>
    <message>
        <source>This database was written by a newer Casebook (schema %1; this version reads up to schema %2). It was left untouched. Please update Casebook to open it.</source>
        <translation>Эта база данных записана более новой версией Casebook (схема %1; эта версия читает схемы до %2). Она оставлена без изменений. Обновите Casebook, чтобы открыть её.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed; it was left as it was. %3</source>
        <translation>Не удалось обновить базу данных до схемы %1 (%2); она оставлена как была. %3</translation>
    </message>
    <message>
        <source>This database records schema change %1 (&quot;%2&quot;), which this Casebook does not know: another build of Casebook changed it. It was left untouched. Open it with that build, or restore a copy made before.</source>
        <extracomment>%1 is a migration number, %2 its recorded name</extracomment>
        <translation>В этой базе записано изменение схемы %1 («%2»), которого этот Casebook не знает: её изменила другая сборка Casebook. База оставлена нетронутой. Откройте её той сборкой или восстановите копию, сделанную раньше.</translation>
    </message>
    <message>
        <source>This database records schema change %1 as &quot;%2&quot;, but this Casebook&apos;s change %1 is &quot;%3&quot;: another build of Casebook changed it. It was left untouched. Open it with that build, or restore a copy made before.</source>
        <extracomment>%1 is a migration number, %2 and %3 names of migrations</extracomment>
        <translation>В этой базе изменение схемы %1 записано как «%2», а у этого Casebook изменение %1 — «%3»: базу изменила другая сборка Casebook. База оставлена нетронутой. Откройте её той сборкой или восстановите копию, сделанную раньше.</translation>
    </message>
</context>
<context>
    <name>Casebook::MonthlyReport</name>
    <message>
        <source>&quot;%1&quot; is not a month such as 2026-11.</source>
        <translation>«%1» — не месяц вида 2026-11.</translation>
    </message>
    <message>
        <source>Monthly review: %1</source>
        <extracomment>The Markdown report&apos;s title; %1 is the month, such as &quot;November 2026&quot;</extracomment>
        <translation>Обзор за месяц: %1</translation>
    </message>
    <message>
        <source>Focus tags</source>
        <translation>Фокусные метки</translation>
    </message>
    <message>
        <source>No focus tags were chosen for this month.</source>
        <translation>На этот месяц фокусные метки не выбраны.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Per 1,000 before</source>
        <translation>На 1000 (прошлый)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Per 1,000 now</source>
        <translation>На 1000 (сейчас)</translation>
    </message>
    <message>
        <source>No data for this month.</source>
        <translation>Нет данных за этот месяц.</translation>
    </message>
</context>
<context>
    <name>Casebook::NewPassphraseDialog</name>
    <message>
        <source>Current team passphrase</source>
        <translation>Текущая парольная фраза команды</translation>
    </message>
    <message>
        <source>New team passphrase</source>
        <translation>Новая парольная фраза команды</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Change the Team Passphrase</source>
        <translation>Смена парольной фразы команды</translation>
    </message>
    <message>
        <source>Every access is sealed again under the new passphrase, and the old one opens nothing from then on: do this when someone who knew it leaves the team. Everyone who holds the team key is asked for the new passphrase on their next use; share it with them in person. At least %1 characters.</source>
        <translation>Все доступы будут заново зашифрованы новой парольной фразой, и старая больше ничего не откроет: делайте это, когда из команды уходит тот, кто её знал. У всех, кто держит ключ команды, новая фраза будет спрошена при следующем использовании; сообщите её им лично. Не меньше %1 символов.</translation>
    </message>
    <message>
        <source>Change the Passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Текущая фраза:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Новая фраза:</translation>
    </message>
    <message>
        <source>Repeat the new one:</source>
        <translation>Повторите новую:</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type them again.</source>
        <translation>Две новые парольные фразы не совпадают. Введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>Casebook::NewTicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <extracomment>The draft of a new ticket could not be saved; %1 says why</extracomment>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Name, company or e-mail address</source>
        <translation>Имя, компания или адрес эл. почты</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>Слова клиента</translation>
    </message>
    <message>
        <source>My message to the customer</source>
        <translation>Моё сообщение клиенту</translation>
    </message>
    <message>
        <source>First message:</source>
        <translation>Первое сообщение:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>Complexity: not rated</source>
        <extracomment>No complexity chosen yet (R10)</extracomment>
        <translation>Сложность: не оценена</translation>
    </message>
    <message>
        <source>Severity: not rated</source>
        <extracomment>No severity chosen yet (R28)</extracomment>
        <translation>Серьёзность: не оценена</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>billing, login, …</source>
        <translation>оплата, вход, …</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
        <source>&amp;Create Ticket</source>
        <translation>&amp;Создать обращение</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>The customer who asks: a name or an e-mail address</source>
        <translation>Клиент, который обращается: имя или адрес эл. почты</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>Casebook::NewTicketForm</name>
    <message>
        <source>Type the new customer&apos;s name.</source>
        <translation>Введите имя нового клиента.</translation>
    </message>
    <message>
        <source>A ticket by e-mail needs the customer&apos;s address.</source>
        <translation>Для обращения по эл. почте нужен адрес клиента.</translation>
    </message>
    <message>
        <source>Pick the customer who asks, or create one.</source>
        <translation>Выберите клиента, от которого обращение, или создайте нового.</translation>
    </message>
    <message>
        <source>No customer is called &quot;%1&quot;: pick one from the list, or create one.</source>
        <translation>Клиента с именем «%1» нет: выберите клиента из списка или создайте нового.</translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>У обращения должна быть тема.</translation>
    </message>
    <message>
        <source>Write the message you send the customer.</source>
        <translation>Напишите сообщение, которое отправите клиенту.</translation>
    </message>
    <message>
        <source>Write down what the customer asked, in their words.</source>
        <translation>Запишите, что спросил клиент, его словами.</translation>
    </message>
</context>
<context>
    <name>Casebook::NoteDelegate</name>
    <message>
        <source>a former agent</source>
        <translation>бывший сотрудник</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>Mark on a pinned customer note</extracomment>
        <translation>Закреплена</translation>
    </message>
    <message>
        <source>Correction</source>
        <extracomment>Mark on a note that corrects an earlier one</extracomment>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Superseded</source>
        <extracomment>Mark on a note that a later note corrects</extracomment>
        <translation>Заменена</translation>
    </message>
</context>
<context>
    <name>Casebook::NotificationList</name>
    <message>
        <source>No notifications</source>
        <translation>Уведомлений нет</translation>
    </message>
    <message>
        <source>Reminders from the team playbook and warnings about answers that are due soon appear here and in the system tray.</source>
        <translation>Здесь и в системном лотке появляются напоминания из регламента команды и предупреждения о приближающихся сроках ответа.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Подтвердить получение</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Show acknowledged notifications too</source>
        <translation>Показывать и подтверждённые уведомления</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Lists every time the selected notification line fired (an escalation ladder&apos;s steps)</extracomment>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Every time this reminder came, newest first</source>
        <translation>Каждый раз, когда приходило это напоминание, начиная с последнего</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>A step in a notification line&apos;s list of steps: %1 when it came, %2 its title</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <extracomment>A step of a notification line in its list of steps; %1 is the step</extracomment>
        <translation>%1 (подтверждено)</translation>
    </message>
</context>
<context>
    <name>Casebook::NotificationModel</name>
    <message>
        <source>Missed: %1</source>
        <extracomment>A reminder that came due while Casebook was closed; %1 is its title</extracomment>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <extracomment>A reminder in the history, dealt with; %1 is its title</extracomment>
        <translation>Подтверждено: %1</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2</source>
        <extracomment>A reminder put off; %1 is the time it comes back, %2 its title</extracomment>
        <translation>Отложено до %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) since %1</source>
        <extracomment>A notification line that came more than once; %1 when the first came, %n how often</extracomment>
        <translation>
            <numerusform>%n раз с %1</numerusform>
            <numerusform>%n раза с %1</numerusform>
            <numerusform>%n раз с %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::OpenTicket</name>
    <message>
        <source>No ticket is open.</source>
        <translation>Нет открытого обращения.</translation>
    </message>
    <message>
        <source>That message is not in this ticket&apos;s thread.</source>
        <translation>Этого сообщения нет в переписке по обращению.</translation>
    </message>
    <message>
        <source>The solve can no longer be undone; set the ticket open again instead.</source>
        <translation>Решение больше нельзя отменить; вместо этого снова откройте обращение.</translation>
    </message>
</context>
<context>
    <name>Casebook::PeopleModel</name>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Руководитель смены</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>deactivated</source>
        <extracomment>shown after a person&apos;s role when they no longer work here</extracomment>
        <translation>деактивирован</translation>
    </message>
    <message>
        <source>Signs in as %1</source>
        <extracomment>%1 is the login (on a team server, the PostgreSQL role)</extracomment>
        <translation>Входит как %1</translation>
    </message>
    <message>
        <source>Only an admin adds, changes or deactivates people.</source>
        <translation>Добавлять, изменять и деактивировать сотрудников может только администратор.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; another admin can.</source>
        <translation>Нельзя деактивировать самого себя; это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>%1 no longer works on this team.</source>
        <extracomment>the hand-off reason on each of a deactivated person&apos;s tickets (R45)</extracomment>
        <translation>%1 больше не работает в этой команде.</translation>
    </message>
</context>
<context>
    <name>Casebook::PeoplePage</name>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Добавить сотрудника</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Де&amp;активировать</translation>
    </message>
    <message>
        <source>en, ru</source>
        <extracomment>language codes separated by commas</extracomment>
        <translation>ru, en</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>&amp;Save Person</source>
        <translation>&amp;Сохранить сотрудника</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <extracomment>the name a person signs in with; on a team server, their PostgreSQL role</extracomment>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>On the team server each person signs in as their own role; the password is set there and never stored by Casebook.</source>
        <translation>На командном сервере каждый входит под своей ролью; пароль задаётся там, и Casebook его никогда не хранит.</translation>
    </message>
    <message>
        <source>&amp;Hand Off and Deactivate</source>
        <translation>&amp;Передать и деактивировать</translation>
    </message>
    <message>
        <source>Deactivate &amp;Only</source>
        <translation>&amp;Только деактивировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Hand them to:</source>
        <translation>Кому передать:</translation>
    </message>
    <message>
        <source>Everyone who works on this database:</source>
        <translation>Все, кто работает с этой базой данных:</translation>
    </message>
    <message>
        <source>Only an admin adds, changes or deactivates people.</source>
        <translation>Добавлять, изменять и деактивировать сотрудников может только администратор.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Активировать снова</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Сотрудник %1 сохранён.</translation>
    </message>
    <message>
        <source>The person was not added: %1</source>
        <translation>Не удалось добавить сотрудника: %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Сотрудник %1 добавлен.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>Учётная запись %1 снова активна.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n open ticket(s). History keeps their name either way.</source>
        <translation>
            <numerusform>За сотрудником %1 числится %n открытое обращение. В истории его имя сохранится в любом случае.</numerusform>
            <numerusform>За сотрудником %1 числятся %n открытых обращения. В истории его имя сохранится в любом случае.</numerusform>
            <numerusform>За сотрудником %1 числится %n открытых обращений. В истории его имя сохранится в любом случае.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not deactivated: %2</source>
        <translation>Не удалось деактивировать %1: %2</translation>
    </message>
    <message>
        <source>%1 was deactivated; their open tickets went to %2.</source>
        <translation>Учётная запись %1 деактивирована; её открытые обращения переданы сотруднику %2.</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>Учётная запись %1 деактивирована.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
</context>
<context>
    <name>Casebook::Prompts</name>
    <message>
        <source>Casebook databases (*.casebook);;All files (*)</source>
        <translation>Базы данных Casebook (*.casebook);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalBoard</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Переместить в</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A board column&apos;s title: the status and how many cards it holds</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalBoardModel</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <extracomment>On a proposal card: frequency, distinct customers and weighted score</extracomment>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>рейтинг %1</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>посл. %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>RFC</source>
        <extracomment>A proposal with a written request for comments</extracomment>
        <translation>RFC</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Реализовано</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>The proposal is no longer on the board.</source>
        <translation>Этого предложения больше нет на доске.</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <extracomment>Undo menu entry; %1 is the proposal&apos;s title</extracomment>
        <translation>Перемещение «%1»</translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalCsv</name>
    <message>
        <source>Row %1: no title.</source>
        <translation>Строка %1: нет заголовка.</translation>
    </message>
    <message>
        <source>Row %1: the frequency &quot;%2&quot; is not a number.</source>
        <translation>Строка %1: частота «%2» — не число.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalPage</name>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Слова клиента</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>What the customers ask for, and why.</source>
        <translation>Что просят клиенты и зачем.</translation>
    </message>
    <message>
        <source>RFC in Markdown: problem, proposal, alternatives, open questions.</source>
        <translation>RFC в Markdown: проблема, предложение, альтернативы, открытые вопросы.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>RFC (Markdown)</source>
        <translation>RFC (Markdown)</translation>
    </message>
    <message>
        <source>Save texts</source>
        <translation>Сохранить тексты</translation>
    </message>
    <message>
        <source>Description and RFC</source>
        <translation>Описание и RFC</translation>
    </message>
    <message>
        <source>Comment for the team, Enter to add</source>
        <translation>Комментарий для команды, Enter — добавить</translation>
    </message>
    <message>
        <source>Find the proposal this one duplicates</source>
        <translation>Найдите предложение, которое дублирует это</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Объединить с ним</translation>
    </message>
    <message>
        <source>History and comments</source>
        <translation>История и комментарии</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n request(s)</source>
        <translation>
            <numerusform>%1 · %n запрос</numerusform>
            <numerusform>%1 · %n запроса</numerusform>
            <numerusform>%1 · %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>рейтинг %1</translation>
    </message>
    <message>
        <source>Merged into proposal #%1.</source>
        <translation>Объединено с предложением #%1.</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Premium: %1 · Contract: %2 · Standard: %3</source>
        <extracomment>Counts of a proposal&apos;s requests by the customers&apos; tier</extracomment>
        <translation>Premium: %1 · Contract: %2 · Standard: %3</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>(импортировано)</translation>
    </message>
    <message>
        <source>(internal note)</source>
        <translation>(внутренняя заметка)</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>created the proposal</source>
        <translation>создал(а) предложение</translation>
    </message>
    <message>
        <source>moved it from %1 to %2</source>
        <translation>переместил(а) из «%1» в «%2»</translation>
    </message>
    <message>
        <source>reviewed it: %1</source>
        <translation>рассмотрел(а): %1</translation>
    </message>
    <message>
        <source>merged it into #%1</source>
        <translation>объединил(а) с #%1</translation>
    </message>
    <message>
        <source>merged #%1 into it</source>
        <translation>присоединил(а) к нему #%1</translation>
    </message>
    <message>
        <source>changed the owner</source>
        <translation>сменил(а) ответственного</translation>
    </message>
    <message>
        <source>edited the description or RFC</source>
        <translation>изменил(а) описание или RFC</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>оставил(а) комментарий</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 (%n request(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n запрос)</numerusform>
            <numerusform>#%1 %2 (%n запроса)</numerusform>
            <numerusform>#%1 %2 (%n запросов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Request for comments</source>
        <translation>Запрос комментариев (RFC)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Find a proposal to merge into</source>
        <translation>Найдите предложение для объединения</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Объединить с</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalPicker</name>
    <message>
        <source>No ticket is open.</source>
        <translation>Нет открытого обращения.</translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalReviews</name>
    <message>
        <source>Say why the proposal is declined; the customers will be told.</source>
        <translation>Укажите, почему предложение отклонено: это сообщат клиентам.</translation>
    </message>
    <message>
        <source>- %1 (#%2): %3</source>
        <translation>- %1 (#%2): %3</translation>
    </message>
    <message>
        <source>- %1 (#%2) into #%3</source>
        <translation>- %1 (#%2) объединено с #%3</translation>
    </message>
    <message>
        <source>- %1 (#%2): %3 → %4</source>
        <translation>- %1 (#%2): %3 → %4</translation>
    </message>
    <message>
        <source>- %1 (#%2)</source>
        <translation>- %1 (#%2)</translation>
    </message>
    <message>
        <source>Proposal review</source>
        <translation>Разбор предложений</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перемещено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Оставлено как есть</translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalStore</name>
    <message>
        <source>Proposal %1 does not exist.</source>
        <translation>Предложения %1 не существует.</translation>
    </message>
    <message>
        <source>A proposal needs a title.</source>
        <translation>У предложения должен быть заголовок.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <source>%1 changed proposal %2 first. Your change was not applied; the board shows theirs.</source>
        <translation>%1 уже изменил(а) предложение %2. Ваше изменение не применено; на доске показана их версия.</translation>
    </message>
    <message>
        <source>A proposal is merged by naming the one it duplicates.</source>
        <translation>Чтобы объединить предложение, укажите то, которое оно дублирует.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Комментарий не может быть пустым.</translation>
    </message>
    <message>
        <source>A proposal cannot be merged into itself.</source>
        <translation>Предложение нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>Proposal %1 was merged already.</source>
        <translation>Предложение %1 уже объединено.</translation>
    </message>
    <message>
        <source>One of the proposals no longer exists.</source>
        <translation>Одного из предложений больше не существует.</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>Этого запроса больше не существует.</translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalsSection</name>
    <message>
        <source>Filter by title or tag</source>
        <translation>Фильтр по заголовку или метке</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <source>Asked by premium</source>
        <translation>Запрошено клиентами Premium</translation>
    </message>
    <message>
        <source>Asked by contract</source>
        <translation>Запрошено клиентами Contract</translation>
    </message>
    <message>
        <source>Most requested</source>
        <translation>По частоте</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>По баллу</translation>
    </message>
    <message>
        <source>Most recent</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Разбор…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Import Sheet…</source>
        <translation>Импорт таблицы…</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Веса…</translation>
    </message>
    <message>
        <source>How much a request of a premium or contract customer counts (set by a lead)</source>
        <translation>Какой вес имеет запрос клиента Premium или Contract (задаёт руководитель смены)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new proposal(s)</source>
        <translation>
            <numerusform>Импортировано %n новое предложение</numerusform>
            <numerusform>Импортировано %n новых предложения</numerusform>
            <numerusform>Импортировано %n новых предложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n запрос.</numerusform>
            <numerusform>%n запроса.</numerusform>
            <numerusform>%n запросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Proposals</source>
        <translation>Экспорт предложений</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>Import a Proposal Sheet</source>
        <translation>Импорт таблицы предложений</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Proposal Weights</source>
        <translation>Веса предложений</translation>
    </message>
    <message>
        <source>Standard customer:</source>
        <translation>Клиент Standard:</translation>
    </message>
    <message>
        <source>Contract customer:</source>
        <translation>Клиент Contract:</translation>
    </message>
    <message>
        <source>Premium customer:</source>
        <translation>Клиент Premium:</translation>
    </message>
    <message>
        <source>Filter proposals</source>
        <translation>Фильтр предложений</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Filter by customer</source>
        <translation>Фильтр по клиенту</translation>
    </message>
    <message>
        <source>Proposal board</source>
        <translation>Доска предложений</translation>
    </message>
</context>
<context>
    <name>Casebook::ReadOnlyBanner</name>
    <message>
        <source>The database file %1 is damaged, so Casebook opened it read-only: you can read what is still there, and nothing is written to it. Copy what can be read into a new file and work on that copy, or restore a backup.</source>
        <extracomment>%1 is the database file</extracomment>
        <translation>Файл базы данных %1 повреждён, поэтому Casebook открыл его только для чтения: вы можете читать то, что в нём сохранилось, но ничего в него не записывается. Скопируйте читаемое в новый файл и работайте с этой копией или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The check found:</source>
        <extracomment>Tooltip: SQLite&apos;s own findings follow</extracomment>
        <translation>Проверка обнаружила:</translation>
    </message>
    <message>
        <source>Copy What Can Be Read…</source>
        <translation>Скопировать читаемое…</translation>
    </message>
</context>
<context>
    <name>Casebook::ReadableCopy</name>
    <message>
        <source>table %1 could not be read at all</source>
        <translation>таблицу %1 не удалось прочитать совсем</translation>
    </message>
    <message>
        <source>table %1: row number %2 is damaged</source>
        <translation>таблица %1: строка номер %2 повреждена</translation>
    </message>
    <message>
        <source>table %1: the rows after number %2 could not be read</source>
        <translation>таблица %1: не удалось прочитать строки после номера %2</translation>
    </message>
    <message>
        <source>table %1: rows between number %2 and %3 could not be read</source>
        <translation>таблица %1: не удалось прочитать строки между номерами %2 и %3</translation>
    </message>
    <message>
        <source>Nothing can be read from the damaged file: even its list of tables is lost.</source>
        <translation>Из повреждённого файла ничего нельзя прочитать: утерян даже список таблиц.</translation>
    </message>
    <message>
        <source>the search index %1 could not be rebuilt</source>
        <translation>не удалось перестроить поисковый индекс %1</translation>
    </message>
    <message>
        <source>%1 could not be made again: %2</source>
        <translation>%1 не удалось создать заново: %2</translation>
    </message>
    <message>
        <source>The copy did not come out sound; it was not kept.</source>
        <translation>Копия получилась неисправной и не сохранена.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the copy.</source>
        <translation>%1 уже существует; выберите для копии новый файл.</translation>
    </message>
</context>
<context>
    <name>Casebook::ReadableCopyFlow</name>
    <message>
        <source>Copy What Can Be Read Into</source>
        <translation>Скопировать читаемое в</translation>
    </message>
    <message>
        <source>Copying what can be read…</source>
        <translation>Копирование того, что удаётся прочитать…</translation>
    </message>
    <message>
        <source>Nothing Copied</source>
        <translation>Ничего не скопировано</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were copied into %1.</source>
        <extracomment>%n is a count of rows, %1 the new file</extracomment>
        <translation>
            <numerusform>%n строка скопирована в %1.</numerusform>
            <numerusform>%n строки скопированы в %1.</numerusform>
            <numerusform>%n строк скопировано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>What could not be read:</source>
        <translation>Что не удалось прочитать:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that were lost.</source>
        <translation>
            <numerusform>%n строка ссылается на потерянные строки.</numerusform>
            <numerusform>%n строки ссылаются на потерянные строки.</numerusform>
            <numerusform>%n строк ссылаются на потерянные строки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the copy now?</source>
        <translation>Открыть копию сейчас?</translation>
    </message>
    <message>
        <source>Copy Made</source>
        <translation>Копия создана</translation>
    </message>
</context>
<context>
    <name>Casebook::RecipientsLine</name>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Копия:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Copy others: name@example.com, separated by commas</source>
        <translation>Копия другим: name@example.com, через запятую</translation>
    </message>
</context>
<context>
    <name>Casebook::ReminderStore</name>
    <message>
        <source>Someone changed this reminder first.</source>
        <translation>Кто-то уже изменил это напоминание.</translation>
    </message>
</context>
<context>
    <name>Casebook::ReminderTexts</name>
    <message>
        <source>#%1 %2</source>
        <extracomment>%1 is the ticket number, %2 its subject</extracomment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>%1 is a weekday and date, %2 a time of day, %3 the team&apos;s UTC offset</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Your shift starts</source>
        <extracomment>%1 and %2 are times in the team&apos;s zone</extracomment>
        <translation>Ваша смена начинается</translation>
    </message>
    <message>
        <source>Today&apos;s shift: %1 to %2.</source>
        <translation>Смена сегодня: с %1 до %2.</translation>
    </message>
    <message>
        <source>Your shift ends in 30 minutes</source>
        <translation>Ваша смена закончится через 30 минут</translation>
    </message>
    <message>
        <source>Take no new dialogues now; your shift ends at %1. Customers are told the team continues on %2.</source>
        <extracomment>R06. %1 is the end of the shift, %2 when the team works next</extracomment>
        <translation>Не берите новые диалоги: ваша смена заканчивается в %1. Клиентам сообщается, что команда продолжит работу %2.</translation>
    </message>
    <message>
        <source>Your shift has ended</source>
        <translation>Ваша смена закончилась</translation>
    </message>
    <message>
        <source>Hand over what is still open.</source>
        <translation>Передайте всё, что ещё открыто.</translation>
    </message>
    <message>
        <source>Lunch time</source>
        <extracomment>R02. %1 is the end of the lunch hour</extracomment>
        <translation>Время обеда</translation>
    </message>
    <message>
        <source>Your lunch hour lasts until %1.</source>
        <translation>Ваш обед продлится до %1.</translation>
    </message>
    <message>
        <source>Check the mail</source>
        <translation>Проверьте почту</translation>
    </message>
    <message numerus="yes">
        <source>The mailbox is checked every %n minute(s) during the shift.</source>
        <translation>
            <numerusform>Во время смены почтовый ящик проверяется каждую %n минуту.</numerusform>
            <numerusform>Во время смены почтовый ящик проверяется каждые %n минуты.</numerusform>
            <numerusform>Во время смены почтовый ящик проверяется каждые %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saturday duty</source>
        <extracomment>R04. %1 is the date of the Saturday, %2 who is on duty</extracomment>
        <translation>Дежурство в субботу</translation>
    </message>
    <message>
        <source>On duty on %1: %2.</source>
        <translation>Дежурство %1: %2.</translation>
    </message>
    <message>
        <source>Critical ticket without a reaction</source>
        <translation>Критическое обращение без реакции</translation>
    </message>
    <message>
        <source>Critical ticket still without a reaction (step %1)</source>
        <translation>Критическое обращение всё ещё без реакции (шаг %1)</translation>
    </message>
    <message>
        <source>Nobody has replied to, noted or taken %1 within 30 minutes. Escalation: %2.</source>
        <extracomment>R12, R28. %1 is the ticket, %2 how the step escalates: team, mention, direct, phone</extracomment>
        <translation>За 30 минут никто не ответил на обращение %1, не оставил заметку и не взял его в работу. Эскалация: %2.</translation>
    </message>
    <message>
        <source>Response due soon</source>
        <extracomment>%1 is the ticket, %2 the due time in the team&apos;s zone</extracomment>
        <translation>Скоро срок ответа</translation>
    </message>
    <message>
        <source>%1 needs an answer by %2.</source>
        <translation>На обращение %1 нужно ответить до %2.</translation>
    </message>
    <message>
        <source>Response overdue</source>
        <translation>Ответ просрочен</translation>
    </message>
    <message>
        <source>%1 has waited longer than its SLA allows.</source>
        <translation>Обращение %1 ждёт дольше, чем допускает SLA.</translation>
    </message>
    <message>
        <source>A ticket is held for long</source>
        <extracomment>R24. %1 is the ticket, %2 the agent holding it</extracomment>
        <translation>Обращение долго находится у одного сотрудника</translation>
    </message>
    <message numerus="yes">
        <source>%1 has been with %2 for %n business day(s); offer help.</source>
        <translation>
            <numerusform>Обращение %1 находится у сотрудника %2 уже %n рабочий день; предложите помощь.</numerusform>
            <numerusform>Обращение %1 находится у сотрудника %2 уже %n рабочих дня; предложите помощь.</numerusform>
            <numerusform>Обращение %1 находится у сотрудника %2 уже %n рабочих дней; предложите помощь.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bug report is routed to you</source>
        <extracomment>R28. %1 is the bug report&apos;s title</extracomment>
        <translation>Вам направлен отчёт об ошибке</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>Casebook::ReplySender</name>
    <message>
        <source>This ticket is closed; it takes no more messages.</source>
        <translation>Обращение закрыто; новые сообщения в него не добавляются.</translation>
    </message>
    <message>
        <source>%1 is too large to send: a file may have at most %2.</source>
        <extracomment>%1 file name, %2 the largest size allowed, such as &quot;25 MB&quot;</extracomment>
        <translation>%1 слишком велик для отправки: файл может быть не больше %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address; write it as name@example.com.</source>
        <extracomment>%1 is what the agent typed in the Cc line</extracomment>
        <translation>«%1» — не адрес почты; напишите его как name@example.com.</translation>
    </message>
</context>
<context>
    <name>Casebook::ReplyTemplate</name>
    <message>
        <source>the customer&apos;s first name</source>
        <translation>имя клиента</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>имя и фамилия клиента</translation>
    </message>
    <message>
        <source>your first name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>ваши имя и фамилия</translation>
    </message>
    <message>
        <source>the ticket number</source>
        <translation>номер обращения</translation>
    </message>
    <message>
        <source>the team&apos;s next working time</source>
        <translation>ближайшее рабочее время команды</translation>
    </message>
    <message>
        <source>the first name of the agent who takes over</source>
        <translation>имя агента, который принимает обращение</translation>
    </message>
    <message>
        <source>the team&apos;s SSH public key (set it in the access vault)</source>
        <translation>открытый SSH-ключ команды (задаётся в хранилище доступов)</translation>
    </message>
    <message>
        <source>the estimate for the customer (type the internal estimate first)</source>
        <translation>оценка для клиента (сначала введите внутреннюю оценку)</translation>
    </message>
    <message>
        <source>%1 is not closed: a variable ends with }.</source>
        <extracomment>%1 is the start of a variable such as {customer.first_name</extracomment>
        <translation>%1 не закрыта: переменная заканчивается на }.</translation>
    </message>
    <message>
        <source>%1 is not a variable: variable names are lower-case letters, _ and one dot, like {customer.first_name}.</source>
        <extracomment>%1 is what was written, e.g. {Customer.Name}</extracomment>
        <translation>%1 — не переменная: имена переменных состоят из строчных латинских букв, _ и одной точки, например {customer.first_name}.</translation>
    </message>
    <message>
        <source>Casebook does not know the variable %1.</source>
        <extracomment>%1 is a variable Casebook does not know, e.g. {customer.nickname}</extracomment>
        <translation>Casebook не знает переменную %1.</translation>
    </message>
    <message>
        <source>This reply uses variables Casebook does not know: %1. Correct the canned reply.</source>
        <extracomment>%1 lists variables such as {customer.nickname}</extracomment>
        <translation>В этом ответе есть переменные, которых Casebook не знает: %1. Исправьте шаблон ответа.</translation>
    </message>
    <message>
        <source>This reply needs %1, which is not known here.</source>
        <extracomment>%1 lists what is missing, e.g. &quot;the customer&apos;s first name, the ticket number&quot;</extracomment>
        <translation>Для этого ответа нужно значение «%1», а оно здесь неизвестно.</translation>
    </message>
</context>
<context>
    <name>Casebook::ReportWriter</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1.</source>
        <translation>Не удалось записать отчёт в %1.</translation>
    </message>
    <message>
        <source>The chart cannot be written to %1.</source>
        <translation>Не удалось записать диаграмму в %1.</translation>
    </message>
</context>
<context>
    <name>Casebook::ReviewDialog</name>
    <message>
        <source>Proposal Review</source>
        <translation>Разбор предложений</translation>
    </message>
    <message>
        <source>Why it is declined (the customers are told)</source>
        <translation>Причина отклонения (её сообщат клиентам)</translation>
    </message>
    <message>
        <source>Proposal number to merge into</source>
        <translation>Номер предложения, с которым объединить</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Оставить как есть</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Пере&amp;местить</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Откло&amp;нить</translation>
    </message>
    <message>
        <source>Assign &amp;owner</source>
        <translation>Назначить о&amp;тветственного</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>Объ&amp;единить</translation>
    </message>
    <message>
        <source>Copy Summary as Markdown</source>
        <translation>Копировать итоги в Markdown</translation>
    </message>
    <message>
        <source>Finish Review</source>
        <translation>Завершить разбор</translation>
    </message>
    <message>
        <source>Continue Later</source>
        <translation>Продолжить позже</translation>
    </message>
    <message>
        <source>Nothing left to review: every proposal has been looked at.</source>
        <translation>Разбирать больше нечего: все предложения рассмотрены.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) to review</source>
        <translation>
            <numerusform>%n предложение на разбор</numerusform>
            <numerusform>%n предложения на разбор</numerusform>
            <numerusform>%n предложений на разбор</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>решено: %n</numerusform>
            <numerusform>решено: %n</numerusform>
            <numerusform>решено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>продолжено</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>Не удалось записать решение.</translation>
    </message>
    <message>
        <source>Give the number of the proposal to merge into.</source>
        <translation>Укажите номер предложения, с которым нужно объединить.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Объединить с</translation>
    </message>
</context>
<context>
    <name>Casebook::ReviewSession</name>
    <message>
        <source>Nothing is left to review.</source>
        <translation>Разбирать больше нечего.</translation>
    </message>
</context>
<context>
    <name>Casebook::RosterStore</name>
    <message>
        <source>A shift needs a name and must end after it starts.</source>
        <translation>У смены должно быть название, и она должна заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>Someone changed this shift first.</source>
        <translation>Кто-то уже изменил эту смену.</translation>
    </message>
</context>
<context>
    <name>Casebook::RosterWeekModel</name>
    <message>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>R05: no shift that day</extracomment>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>Lunch %1</source>
        <extracomment>R02: %1 is the time the lunch hour starts</extracomment>
        <translation>Обед %1</translation>
    </message>
    <message>
        <source>Lunch overlaps with %1</source>
        <extracomment>R02: %1 names the teammates</extracomment>
        <translation>Обед пересекается с обедом: %1</translation>
    </message>
    <message>
        <source>No day is selected.</source>
        <translation>День не выбран.</translation>
    </message>
    <message>
        <source>There is no duty shift to rotate.</source>
        <translation>Нет дежурной смены для чередования.</translation>
    </message>
    <message>
        <source>On now: %1</source>
        <extracomment>%1 lists the agents on shift now</extracomment>
        <translation>Сейчас на смене: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никого</translation>
    </message>
    <message>
        <source>At lunch: %1</source>
        <extracomment>R02: %1 lists the agents at lunch</extracomment>
        <translation>На обеде: %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <extracomment>%1 is an agent, %2 when their shift starts in the team&apos;s time zone</extracomment>
        <translation>Следующий: %1, %2</translation>
    </message>
</context>
<context>
    <name>Casebook::SavedViewStore</name>
    <message>
        <source>A view needs a name.</source>
        <translation>У представления должно быть название.</translation>
    </message>
    <message>
        <source>There is already a view called &quot;%1&quot;.</source>
        <translation>Представление «%1» уже существует.</translation>
    </message>
    <message>
        <source>Someone changed or removed the view &quot;%1&quot; first. Your change was not applied.</source>
        <translation>Кто-то уже изменил или удалил представление «%1». Ваше изменение не применено.</translation>
    </message>
</context>
<context>
    <name>Casebook::SavedViews</name>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>New, waiting for a first response</source>
        <translation>Новые, ждут первого ответа</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критические</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидают клиента</translation>
    </message>
    <message>
        <source>On-hold</source>
        <translation>Приостановленные</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Без меток</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>Нарушают SLA</translation>
    </message>
    <message>
        <source>Solved recently</source>
        <translation>Недавно решённые</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <source>Order received</source>
        <translation>В порядке поступления</translation>
    </message>
</context>
<context>
    <name>Casebook::Screenshots</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>Casebook::SearchQuery</name>
    <message>
        <source>This quotation mark is never closed.</source>
        <translation>Эта кавычка нигде не закрыта.</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1:&quot;. Filters are: %2</source>
        <translation>Неизвестный фильтр «%1:». Доступные фильтры: %2</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; needs a value.</source>
        <translation>Для «%1:» нужно значение.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for %2:. Use %3.</source>
        <translation>«%1» — недопустимое значение для %2:. Используйте %3.</translation>
    </message>
    <message>
        <source>a date such as 2026-11-23, today, yesterday, 7d, 2w or 3m</source>
        <translation>дату, например 2026-11-23, today, yesterday, 7d, 2w или 3m</translation>
    </message>
    <message>
        <source>The search is too long: at most %1 characters.</source>
        <translation>Слишком длинный запрос: не более %1 символов.</translation>
    </message>
    <message>
        <source>The search has too many words and filters: at most %1.</source>
        <translation>В запросе слишком много слов и фильтров: не более %1.</translation>
    </message>
</context>
<context>
    <name>Casebook::SendGuardBar</name>
    <message>
        <source>Send Anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Просмотреть</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n new message(s) arrived while you were writing.</source>
        <translation>
            <numerusform>Пока не отправлено: пока вы писали, пришло %n новое сообщение.</numerusform>
            <numerusform>Пока не отправлено: пока вы писали, пришло %n новых сообщения.</numerusform>
            <numerusform>Пока не отправлено: пока вы писали, пришло %n новых сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Another agent</source>
        <translation>Другой агент</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>внутренняя заметка</translation>
    </message>
</context>
<context>
    <name>Casebook::ServerFields</name>
    <message>
        <source>PostgreSQL connection options as name=value, separated by spaces (write a space in a value as %20).</source>
        <translation>Параметры подключения PostgreSQL в виде имя=значение через пробел (пробел в значении записывайте как %20).</translation>
    </message>
</context>
<context>
    <name>Casebook::Session</name>
    <message>
        <source>This database already has people; an admin adds you in Settings &gt; People.</source>
        <translation>В этой базе данных уже есть пользователи; вас добавляет администратор в разделе «Настройки &gt; Сотрудники».</translation>
    </message>
</context>
<context>
    <name>Casebook::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>An SQLite &amp;file on this computer</source>
        <translation>&amp;Файл SQLite на этом компьютере</translation>
    </message>
    <message>
        <source>A Postgre&amp;SQL server shared by the team</source>
        <translation>&amp;Общий сервер PostgreSQL команды</translation>
    </message>
    <message>
        <source>Path to a .casebook file</source>
        <translation>Путь к файлу .casebook</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>For one person, or for trying Casebook out. A new file is created when none exists.</source>
        <translation>Для одного человека или чтобы попробовать Casebook. Если файла нет, он будет создан.</translation>
    </message>
    <message>
        <source>The password is never saved. When Casebook starts, it reads it from the CASEBOOK_PGPASSWORD environment variable.</source>
        <translation>Пароль никогда не сохраняется. При запуске Casebook берёт его из переменной окружения CASEBOOK_PGPASSWORD.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Where Casebook keeps tickets, customers and everything else:</source>
        <translation>Где Casebook хранит обращения, клиентов и всё остальное:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Выберите файл базы данных.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Введите имя сервера.</translation>
    </message>
    <message>
        <source>Choose a Casebook Database</source>
        <translation>Выбор базы данных Casebook</translation>
    </message>
    <message>
        <source>The window changes to the new language when you save.</source>
        <translation>Окно переключится на новый язык, когда вы сохраните настройки.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Bug Reports</source>
        <translation>Отчёты об ошибках</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Connection o&amp;ptions:</source>
        <translation>Пара&amp;метры подключения:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Цветовая схема:</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
</context>
<context>
    <name>Casebook::ShiftsView</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Предыдущая неделя</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Следующая неделя ▶</translation>
    </message>
    <message>
        <source>Rotate Saturday duty</source>
        <translation>Распределить субботние дежурства</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Import iCalendar…</source>
        <translation>Импорт iCalendar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>Смена:</translation>
    </message>
    <message>
        <source>Lunch from:</source>
        <translation>Обед с:</translation>
    </message>
    <message>
        <source>Team holidays</source>
        <translation>Праздники команды</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>Импорт праздников</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) added to the team calendar.</source>
        <translation>
            <numerusform>В календарь команды добавлен %n праздник.</numerusform>
            <numerusform>В календарь команды добавлено %n праздника.</numerusform>
            <numerusform>В календарь команды добавлено %n праздников.</numerusform>
        </translation>
    </message>
    <message>
        <source>The holidays were not imported: %1</source>
        <translation>Не удалось импортировать праздники: %1</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <extracomment>%1 and %2 are the first and last day of the week shown</extracomment>
        <translation>Неделя %1 – %2</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>⚠ Lunches must not overlap: this lunch overlaps with %1.</source>
        <extracomment>R02: %1 names the teammates whose lunch overlaps</extracomment>
        <translation>⚠ Обеды не должны пересекаться: этот обед пересекается с обедом: %1.</translation>
    </message>
    <message>
        <source>Give the Saturday duty of this week and the next three in turn</source>
        <translation>Распределить субботние дежурства этой и трёх следующих недель по очереди</translation>
    </message>
    <message>
        <source>Shift roster</source>
        <translation>График смен</translation>
    </message>
    <message>
        <source>Agents in rows, days of the week in columns</source>
        <translation>Агенты по строкам, дни недели по столбцам</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Обеденный перерыв</translation>
    </message>
</context>
<context>
    <name>Casebook::ShortcutsPage</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Сбросить по умолчанию</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>Сочетание клавиш:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of &quot;%2&quot;. Give that one another key first.</source>
        <translation>%1 уже назначено действию «%2». Сначала назначьте ему другое сочетание.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Press the new key combination</source>
        <translation>Нажмите новое сочетание клавиш</translation>
    </message>
</context>
<context>
    <name>Casebook::SlaPolicies</name>
    <message>
        <source>A response time is at least one minute.</source>
        <translation>Время ответа — не меньше минуты.</translation>
    </message>
    <message>
        <source>An SLA target names no known severity.</source>
        <translation>Цель SLA указывает неизвестную серьёзность.</translation>
    </message>
    <message>
        <source>Someone changed the SLA policy &quot;%1&quot; first.</source>
        <extracomment>%1 is the name of an SLA policy</extracomment>
        <translation>Кто-то уже изменил политику SLA «%1».</translation>
    </message>
</context>
<context>
    <name>Casebook::SshKeyDialog</name>
    <message>
        <source>Team SSH key</source>
        <translation>SSH-ключ команды</translation>
    </message>
    <message>
        <source>The public key the team hands to customers who ask for an agent&apos;s SSH key. Paste one line from the .pub file; never the private key.</source>
        <translation>Открытый ключ, который команда даёт клиентам, когда они просят SSH-ключ агента. Вставьте одну строку из файла .pub; никогда не закрытый ключ.</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Открытый ключ</translation>
    </message>
</context>
<context>
    <name>Casebook::TagListModel</name>
    <message numerus="yes">
        <source>Used on %n ticket(s)</source>
        <translation>
            <numerusform>Используется в %n обращении</numerusform>
            <numerusform>Используется в %n обращениях</numerusform>
            <numerusform>Используется в %n обращениях</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::TeamPage</name>
    <message>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <source> business hours</source>
        <translation> рабочих ч</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> рабочих дн.</translation>
    </message>
    <message>
        <source>Close solved tickets after:</source>
        <translation>Закрывать решённые обращения через:</translation>
    </message>
    <message>
        <source>Solve pending tickets without a customer reply after:</source>
        <translation>Решать ожидающие обращения без ответа клиента через:</translation>
    </message>
    <message>
        <source>Flag a ticket one agent holds after:</source>
        <translation>Отмечать обращение, долго удерживаемое одним агентом, через:</translation>
    </message>
    <message>
        <source>The playbook&apos;s numbers, shared by everyone on this database:</source>
        <translation>Числа регламента, общие для всех в этой базе данных:</translation>
    </message>
    <message>
        <source>The team&apos;s rules could not be read: %1</source>
        <translation>Не удалось прочитать правила команды: %1</translation>
    </message>
    <message>
        <source>Only a shift lead changes the team&apos;s rules.</source>
        <translation>Правила команды меняет только руководитель смены.</translation>
    </message>
    <message>
        <source>The team&apos;s rules were not saved: %1</source>
        <translation>Правила команды не сохранены: %1</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>between the start and the end of the working day</extracomment>
        <translation>до</translation>
    </message>
    <message>
        <source>Business hours:</source>
        <translation>Рабочие часы:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Рабочие дни:</translation>
    </message>
    <message>
        <source>Your own zone: %1 (now %2 there, %3 team time)</source>
        <extracomment>R07: %1 is the agent&apos;s own zone, %2 the time there, %3 the time in the team&apos;s zone</extracomment>
        <translation>Ваш часовой пояс: %1 (там сейчас %2, у команды %3)</translation>
    </message>
    <message>
        <source>Only the team&apos;s existing tags may be used</source>
        <translation>Можно использовать только существующие теги команды</translation>
    </message>
    <message>
        <source>Team time zone (for times customers see):</source>
        <translation>Часовой пояс команды (для времени, которое видят клиенты):</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>Политики SLA</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Считается</translation>
    </message>
    <message>
        <source>The SLA policies could not be read: %1</source>
        <translation>Не удалось прочитать политики SLA: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>В рабочие часы</translation>
    </message>
    <message>
        <source>Round the clock</source>
        <translation>Круглосуточно</translation>
    </message>
    <message>
        <source>Standard customers get:</source>
        <translation>Обычные клиенты получают:</translation>
    </message>
    <message>
        <source>Premium customers get:</source>
        <translation>Премиум-клиенты получают:</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Начало рабочего дня</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Конец рабочего дня</translation>
    </message>
    <message>
        <source>Any severity</source>
        <extracomment>Settings &gt; Team, SLA policies: the times below are the policies&apos; own, for any ticket</extracomment>
        <translation>Любая серьёзность</translation>
    </message>
    <message>
        <source>Times for tickets of:</source>
        <extracomment>Settings &gt; Team, SLA policies: a choice of a ticket severity (or any)</extracomment>
        <translation>Сроки для обращений:</translation>
    </message>
    <message>
        <source>As the policy</source>
        <extracomment>Settings &gt; Team, SLA policies: a severity without times of its own</extracomment>
        <translation>Как в политике</translation>
    </message>
</context>
<context>
    <name>Casebook::TeamSettingsStore</name>
    <message>
        <source>Every period must be at least 1.</source>
        <translation>Каждый срок должен быть не меньше 1.</translation>
    </message>
    <message>
        <source>The goal for tagged dialogues is a percentage from 1 to 100.</source>
        <translation>Цель по размеченным диалогам — процент от 1 до 100.</translation>
    </message>
    <message>
        <source>The team&apos;s time zone is not a known time zone.</source>
        <translation>Часовой пояс команды не входит в число известных.</translation>
    </message>
    <message>
        <source>The working day must start before it ends, on at least one day of the week.</source>
        <translation>Рабочий день должен начинаться раньше, чем заканчивается, хотя бы в один день недели.</translation>
    </message>
    <message>
        <source>Each customer tier needs the name of its SLA policy.</source>
        <translation>Для каждого уровня клиентов нужно название его политики SLA.</translation>
    </message>
    <message>
        <source>A weight cannot be negative.</source>
        <translation>Вес не может быть отрицательным.</translation>
    </message>
</context>
<context>
    <name>Casebook::TemplateEditor</name>
    <message>
        <source>Import File…</source>
        <translation>Импортировать файл…</translation>
    </message>
    <message>
        <source>Paste YAML</source>
        <translation>Вставить YAML</translation>
    </message>
    <message>
        <source>Replace the template with the YAML on the clipboard</source>
        <translation>Заменить шаблон кодом YAML из буфера обмена</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>template.yml</source>
        <translation>template.yml</translation>
    </message>
    <message>
        <source>%1:%2  %3</source>
        <extracomment>A template problem in the editor&apos;s list: line, column, message</extracomment>
        <translation>%1:%2  %3</translation>
    </message>
    <message>
        <source>GitHub accepts this form.</source>
        <translation>GitHub примет эту форму.</translation>
    </message>
    <message numerus="yes">
        <source>GitHub accepts this form; it ignores %n key(s) Casebook warns about.</source>
        <translation>
            <numerusform>GitHub примет эту форму; он проигнорирует %n ключ, о котором предупреждает Casebook.</numerusform>
            <numerusform>GitHub примет эту форму; он проигнорирует %n ключа, о которых предупреждает Casebook.</numerusform>
            <numerusform>GitHub примет эту форму; он проигнорирует %n ключей, о которых предупреждает Casebook.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitHub would refuse this form: %n problem(s).</source>
        <translation>
            <numerusform>GitHub не примет эту форму: %n проблема.</numerusform>
            <numerusform>GitHub не примет эту форму: %n проблемы.</numerusform>
            <numerusform>GitHub не примет эту форму: %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the last valid version.</source>
        <translation>В предпросмотре показана последняя корректная версия.</translation>
    </message>
    <message>
        <source>Import Issue Form</source>
        <translation>Импорт формы задачи</translation>
    </message>
    <message>
        <source>Issue forms (*.yml *.yaml);;All files (*)</source>
        <translation>Формы задач (*.yml *.yaml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Не удаётся импортировать</translation>
    </message>
    <message>
        <source>Casebook cannot read %1.</source>
        <translation>Casebook не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>Template source</source>
        <translation>Исходный текст шаблона</translation>
    </message>
    <message>
        <source>The issue form in YAML, as GitHub reads it</source>
        <translation>Форма задачи в YAML в том виде, в каком её читает GitHub</translation>
    </message>
    <message>
        <source>Form preview</source>
        <translation>Предпросмотр формы</translation>
    </message>
</context>
<context>
    <name>Casebook::TemplateStore</name>
    <message>
        <source>The bug-report template %1 does not exist.</source>
        <translation>Шаблона отчёта об ошибке %1 нет.</translation>
    </message>
    <message>
        <source>There is no bug-report template %1.</source>
        <translation>Шаблон отчёта об ошибке %1 не найден.</translation>
    </message>
    <message>
        <source>Give the template a file name such as bug.yml.</source>
        <translation>Укажите имя файла шаблона, например bug.yml.</translation>
    </message>
    <message>
        <source>A template named %1 exists already; edit it or choose another name.</source>
        <translation>Шаблон с именем %1 уже существует; измените его или выберите другое имя.</translation>
    </message>
    <message>
        <source>Someone else changed the template %1 first. Your text is kept; reload to compare.</source>
        <translation>Кто-то уже изменил шаблон %1. Ваш текст сохранён; обновите, чтобы сравнить.</translation>
    </message>
    <message>
        <source>%1 is the team&apos;s own template; Casebook ships no version of it.</source>
        <translation>%1 — собственный шаблон команды; в поставке Casebook его версии нет.</translation>
    </message>
    <message>
        <source>Someone else changed the template %1 first; reload to see it.</source>
        <translation>Кто-то уже изменил шаблон %1; обновите, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>%1 ships with Casebook and stays; edit it instead.</source>
        <translation>%1 входит в поставку Casebook и не удаляется; вместо этого измените его.</translation>
    </message>
    <message>
        <source>Reports were written with %1, so it stays.</source>
        <translation>По шаблону %1 уже написаны отчёты, поэтому он остаётся.</translation>
    </message>
</context>
<context>
    <name>Casebook::TemplatesDialog</name>
    <message>
        <source>Bug-Report Templates</source>
        <translation>Шаблоны отчётов об ошибках</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <extracomment>A template shipped with Casebook</extracomment>
        <translation>%1 (встроенный)</translation>
    </message>
    <message>
        <source>Casebook ships a newer text of this template; your team&apos;s edits are kept.</source>
        <translation>В Casebook есть более новый текст этого шаблона; правки вашей команды сохранены.</translation>
    </message>
    <message>
        <source>new-template.yml</source>
        <translation>new-template.yml</translation>
    </message>
    <message>
        <source>Saved. New reports use this text; submitted ones keep theirs.</source>
        <translation>Сохранено. Новые отчёты используют этот текст; отправленные сохраняют свой.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
</context>
<context>
    <name>Casebook::ThreadRows</name>
    <message>
        <source>closed by itself after the days a solved ticket waits</source>
        <translation>закрыт автоматически: решённый тикет ждал положенные дни</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an event and its reason, e.g. &quot;Anna handed the ticket over to Boris: on holiday from Monday&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>a ticket&apos;s number in a sentence, e.g. &quot;#2802&quot;</extracomment>
        <translation>№%1</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>someone no longer on the team</source>
        <translation>бывший сотрудник команды</translation>
    </message>
    <message>
        <source>%1 solved the ticket</source>
        <translation>%1 решил(а) тикет</translation>
    </message>
    <message>
        <source>%1 closed the ticket</source>
        <translation>%1 закрыл(а) тикет</translation>
    </message>
    <message>
        <source>The customer&apos;s answer reopened the ticket</source>
        <translation>Ответ клиента снова открыл тикет</translation>
    </message>
    <message>
        <source>%1 reopened the ticket as %2</source>
        <translation>%1 снова открыл(а) тикет со статусом «%2»</translation>
    </message>
    <message>
        <source>%1 set the status to %2 (was %3)</source>
        <translation>%1 сменил(а) статус на «%2» (был «%3»)</translation>
    </message>
    <message>
        <source>%1 unassigned the ticket</source>
        <translation>%1 снял(а) исполнителя</translation>
    </message>
    <message>
        <source>%1 took the ticket</source>
        <translation>%1 взял(а) тикет</translation>
    </message>
    <message>
        <source>%1 assigned the ticket to %2</source>
        <translation>%1 назначил(а) тикет на %2</translation>
    </message>
    <message>
        <source>%1 handed the ticket over to %2</source>
        <translation>%1 передал(а) тикет: %2</translation>
    </message>
    <message>
        <source>%1 escalated the ticket to %2</source>
        <translation>%1 эскалировал(а) тикет: %2</translation>
    </message>
    <message>
        <source>%1 added the tag %2</source>
        <translation>%1 добавил(а) тег %2</translation>
    </message>
    <message>
        <source>%1 removed the tag %2</source>
        <translation>%1 убрал(а) тег %2</translation>
    </message>
    <message>
        <source>%1 rated the request %2</source>
        <translation>%1 оценил(а) запрос: %2</translation>
    </message>
    <message>
        <source>%1 set the severity to %2</source>
        <translation>%1 установил(а) серьёзность: %2</translation>
    </message>
    <message>
        <source>%1 marked the request as %2</source>
        <translation>%1 отметил(а) запрос как «%2»</translation>
    </message>
    <message>
        <source>%1 set the channel to %2</source>
        <translation>%1 указал(а) канал: %2</translation>
    </message>
    <message>
        <source>%1 made the ticket private</source>
        <translation>%1 сделал(а) тикет приватным</translation>
    </message>
    <message>
        <source>%1 made the ticket visible to the whole team</source>
        <translation>%1 открыл(а) тикет всей команде</translation>
    </message>
    <message>
        <source>%1 merged this ticket into %2</source>
        <translation>%1 объединил(а) этот тикет с %2</translation>
    </message>
    <message>
        <source>%1 merged ticket %2 into this one</source>
        <translation>%1 присоединил(а) тикет %2 к этому</translation>
    </message>
    <message>
        <source>%1 linked ticket %2</source>
        <translation>%1 связал(а) тикет с %2</translation>
    </message>
    <message>
        <source>%1 added the task “%2”</source>
        <translation>%1 добавил(а) задачу «%2»</translation>
    </message>
    <message>
        <source>%1 finished the task “%2”</source>
        <translation>%1 выполнил(а) задачу «%2»</translation>
    </message>
    <message>
        <source>%1 reopened the task “%2”</source>
        <translation>%1 вернул(а) задачу «%2» в работу</translation>
    </message>
    <message>
        <source>%1 filed bug report %2: %3</source>
        <translation>%1 завёл(а) баг-репорт %2: %3</translation>
    </message>
    <message>
        <source>%1 added this request to the proposal “%2”</source>
        <translation>%1 добавил(а) этот запрос к предложению «%2»</translation>
    </message>
    <message>
        <source>%1 changed %2 to “%3”</source>
        <extracomment>%1 who, %2 what changed (an internal name), %3 the new value</extracomment>
        <translation>%1 изменил(а) %2 на «%3»</translation>
    </message>
</context>
<context>
    <name>Casebook::ThreadView</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Internal note - team only</source>
        <translation>Заметка — только для команды</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Show Earlier Messages</source>
        <translation>Показать более ранние сообщения</translation>
    </message>
    <message>
        <source>Quote in Reply</source>
        <translation>Процитировать в ответе</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>The messages and internal notes of the open ticket</source>
        <translation>Сообщения и внутренние заметки открытого обращения</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>under a customer&apos;s message: %1 the files that came with it, as links</extracomment>
        <translation>Вложения: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <extracomment>above a mail message in the thread: %1 the addresses in its Cc</extracomment>
        <translation>Копия: %1</translation>
    </message>
</context>
<context>
    <name>Casebook::TicketAssignment</name>
    <message>
        <source>Sign in as an agent to take tickets.</source>
        <translation>Войдите как агент, чтобы брать обращения.</translation>
    </message>
    <message>
        <source>%1 took ticket %2 first; it is theirs now. Ask them or a lead to hand it over.</source>
        <translation>%1 уже взял(а) обращение %2 себе. Попросите этого сотрудника или руководителя смены передать его вам.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed; a closed ticket cannot be reopened.</source>
        <translation>Обращение %1 закрыто; закрытое обращение нельзя открыть снова.</translation>
    </message>
    <message>
        <source>A conflict goes to a lead; %1 is not one.</source>
        <translation>Конфликт передаётся руководителю смены; %1 не является руководителем смены.</translation>
    </message>
    <message>
        <source>Say why you hand the ticket over; the next agent reads it.</source>
        <translation>Укажите, почему вы передаёте обращение; следующий агент это прочитает.</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>Сотрудник %1 больше не активен.</translation>
    </message>
    <message>
        <source>%1 already holds ticket %2.</source>
        <translation>Обращение %2 уже у сотрудника %1.</translation>
    </message>
    <message>
        <source>CARP: Control the situation. Acknowledge the dilemma. Refocus the conversation. Problem-solve so the customer leaves happy. No compensation, discounts or extra licence days.</source>
        <translation>CARP: Control — возьмите ситуацию под контроль. Acknowledge — признайте проблему клиента. Refocus — верните разговор к сути. Problem-solve — решите проблему так, чтобы клиент остался доволен. Никаких компенсаций, скидок или дополнительных дней лицензии.</translation>
    </message>
</context>
<context>
    <name>Casebook::TicketCsvMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>Ticket id</source>
        <translation>ID обращения</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>The mapping is not JSON: %1</source>
        <translation>Сопоставление не в формате JSON: %1</translation>
    </message>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot; for the column &quot;%2&quot;.</source>
        <translation>В сопоставлении для столбца «%2» указано неизвестное поле «%1».</translation>
    </message>
</context>
<context>
    <name>Casebook::TicketHeader</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is an amount of time such as &quot;25 min&quot;</extracomment>
        <translation>через %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Решить</translation>
    </message>
    <message>
        <source>Mark the ticket solved, saying how it was resolved</source>
        <translation>Отметить обращение как решённое и указать, как оно решено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; - %2</source>
        <extracomment>Ticket status and who acts next, e.g. &quot;Pending - waiting for the customer&quot;</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>first response %1</source>
        <translation>первый ответ %1</translation>
    </message>
    <message>
        <source>next response %1</source>
        <translation>следующий ответ %1</translation>
    </message>
    <message>
        <source>resolved: %1</source>
        <translation>решено: %1</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>сроков нет</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает клиента</translation>
    </message>
    <message>
        <source>On-hold</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>the team answers next</source>
        <translation>следующий ответ за командой</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>ждём ответа клиента</translation>
    </message>
    <message>
        <source>waiting for a third party</source>
        <translation>ждём третью сторону</translation>
    </message>
    <message>
        <source>the customer may confirm; closes by itself</source>
        <translation>клиент может подтвердить; закроется автоматически</translation>
    </message>
    <message>
        <source>final; a new message opens a follow-up ticket</source>
        <translation>окончательно; новое сообщение откроет обращение-продолжение</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Закрытый</translation>
    </message>
    <message>
        <source>A security report: seen only by leads and the assignee, never shown to other customers or in anything sent to a customer</source>
        <translation>Сообщение об уязвимости: видно только лидам и исполнителю, никогда не показывается другим клиентам и не попадает в то, что отправляется клиенту</translation>
    </message>
    <message>
        <source>Mark Private</source>
        <translation>Сделать закрытым</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a security word the request mentions, in quotes</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>This request mentions %1. If it reveals a security vulnerability, keep it private.</source>
        <extracomment>R40; %1 lists the team&apos;s security words found, e.g. &quot;“XSS”, “token”&quot;</extracomment>
        <translation>В этом обращении упоминается %1. Если оно раскрывает уязвимость, сделайте его закрытым.</translation>
    </message>
    <message>
        <source>Undo Solve</source>
        <translation>Отменить решение</translation>
    </message>
    <message>
        <source>Put the ticket back as it was before you solved it</source>
        <translation>Вернуть обращение в состояние до решения</translation>
    </message>
</context>
<context>
    <name>Casebook::TicketMerge</name>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Обращение нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed; a closed ticket cannot be merged.</source>
        <translation>Обращение %1 закрыто; закрытое обращение нельзя объединить.</translation>
    </message>
    <message>
        <source>A ticket cannot be linked to itself.</source>
        <translation>Обращение нельзя связать с самим собой.</translation>
    </message>
    <message>
        <source>The follow-up ticket has no message.</source>
        <translation>В обращении-продолжении нет сообщения.</translation>
    </message>
</context>
<context>
    <name>Casebook::TicketSidebar</name>
    <message>
        <source>Accesses</source>
        <translation>Доступы</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
</context>
<context>
    <name>Casebook::TicketStore</name>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>У обращения должна быть тема.</translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Обращения %1 нет.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Сообщение пустое.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed; a closed ticket cannot be reopened.</source>
        <translation>Обращение %1 закрыто; закрытое обращение нельзя открыть снова.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <source>%1 changed ticket %2 first. Your change was not applied; reload to see theirs.</source>
        <translation>%1 уже изменил(а) обращение %2. Ваше изменение не применено; обновите, чтобы увидеть чужое.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>У метки должно быть название.</translation>
    </message>
    <message>
        <source>Say how the ticket was resolved: use solve().</source>
        <translation>Укажите, как решено обращение: используйте solve().</translation>
    </message>
    <message>
        <source>An outbound ticket needs the agent&apos;s first message.</source>
        <translation>Для исходящего обращения нужно первое сообщение сотрудника.</translation>
    </message>
</context>
<context>
    <name>Casebook::TicketTags</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>У метки должно быть название.</translation>
    </message>
    <message>
        <source>The team&apos;s tag list is locked; &quot;%1&quot; is not on it. Pick an existing tag or ask a lead.</source>
        <translation>Список меток команды заблокирован; метки «%1» в нём нет. Выберите существующую метку или обратитесь к руководителю смены.</translation>
    </message>
</context>
<context>
    <name>Casebook::TicketTasks</name>
    <message>
        <source>A task needs a title.</source>
        <translation>У задачи должно быть название.</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Задача больше не существует.</translation>
    </message>
    <message>
        <source>Someone changed the task &quot;%1&quot; first; reload to see it.</source>
        <translation>Кто-то уже изменил задачу «%1»; обновите, чтобы увидеть изменения.</translation>
    </message>
</context>
<context>
    <name>Casebook::TicketTriage</name>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Обращения %1 нет.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed; a closed ticket cannot be changed.</source>
        <translation>Обращение %1 закрыто; закрытое обращение нельзя изменить.</translation>
    </message>
    <message>
        <source>Low: the customer has a workaround. Record it in the tracker; it is addressed with available time.</source>
        <translation>Низкая: у клиента есть обходное решение. Зарегистрируйте проблему в трекере; ею займутся, когда будет время.</translation>
    </message>
    <message>
        <source>Medium: the customer is blocked. Talk it through in real time with the product owner.</source>
        <translation>Средняя: работа клиента заблокирована. Обсудите проблему в реальном времени с владельцем продукта.</translation>
    </message>
    <message>
        <source>High: an issue blocks all customers. Message the product owner directly for a timeline.</source>
        <translation>Высокая: проблема блокирует всех клиентов. Напишите владельцу продукта напрямую, чтобы узнать сроки.</translation>
    </message>
    <message>
        <source>Critical: the platform or instances are offline. All hands: reach every product owner on every channel until the issue is recognised.</source>
        <translation>Критическая: платформа или экземпляры недоступны. Все на помощь: связывайтесь с каждым владельцем продукта по всем каналам, пока проблему не признают.</translation>
    </message>
    <message>
        <source>Answer right away.</source>
        <translation>Ответьте сразу.</translation>
    </message>
    <message>
        <source>Takes time to figure out: acknowledge at once and come back with results.</source>
        <translation>Требует времени на разбор: сразу подтвердите получение и вернитесь с результатами.</translation>
    </message>
    <message>
        <source>The customer is blocked: acknowledge, open a bug report, gather teammates. Leads are called after 30 minutes without a reaction.</source>
        <translation>Работа клиента заблокирована: подтвердите получение, создайте отчёт об ошибке, соберите коллег. Через 30 минут без реакции вызываются руководители смен.</translation>
    </message>
    <message>
        <source>Thank the customer, tag it proposal-..., and add it to the proposal list.</source>
        <translation>Поблагодарите клиента, поставьте метку proposal-... и добавьте обращение в список предложений.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критическая</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Сообщество</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Quick answer</source>
        <translation>Быстрый ответ</translation>
    </message>
    <message>
        <source>Needs investigation</source>
        <translation>Нужно разобраться</translation>
    </message>
    <message>
        <source>Blocking the customer</source>
        <translation>Блокирует клиента</translation>
    </message>
    <message>
        <source>Feature request</source>
        <translation>Запрос функции</translation>
    </message>
    <message>
        <source>How-to question</source>
        <translation>Вопрос «как сделать»</translation>
    </message>
    <message>
        <source>Setup or integration</source>
        <translation>Настройка или интеграция</translation>
    </message>
    <message>
        <source>Something is broken</source>
        <translation>Что-то сломалось</translation>
    </message>
    <message>
        <source>Messenger</source>
        <extracomment>a request that came by Telegram, WhatsApp and the like</extracomment>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>The customer confirmed it works</source>
        <translation>Клиент подтвердил, что всё работает</translation>
    </message>
    <message>
        <source>Workaround given, defect filed</source>
        <translation>Дан обходной путь, дефект заведён</translation>
    </message>
    <message>
        <source>The customer stopped responding after follow-ups</source>
        <translation>Клиент перестал отвечать после напоминаний</translation>
    </message>
    <message>
        <source>Defect fixed or linked</source>
        <translation>Дефект исправлен или привязан</translation>
    </message>
    <message>
        <source>Feature request filed</source>
        <translation>Запрос на доработку заведён</translation>
    </message>
    <message>
        <source>Question answered</source>
        <translation>Вопрос решён ответом</translation>
    </message>
</context>
<context>
    <name>Casebook::TicketView</name>
    <message>
        <source>No ticket selected</source>
        <translation>Обращение не выбрано</translation>
    </message>
    <message>
        <source>Choose a ticket in the list to read the conversation and answer it.</source>
        <translation>Выберите обращение в списке, чтобы прочитать переписку и ответить.</translation>
    </message>
    <message>
        <source>This ticket cannot be shown</source>
        <translation>Не удаётся показать это обращение</translation>
    </message>
    <message>
        <source>Typing a reply to this ticket now: %1. Agree who answers before you send.</source>
        <extracomment>%1 is one or more agents&apos; names, such as &quot;Ivan Petrov, Vera Lead&quot;</extracomment>
        <translation>Сейчас на это обращение отвечают: %1. Прежде чем отправлять, договоритесь, кто ответит.</translation>
    </message>
    <message>
        <source>Also viewing this ticket: %1.</source>
        <extracomment>%1 is one or more agents&apos; names</extracomment>
        <translation>Это обращение также просматривают: %1.</translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation>Сведения об обращении</translation>
    </message>
</context>
<context>
    <name>Casebook::TrayIcon</name>
    <message>
        <source>Show Casebook</source>
        <translation>Показать Casebook</translation>
    </message>
    <message>
        <source>Not taking new dialogues; shift ends at %1</source>
        <extracomment>R06: the last half hour of the shift</extracomment>
        <translation>Новые диалоги не принимаются; смена заканчивается в %1</translation>
    </message>
    <message>
        <source>On shift until %1</source>
        <translation>На смене до %1</translation>
    </message>
    <message>
        <source>At lunch</source>
        <translation>На обеде</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Не на смене</translation>
    </message>
    <message numerus="yes">
        <source>Casebook — %1 — %n notification(s)</source>
        <extracomment>Tray tool tip: %1 is the agent&apos;s state, %2 the open notifications</extracomment>
        <translation>
            <numerusform>Casebook — %1 — %n уведомление</numerusform>
            <numerusform>Casebook — %1 — %n уведомления</numerusform>
            <numerusform>Casebook — %1 — %n уведомлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::TriagePanel</name>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Метка…</translation>
    </message>
    <message>
        <source>&amp;Complexity:</source>
        <translation>&amp;Сложность:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>Серь&amp;ёзность:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Запрос:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Low: a workaround exists. Medium: the customer is blocked. High: all customers are blocked. Critical: the platform is offline.</source>
        <translation>Низкая: есть обходное решение. Средняя: работа клиента заблокирована. Высокая: работа всех клиентов заблокирована. Критическая: платформа недоступна.</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Удалить метку %1</translation>
    </message>
    <message>
        <source>Thank for the proposal</source>
        <translation>Поблагодарить за предложение</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Подтвердить получение</translation>
    </message>
    <message>
        <source>Open a bug report</source>
        <translation>Создать отчёт об ошибке</translation>
    </message>
    <message>
        <source>Add to proposals</source>
        <translation>Добавить в предложения</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Поставить метку %1</translation>
    </message>
    <message numerus="yes">
        <source>Critical: a reaction is due by %1 (%n min left); then the leads are called.</source>
        <translation>
            <numerusform>Критическая: отреагировать нужно до %1 (осталась %n мин); затем вызываются руководители смен.</numerusform>
            <numerusform>Критическая: отреагировать нужно до %1 (осталось %n мин); затем вызываются руководители смен.</numerusform>
            <numerusform>Критическая: отреагировать нужно до %1 (осталось %n мин); затем вызываются руководители смен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical: no reaction since %1; call the leads now.</source>
        <translation>Критическая: нет реакции с %1; вызовите руководителей смен сейчас.</translation>
    </message>
    <message>
        <source>No tag yet: every dialogue gets one.</source>
        <translation>Тега ещё нет: у каждого диалога он должен быть.</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultEntry</name>
    <message>
        <source>Tracker admin</source>
        <translation>Администрирование трекера</translation>
    </message>
    <message>
        <source>Server (SSH)</source>
        <translation>Сервер (SSH)</translation>
    </message>
    <message>
        <source>Domain registrar</source>
        <translation>Регистратор доменов</translation>
    </message>
    <message>
        <source>Affiliate network</source>
        <translation>Партнёрская сеть</translation>
    </message>
    <message>
        <source>WordPress admin</source>
        <translation>Администрирование WordPress</translation>
    </message>
    <message>
        <source>Other access</source>
        <translation>Другой доступ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Имя пользователя: %1</translation>
    </message>
    <message>
        <source>Checked by %1 at %2</source>
        <translation>Проверил(а) %1, %2</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверен</translation>
    </message>
    <message>
        <source>The secret is in the Casebook vault.</source>
        <translation>Секрет хранится в хранилище доступов Casebook.</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultEntryDialog</name>
    <message>
        <source>Add access</source>
        <translation>Добавление доступа</translation>
    </message>
    <message>
        <source>Edit access</source>
        <translation>Изменение доступа</translation>
    </message>
    <message>
        <source>For example: Shop admin</source>
        <translation>Например: админка магазина</translation>
    </message>
    <message>
        <source>https://example.com/wp-admin or host:port</source>
        <translation>https://example.com/wp-admin или сервер:порт</translation>
    </message>
    <message>
        <source>Password, token or private key</source>
        <translation>Пароль, токен или закрытый ключ</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Оставьте пустым, чтобы сохранить текущий секрет</translation>
    </message>
    <message>
        <source>Hints only (who owns 2FA, when to ask): never a password</source>
        <translation>Только подсказки (у кого 2FA, когда спрашивать): никаких паролей</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;URL or host:</source>
        <translation>&amp;URL или сервер:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Секрет:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultEntryRow</name>
    <message>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the secret for a few seconds</source>
        <translation>Показать секрет на несколько секунд</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the secret; the clipboard is cleared after 30 seconds</source>
        <translation>Копировать секрет; буфер обмена очистится через 30 секунд</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <source>Copy kind, address, user name and check for an internal message, without the secret</source>
        <translation>Копировать тип, адрес, имя пользователя и отметку о проверке для внутреннего сообщения, без секрета</translation>
    </message>
    <message>
        <source>Mark checked</source>
        <translation>Отметить как проверенный</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Change this access</source>
        <translation>Изменить этот доступ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this access from the vault</source>
        <translation>Удалить этот доступ из хранилища</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>checked by %1 at %2</source>
        <translation>проверил(а) %1, %2</translation>
    </message>
    <message>
        <source>not checked yet: check it yourself before handing it over</source>
        <translation>ещё не проверен: проверьте его сами, прежде чем передавать</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>cannot be decrypted</source>
        <translation>не удаётся расшифровать</translation>
    </message>
    <message>
        <source>You tried this access yourself and it works</source>
        <translation>Вы сами проверили этот доступ, и он работает</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultHolderStore</name>
    <message>
        <source>The team vault is not set up yet.</source>
        <translation>Хранилище команды ещё не настроено.</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Сначала выберите сотрудника.</translation>
    </message>
    <message>
        <source>Only an admin may give or take the team key.</source>
        <translation>Выдать или забрать ключ команды может только администратор.</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultHoldersEditor</name>
    <message>
        <source>Give the Key</source>
        <translation>Выдать ключ</translation>
    </message>
    <message>
        <source>Take the Key…</source>
        <translation>Забрать ключ…</translation>
    </message>
    <message>
        <source>Who holds the team key</source>
        <translation>У кого есть ключ команды</translation>
    </message>
    <message>
        <source>Only holders see the team&apos;s accesses; on a team server the server itself hides them from everyone else. Holders still need the team passphrase to open a secret.</source>
        <translation>Доступы команды видят только владельцы ключа; на сервере команды их скрывает от остальных сам сервер. Чтобы открыть секрет, владельцу всё равно нужна парольная фраза команды.</translation>
    </message>
    <message>
        <source>Only an admin gives the team key or takes it back. Ask one when a teammate needs it.</source>
        <translation>Выдаёт и забирает ключ команды только администратор. Обратитесь к нему, если ключ нужен коллеге.</translation>
    </message>
    <message>
        <source>Take the team key</source>
        <translation>Забрать ключ команды</translation>
    </message>
    <message>
        <source>Take the team key from %1? The vault&apos;s accesses are hidden from them from now on. What they have read, and the team passphrase if they know it, they keep.</source>
        <translation>Забрать ключ команды у %1? С этого момента доступы хранилища будут от него скрыты. То, что он уже прочитал, и парольная фраза команды, если он её знает, останутся у него.</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultHoldersModel</name>
    <message>
        <source>Held since the vault had holders</source>
        <translation>Владеет с тех пор, как у хранилища появились владельцы</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>Given by %1, %2</source>
        <translation>Выдал %1, %2</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultKey</name>
    <message>
        <source>The vault&apos;s key settings are damaged.</source>
        <translation>Параметры ключа хранилища повреждены.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the team key.</source>
        <translation>Недостаточно памяти для вычисления ключа команды.</translation>
    </message>
    <message>
        <source>The team key stored on this machine is damaged.</source>
        <translation>Ключ команды, сохранённый на этом компьютере, повреждён.</translation>
    </message>
    <message>
        <source>The secret is too long.</source>
        <translation>Секрет слишком длинный.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Не удалось запустить библиотеку шифрования.</translation>
    </message>
    <message>
        <source>There is not enough protected memory for the vault key.</source>
        <translation>Недостаточно защищённой памяти для ключа хранилища.</translation>
    </message>
    <message>
        <source>This access cannot be decrypted: it was damaged, changed outside Casebook (its secret, address, user name, kind, label or customer) or sealed under another team key. Check it with the customer and enter it again.</source>
        <translation>Этот доступ не расшифровывается: он повреждён, изменён вне Casebook (секрет, адрес, имя пользователя, вид, название или клиент) или запечатан другим ключом команды. Уточните его у клиента и введите заново.</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultPage</name>
    <message>
        <source>Lock the Vault</source>
        <translation>Заблокировать хранилище</translation>
    </message>
    <message>
        <source>Forget the Key on This Machine</source>
        <translation>Забыть ключ на этом компьютере</translation>
    </message>
    <message>
        <source>Forget the vault key</source>
        <translation>Забыть ключ хранилища</translation>
    </message>
    <message>
        <source>Remove the team key from this machine&apos;s keychain? The team passphrase will be asked again.</source>
        <translation>Удалить ключ команды из связки ключей этого компьютера? Парольную фразу команды придётся ввести снова.</translation>
    </message>
    <message>
        <source>Looking for the team key in this machine&apos;s keychain…</source>
        <translation>Поиск ключа команды в связке ключей этого компьютера…</translation>
    </message>
    <message>
        <source>The team vault is set up and locked on this machine. A customer card asks for the passphrase when a secret is needed.</source>
        <translation>Хранилище команды настроено и заблокировано на этом компьютере. Карточка клиента запросит парольную фразу, когда понадобится секрет.</translation>
    </message>
    <message>
        <source>The team vault is set up and open on this machine.</source>
        <translation>Хранилище команды настроено и открыто на этом компьютере.</translation>
    </message>
    <message>
        <source>This team has no vault yet.</source>
        <translation>У команды пока нет хранилища.</translation>
    </message>
    <message>
        <source>Change the Team Passphrase…</source>
        <translation>Сменить парольную фразу команды…</translation>
    </message>
    <message>
        <source>The team passphrase was changed. Share the new one with the people who hold the team key.</source>
        <translation>Парольная фраза команды сменена. Сообщите новую тем, кто держит ключ команды.</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultPanel</name>
    <message>
        <source>No accesses for this customer yet.</source>
        <translation>У этого клиента пока нет доступов.</translation>
    </message>
    <message>
        <source>The copied secret was cleared from the clipboard.</source>
        <translation>Скопированный секрет удалён из буфера обмена.</translation>
    </message>
    <message>
        <source>Add access</source>
        <translation>Добавить доступ</translation>
    </message>
    <message>
        <source>Team SSH key…</source>
        <translation>SSH-ключ команды…</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Заблокировать хранилище</translation>
    </message>
    <message>
        <source>Forget the key on this machine</source>
        <translation>Забыть ключ на этом компьютере</translation>
    </message>
    <message>
        <source>Forget the vault key</source>
        <translation>Забыть ключ хранилища</translation>
    </message>
    <message>
        <source>Remove the team key from this machine&apos;s keychain? The team passphrase will be asked again.</source>
        <translation>Удалить ключ команды из связки ключей этого компьютера? Парольную фразу команды придётся ввести снова.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Хранилище доступов</translation>
    </message>
    <message>
        <source>Looking for the team key in this machine&apos;s keychain…</source>
        <translation>Поиск ключа команды в связке ключей этого компьютера…</translation>
    </message>
    <message>
        <source>Type the passphrase instead</source>
        <translation>Ввести парольную фразу вручную</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Парольная фраза команды</translation>
    </message>
    <message>
        <source>The vault is locked. Type the team passphrase to reveal or copy secrets.</source>
        <translation>Хранилище заблокировано. Введите парольную фразу команды, чтобы показывать или копировать секреты.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>Удаление доступа</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the vault? Its secret is gone for the whole team.</source>
        <translation>Удалить «%1» из хранилища? Его секрет будет утерян для всей команды.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Скопировано. Буфер обмена очистится через %n секунду.</numerusform>
            <numerusform>Скопировано. Буфер обмена очистится через %n секунды.</numerusform>
            <numerusform>Скопировано. Буфер обмена очистится через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details copied for an internal message, without the secret.</source>
        <translation>Сведения скопированы для внутреннего сообщения, без секрета.</translation>
    </message>
    <message>
        <source>The team SSH key was removed.</source>
        <translation>SSH-ключ команды удалён.</translation>
    </message>
    <message>
        <source>The team SSH key was saved.</source>
        <translation>SSH-ключ команды сохранён.</translation>
    </message>
    <message>
        <source>No team vault yet. Adding the first access sets it up (also in Settings &gt; Vault).</source>
        <translation>Хранилища команды ещё нет. Оно создаётся при добавлении первого доступа (или в Настройки &gt; Хранилище).</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultSession</name>
    <message>
        <source>This machine has no usable keychain (%1). The team passphrase is asked once per session and the key is kept in memory only.</source>
        <translation>На этом компьютере нет доступной связки ключей (%1). Парольная фраза команды запрашивается один раз за сеанс, а ключ хранится только в памяти.</translation>
    </message>
    <message>
        <source>You do not hold the team key, so the team&apos;s accesses are not shown to you. Ask your team&apos;s admin to give it to you.</source>
        <translation>У вас нет ключа команды, поэтому доступы команды вам не показываются. Попросите администратора команды выдать его вам.</translation>
    </message>
    <message>
        <source>You do not hold the team key, so the team&apos;s accesses are not shown to you. Ask an admin to give it to you: %1.</source>
        <translation>У вас нет ключа команды, поэтому доступы команды вам не показываются. Попросите администратора выдать его вам: %1.</translation>
    </message>
    <message>
        <source>The team passphrase was changed on another desktop. Enter the new one.</source>
        <translation>Парольную фразу команды сменили на другом рабочем месте. Введите новую.</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultSetupForm</name>
    <message>
        <source>Set Up the Team Vault</source>
        <translation>Создать хранилище команды</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>The vault keeps customers&apos; accesses encrypted for the whole team. Choose the team passphrase: at least %1 characters, shared with teammates in person. Nobody can recover it.</source>
        <translation>Хранилище держит доступы клиентов в зашифрованном виде для всей команды. Выберите парольную фразу команды: не короче %1 символов; сообщите её коллегам лично. Восстановить её не сможет никто.</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Парольная фраза команды</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Та же парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Парольные фразы не совпадают. Введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>Casebook::VaultStore</name>
    <message>
        <source>The team passphrase needs at least %1 characters.</source>
        <translation>Парольная фраза команды должна содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>The vault already has a team key. Unlock it with the team passphrase.</source>
        <translation>У хранилища уже есть ключ команды. Разблокируйте его парольной фразой команды.</translation>
    </message>
    <message>
        <source>Someone else set up the vault at the same moment. Unlock it with their passphrase.</source>
        <translation>Кто-то другой в тот же момент настроил хранилище. Разблокируйте его заданной им парольной фразой.</translation>
    </message>
    <message>
        <source>The vault is not set up yet. Choose a team passphrase first.</source>
        <translation>Хранилище ещё не настроено. Сначала выберите парольную фразу команды.</translation>
    </message>
    <message>
        <source>The team passphrase is not correct.</source>
        <translation>Неверная парольная фраза команды.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Секрет пуст.</translation>
    </message>
    <message>
        <source>This access was sealed under another team key.</source>
        <translation>Этот доступ зашифрован другим ключом команды.</translation>
    </message>
    <message>
        <source>Say who checked the access.</source>
        <translation>Укажите, кто проверил доступ.</translation>
    </message>
    <message>
        <source>This is a private key. Only the public key (the .pub file) may be shared with customers.</source>
        <translation>Это закрытый ключ. Клиентам можно передавать только открытый ключ (файл .pub).</translation>
    </message>
    <message>
        <source>This is not an SSH public key. Paste one line such as &quot;ssh-ed25519 AAAA... team&quot;.</source>
        <translation>Это не открытый ключ SSH. Вставьте одну строку, например «ssh-ed25519 AAAA... team».</translation>
    </message>
    <message>
        <source>The vault is locked. Enter the team passphrase to open it.</source>
        <translation>Хранилище заблокировано. Введите парольную фразу команды, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Someone else changed or removed this access first. Reload to see it.</source>
        <translation>Кто-то уже изменил или удалил этот доступ. Обновите, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Access %1 does not exist.</source>
        <translation>Доступа %1 нет.</translation>
    </message>
    <message>
        <source>An access belongs to a customer.</source>
        <translation>Доступ должен принадлежать клиенту.</translation>
    </message>
    <message>
        <source>An access needs a label.</source>
        <translation>У доступа должно быть название.</translation>
    </message>
    <message>
        <source>The team has no shared SSH public key yet. Set it in the access vault&apos;s menu: Team SSH key.</source>
        <translation>У команды ещё нет общего открытого SSH-ключа. Задайте его в меню хранилища доступов: «SSH-ключ команды».</translation>
    </message>
    <message>
        <source>This access was sealed in a way this version of Casebook does not know. Update Casebook, or enter the access again.</source>
        <translation>Этот доступ запечатан способом, которого эта версия Casebook не знает. Обновите Casebook или введите доступ заново.</translation>
    </message>
    <message>
        <source>The team passphrase was not changed: %1</source>
        <translation>Парольная фраза команды не сменена: %1</translation>
    </message>
    <message>
        <source>The new team passphrase is the same as the current one.</source>
        <translation>Новая парольная фраза совпадает с текущей.</translation>
    </message>
    <message>
        <source>Only an admin changes the team passphrase.</source>
        <translation>Сменить парольную фразу команды может только администратор.</translation>
    </message>
    <message>
        <source>the team key changed on another desktop. Unlock with the new passphrase.</source>
        <translation>ключ команды сменили на другом рабочем месте. Откройте хранилище новой парольной фразой.</translation>
    </message>
    <message>
        <source>The current team passphrase is not correct.</source>
        <translation>Текущая парольная фраза команды неверна.</translation>
    </message>
    <message>
        <source>access %1 does not open (%2). Remove it or enter it again, then change the passphrase.</source>
        <translation>доступ %1 не открывается (%2). Удалите его или введите заново, затем смените парольную фразу.</translation>
    </message>
    <message>
        <source>someone changed the vault at the same moment. Try again.</source>
        <translation>кто-то изменил хранилище в тот же момент. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>Casebook::ZendeskReader</name>
    <message>
        <source>The folder holds no JSON files.</source>
        <translation>В папке нет файлов JSON.</translation>
    </message>
    <message>
        <source>The file is JSON but not an object Zendesk writes.</source>
        <translation>Файл в формате JSON, но это не объект, который создаёт Zendesk.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>%1 a file, %2 a line number</extracomment>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>не JSON: %1</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <extracomment>%1 the parser&apos;s words, %2 where in the file</extracomment>
        <translation>не JSON: %1 в байте %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <extracomment>%1 a file, %2 what kind of record, %3 its place in the list</extracomment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <source>an organization without an id</source>
        <translation>организация без идентификатора</translation>
    </message>
    <message>
        <source>comments without a ticket: name the file after the ticket&apos;s number</source>
        <translation>комментарии без обращения: назовите файл по номеру обращения</translation>
    </message>
    <message>
        <source>nothing Zendesk writes: no tickets, users, organizations or comments</source>
        <translation>ничего из того, что создаёт Zendesk: нет обращений, пользователей, организаций или комментариев</translation>
    </message>
    <message>
        <source>a user without an id</source>
        <translation>пользователь без идентификатора</translation>
    </message>
    <message>
        <source>a ticket without an id</source>
        <translation>обращение без идентификатора</translation>
    </message>
    <message>
        <source>ticket %1 was deleted in Zendesk</source>
        <translation>обращение %1 удалено в Zendesk</translation>
    </message>
    <message>
        <source>ticket %1 has an unknown status &quot;%2&quot;</source>
        <translation>у обращения %1 неизвестный статус «%2»</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>обращение %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) of a ticket that is not in the export</source>
        <translation>
            <numerusform>%n комментарий к обращению, которого нет в экспорте</numerusform>
            <numerusform>%n комментария к обращению, которого нет в экспорте</numerusform>
            <numerusform>%n комментариев к обращению, которого нет в экспорте</numerusform>
        </translation>
    </message>
</context>
</TS>
