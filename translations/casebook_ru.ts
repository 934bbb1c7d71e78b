<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Casebook</name>
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
        <source>a date such as 2026-11-23, today, yesterday, 7d, 2w or 3m</source>
        <translation>дату, например 2026-11-23, today, yesterday, 7d, 2w или 3m</translation>
    </message>
</context>
<context>
    <name>Casebook::AgentStore</name>
    <message>
        <source>An agent needs a login and a name.</source>
        <translation>У сотрудника должны быть логин и имя.</translation>
    </message>
    <message>
        <source>Mail is checked every 30 or every 60 minutes.</source>
        <translation>Почта проверяется каждые 30 или каждые 60 минут.</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>Логин %1 уже занят.</translation>
    </message>
    <message>
        <source>Agent %1 does not exist.</source>
        <translation>Сотрудника %1 нет.</translation>
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
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
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
        <source>The database does not exist on the server: %1</source>
        <translation>На сервере нет такой базы данных: %1</translation>
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
        <source>This version of Casebook cannot list tickets yet.</source>
        <translation>Эта версия Casebook пока не показывает список обращений.</translation>
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
        <source>The database holds %n ticket(s).</source>
        <translation>
            <numerusform>В базе данных %n обращение.</numerusform>
            <numerusform>В базе данных %n обращения.</numerusform>
            <numerusform>В базе данных %n обращений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not solved yet.</source>
        <translation>
            <numerusform>Не решено из них: %n.</numerusform>
            <numerusform>Не решено из них: %n.</numerusform>
            <numerusform>Не решено из них: %n.</numerusform>
        </translation>
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
</context>
<context>
    <name>Casebook::Prompts</name>
    <message>
        <source>Casebook databases (*.casebook);;All files (*)</source>
        <translation>Базы данных Casebook (*.casebook);;Все файлы (*)</translation>
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
        <source>&amp;Test Connection</source>
        <translation>Пров&amp;ерить подключение</translation>
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
    <message>
        <source>The window changes to the new language when you save.</source>
        <translation>Окно переключится на новый язык, когда вы сохраните настройки.</translation>
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
</context>
</TS>
