<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>meshdesk::app::FleetTableModel</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation><numerusform>%n response</numerusform><numerusform>%n responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ACK(s)</source>
        <translation><numerusform>%n ACK</numerusform><numerusform>%n ACKs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n NACK(s)</source>
        <translation><numerusform>%n NACK</numerusform><numerusform>%n NACKs</numerusform></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::MainWindow</name>
    <message numerus="yes">
        <source>%n proxy(ies) connected</source>
        <translation><numerusform>%n proxy connected</numerusform><numerusform>%n proxies connected</numerusform></translation>
    </message>
</context>
</TS>
