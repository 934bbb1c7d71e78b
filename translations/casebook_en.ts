<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
