<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>meshdesk::app::FleetDock</name>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Filter proxies by node, cluster, group, peer or status</source>
        <translation>Proxys nach Knoten, Cluster, Gruppe, Gegenstelle oder Status filtern</translation>
    </message>
    <message>
        <source>Shows only the proxies with this text in any column (Ctrl+F)</source>
        <translation>Zeigt nur die Proxys, die diesen Text in einer Spalte enthalten (Strg+F)</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::FleetTableModel</name>
    <message>
        <source>Node %1
Cluster: %2
Locality: %3
Agent: %4
Connected: %5
Protocol: %6</source>
        <translation>Knoten %1
Cluster: %2
Standort: %3
Agent: %4
Verbunden: %5
Protokoll: %6</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>incremental (delta)</source>
        <translation>inkrementell (Delta)</translation>
    </message>
    <message>
        <source>state of the world</source>
        <translation>vollständiger Zustand (State of the World)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent: version %1 at %2</source>
        <translation>Gesendet: Version %1 um %2</translation>
    </message>
    <message>
        <source>ACKed: version %1 at %2</source>
        <translation>Bestätigt (ACK): Version %1 um %2</translation>
    </message>
    <message>
        <source>Last NACK: version %1 at %2</source>
        <translation>Letzter NACK: Version %1 um %2</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ACK(s)</source>
        <translation>
            <numerusform>%n ACK</numerusform>
            <numerusform>%n ACKs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NACK(s)</source>
        <translation>
            <numerusform>%n NACK</numerusform>
            <numerusform>%n NACKs</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::LaunchOptionsParser</name>
    <message>
        <source>Meshdesk: edit an Envoy workspace and serve it to proxies over xDS.</source>
        <translation>Meshdesk: einen Envoy-Arbeitsbereich bearbeiten und per xDS an Proxys ausliefern.</translation>
    </message>
    <message>
        <source>The workspace to open (default: the bundled lab workspace, %1).</source>
        <translation>Der zu öffnende Arbeitsbereich (Standard: der mitgelieferte Labor-Arbeitsbereich, %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Where the embedded xDS server listens (default: %1).</source>
        <translation>Adresse, auf der der eingebettete xDS-Server lauscht (Standard: %1).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>The interface language: %1 (default: the system&apos;s, else en).</source>
        <translation>Die Sprache der Oberfläche: %1 (Standard: die des Systems, sonst en).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--xds: &quot;%1&quot; is not host:port with a port from 0 to 65535.</source>
        <translation>--xds: „%1“ ist nicht Host:Port mit einem Port von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of %2.</source>
        <translation>--lang: „%1“ ist keine von %2.</translation>
    </message>
    <message>
        <source>--workspace: %1: no such file or folder.</source>
        <translation>--workspace: %1: Datei oder Ordner nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::MainWindow</name>
    <message>
        <source>xDS server listening on %1</source>
        <translation>xDS-Server lauscht auf %1</translation>
    </message>
    <message>
        <source>xDS server could not listen on %1: %2</source>
        <translation>xDS-Server konnte nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>xDS server not running: %1</source>
        <translation>xDS-Server läuft nicht: %1</translation>
    </message>
    <message>
        <source>xDS not started</source>
        <translation>xDS nicht gestartet</translation>
    </message>
    <message>
        <source>xDS %1</source>
        <translation>xDS %1</translation>
    </message>
    <message>
        <source>The embedded xDS server is serving on %1</source>
        <translation>Der eingebettete xDS-Server liefert auf %1 aus</translation>
    </message>
    <message>
        <source>xDS %1: not serving</source>
        <translation>xDS %1: liefert nicht aus</translation>
    </message>
    <message numerus="yes">
        <source>%n proxy(ies) connected</source>
        <translation>
            <numerusform>%n Proxy verbunden</numerusform>
            <numerusform>%n Proxys verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy %1 connected</source>
        <translation>Proxy %1 hat sich verbunden</translation>
    </message>
    <message>
        <source>Proxy %1 disconnected</source>
        <translation>Proxy %1 hat die Verbindung getrennt</translation>
    </message>
    <message>
        <source>Proxy %1 rejected %2 version %3: %4</source>
        <translation>Proxy %1 hat %2 Version %3 abgelehnt: %4</translation>
    </message>
    <message>
        <source>Meshdesk</source>
        <translation>Meshdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a workspace YAML file and publish it to the proxies</source>
        <translation>Eine Arbeitsbereich-YAML-Datei öffnen und an die Proxys veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Find Proxy</source>
        <translation>Proxy &amp;suchen</translation>
    </message>
    <message>
        <source>Filter the Fleet table</source>
        <translation>Die Flotten-Tabelle filtern</translation>
    </message>
    <message>
        <source>&amp;About Meshdesk</source>
        <translation>Ü&amp;ber Meshdesk</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>About Meshdesk</source>
        <translation>Über Meshdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meshdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for Envoy with an embedded xDS control plane: edit a workspace, publish it as snapshots and watch every proxy take it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meshdesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für Envoy mit eingebetteter xDS-Control-Plane: einen Arbeitsbereich bearbeiten, als Snapshots veröffentlichen und zusehen, wie jeder Proxy ihn übernimmt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Workspace files (*.yaml *.yml);;All files (*)</source>
        <translation>Arbeitsbereich-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>Published %1: %n resource(s), version %2</source>
        <translation>
            <numerusform>%1 veröffentlicht: %n Ressource, Version %2</numerusform>
            <numerusform>%1 veröffentlicht: %n Ressourcen, Version %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n node group(s), %1 ms)</source>
        <translation>
            <numerusform>(%n Knotengruppe, %1 ms)</numerusform>
            <numerusform>(%n Knotengruppen, %1 ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); not published, the proxies keep what they have</source>
        <translation>
            <numerusform>%1 hat %n Problem; nicht veröffentlicht, die Proxys behalten ihren Stand</numerusform>
            <numerusform>%1 hat %n Probleme; nicht veröffentlicht, die Proxys behalten ihren Stand</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Meshdesk</source>
        <translation>%1 — Meshdesk</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::PreferencesDialog</name>
    <message>
        <source>Used from the next start; the running server keeps its address.</source>
        <translation>Gilt ab dem nächsten Start; der laufende Server behält seine Adresse.</translation>
    </message>
    <message>
        <source>Enter host:port, such as 127.0.0.1:18000.</source>
        <translation>Host:Port eingeben, etwa 127.0.0.1:18000.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;xDS server address:</source>
        <translation>&amp;xDS-Server-Adresse:</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourceTree</name>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Route configurations</source>
        <translation>Routenkonfigurationen</translation>
    </message>
    <message>
        <source>Scoped route configurations</source>
        <translation>Bereichsbezogene Routenkonfigurationen</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Runtimes</source>
        <translation>Laufzeitwerte</translation>
    </message>
    <message>
        <source>Extension configurations</source>
        <translation>Erweiterungskonfigurationen</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>route configuration</source>
        <translation>Routenkonfiguration</translation>
    </message>
    <message>
        <source>scoped route configuration</source>
        <translation>bereichsbezogene Routenkonfiguration</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>Laufzeitwerte</translation>
    </message>
    <message>
        <source>extension configuration</source>
        <translation>Erweiterungskonfiguration</translation>
    </message>
    <message>
        <source>API listener</source>
        <translation>API-Listener</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>session ticket keys</source>
        <translation>Sitzungsticket-Schlüssel</translation>
    </message>
    <message>
        <source>validation context</source>
        <translation>Validierungskontext</translation>
    </message>
    <message>
        <source>generic secret</source>
        <translation>allgemeines Geheimnis</translation>
    </message>
    <message>
        <source>prefix %1</source>
        <translation>Präfix %1</translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>Pfad %1</translation>
    </message>
    <message>
        <source>regex %1</source>
        <translation>Regex %1</translation>
    </message>
    <message>
        <source>prefix %1/</source>
        <translation>Präfix %1/</translation>
    </message>
    <message>
        <source>cluster from header %1</source>
        <translation>Cluster aus Header %1</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>direct response %1</source>
        <translation>direkte Antwort %1</translation>
    </message>
    <message>
        <source>filter action</source>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>no forwarding</source>
        <translation>keine Weiterleitung</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual host(s)</source>
        <translation>
            <numerusform>%n virtueller Host</numerusform>
            <numerusform>%n virtuelle Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Node groups</source>
        <translation>Knotengruppen</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourceView</name>
    <message>
        <source>Problem in %1</source>
        <translation>Problem in %1</translation>
    </message>
    <message>
        <source>node group %1   (%2, line %3)</source>
        <translation>Knotengruppe %1   (%2, Zeile %3)</translation>
    </message>
    <message>
        <source>No resource selected</source>
        <translation>Keine Ressource ausgewählt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Select a resource in the Resources pane to see it here.</source>
        <translation>Eine Ressource im Bereich „Ressourcen“ auswählen, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O).</source>
        <translation>Einen Arbeitsbereich mit Datei &gt; Arbeitsbereich öffnen (Strg+O) öffnen.</translation>
    </message>
    <message>
        <source>virtual host %1</source>
        <translation>virtueller Host %1</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>%1   (%2, line %3)</source>
        <translation>%1   (%2, Zeile %3)</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourcesDock</name>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation>Ressourcen filtern</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::SyncStatusLook</name>
    <message>
        <source>SYNCED</source>
        <translation>SYNCHRON</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>AUSSTEHEND</translation>
    </message>
    <message>
        <source>NACKED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>NOT SENT</source>
        <translation>NICHT GESENDET</translation>
    </message>
</context>
</TS>
