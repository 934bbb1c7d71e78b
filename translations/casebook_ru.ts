<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
    <name>Casebook::FormProblem</name>
    <message>
        <source>warning: %1</source>
        <extracomment>Prefix of a template problem that does not stop the template from loading.</extracomment>
        <translation>предупреждение: %1</translation>
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
        <source>overdue by %n min</source>
        <translation>
            <numerusform>просрочено на %n мин</numerusform>
            <numerusform>просрочено на %n мин</numerusform>
            <numerusform>просрочено на %n мин</numerusform>
        </translation>
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
        <translation>Ожидает ответа</translation>
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
        <source>Complex</source>
        <translation>Сложный</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Простой</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Inbox column: severity or complexity of the ticket</extracomment>
        <translation>Приоритет</translation>
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
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Срок первого ответа</translation>
    </message>
</context>
<context>
    <name>Casebook::InboxView</name>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Представление:</translation>
    </message>
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
        <translation>Ожидают ответа</translation>
    </message>
    <message>
        <source>On-hold</source>
        <translation>Приостановленные</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Без тегов</translation>
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
        <source>This access cannot be decrypted: it was damaged, changed outside Casebook or sealed under another team key. Enter it again.</source>
        <translation>Не удаётся расшифровать этот доступ: он повреждён, изменён вне Casebook или зашифрован другим ключом команды. Введите его заново.</translation>
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
</context>
</TS>
