<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>meshdesk::app::FleetDock</name>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter proxies by node, cluster, group, peer or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the proxies with this text in any column (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::FleetTableModel</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
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
        <source>Node %1
Cluster: %2
Locality: %3
Agent: %4
Connected: %5
Protocol: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incremental (delta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state of the world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: version %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACKed: version %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last NACK: version %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::LaunchOptionsParser</name>
    <message>
        <source>Meshdesk: edit an Envoy workspace and serve it to proxies over xDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to open (default: the bundled lab workspace, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the embedded xDS server listens (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language: %1 (default: the system&apos;s, else en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--xds: &quot;%1&quot; is not host:port with a port from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace: %1: no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::LogDock</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::MainWindow</name>
    <message numerus="yes">
        <source>%n proxy(ies) connected</source>
        <translation>
            <numerusform>%n proxy connected</numerusform>
            <numerusform>%n proxies connected</numerusform>
        </translation>
    </message>
    <message>
        <source>xDS server listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xDS server could not listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xDS server not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xDS not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xDS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded xDS server is serving on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xDS %1: not serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy %1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy %1 disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy %1 rejected %2 version %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published %1: %n resource(s), version %2</source>
        <translation>
            <numerusform>Published %1: %n resource, version %2</numerusform>
            <numerusform>Published %1: %n resources, version %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n node group(s), %1 ms)</source>
        <translation>
            <numerusform>(%n node group, %1 ms)</numerusform>
            <numerusform>(%n node groups, %1 ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); not published, the proxies keep what they have</source>
        <translation>
            <numerusform>%1 has %n problem; not published, the proxies keep what they have</numerusform>
            <numerusform>%1 has %n problems; not published, the proxies keep what they have</numerusform>
        </translation>
    </message>
    <message>
        <source>Meshdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Meshdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace YAML file and publish it to the proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the Fleet table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Meshdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Meshdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meshdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for Envoy with an embedded xDS control plane: edit a workspace, publish it as snapshots and watch every proxy take it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::PreferencesDialog</name>
    <message>
        <source>Used from the next start; the running server keeps its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter host:port, such as 127.0.0.1:18000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;xDS server address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourceTree</name>
    <message>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoped route configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoped route configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session ticket keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix %1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster from header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n virtual host(s)</source>
        <translation>
            <numerusform>%n virtual host</numerusform>
            <numerusform>%n virtual hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourceView</name>
    <message>
        <source>Problem in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node group %1   (%2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource in the Resources pane to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (%2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourcesDock</name>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::SyncStatusLook</name>
    <message>
        <source>SYNCED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SENT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
