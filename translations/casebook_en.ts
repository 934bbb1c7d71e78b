<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Casebook::InboxModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n min</source>
        <translation>
            <numerusform>overdue by %n min</numerusform>
            <numerusform>overdue by %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::MainWindow</name>
    <message numerus="yes">
        <source>The database holds %n ticket(s).</source>
        <translation>
            <numerusform>The database holds %n ticket.</numerusform>
            <numerusform>The database holds %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not solved yet.</source>
        <translation>
            <numerusform>%n of them is not solved yet.</numerusform>
            <numerusform>%n of them are not solved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team has %n active agent(s).</source>
        <translation>
            <numerusform>The team has %n active agent.</numerusform>
            <numerusform>The team has %n active agents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::InboxView</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
</TS>
