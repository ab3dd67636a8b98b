<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiBackendList</name>
    <message>
        <source>Weight of %1 within its priority</source>
        <translation>Gewicht von %1 innerhalb seiner Priorität</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiBackendListModel</name>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>Ausweichstufe %1</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Backends move within their own AI route only.</source>
        <translation>Backends lassen sich nur innerhalb ihrer eigenen KI-Route verschieben.</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiEnvoyOutput</name>
    <message>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Error: publishing waits until it is fixed</source>
        <translation>Fehler: Veröffentlichen wartet, bis er behoben ist</translation>
    </message>
    <message>
        <source>Warning: published, but see why</source>
        <translation>Warnung: wird veröffentlicht, aber lesen Sie, warum</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiPaletteModel</name>
    <message>
        <source>%1
%2:%3%4
Drag onto the backends to add it.</source>
        <translation>%1
%2:%3%4
Auf die Backends ziehen, um es hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiProviderPresets</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>api.openai.com over TLS; choose the secret with the API key.</source>
        <translation>api.openai.com über TLS; wählen Sie das Geheimnis mit dem API-Schlüssel.</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>A vLLM server (OpenAI-compatible) on port 8000; set its address.</source>
        <translation>Ein vLLM-Server (OpenAI-kompatibel) auf Port 8000; tragen Sie seine Adresse ein.</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>An Ollama server (OpenAI-compatible API) on port 11434.</source>
        <translation>Ein Ollama-Server (OpenAI-kompatible API) auf Port 11434.</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>api.anthropic.com, Messages API (/v1/messages): clients must speak Anthropic&apos;s API.</source>
        <translation>api.anthropic.com, Messages-API (/v1/messages): Clients müssen die API von Anthropic sprechen.</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Replace the resource name in the host and the deployment in the path.</source>
        <translation>Ersetzen Sie den Ressourcennamen im Host und das Deployment im Pfad.</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Google Gemini&apos;s OpenAI-compatible endpoint.</source>
        <translation>Der OpenAI-kompatible Endpunkt von Google Gemini.</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>Gemini (OpenAI-compatible)</source>
        <translation>Gemini (OpenAI-kompatibel)</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiRouteEditor</name>
    <message>
        <source>AI route</source>
        <translation>KI-Route</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Modelle:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Model &amp;header:</source>
        <translation>Modell-&amp;Header:</translation>
    </message>
    <message>
        <source>model header</source>
        <translation>Modell-Header</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Drag a provider onto the list to add a backend; drag a backend to change the fallback order (onto another: same priority, split by weight).</source>
        <translation>Ziehen Sie einen Anbieter auf die Liste, um ein Backend hinzuzufügen; ziehen Sie ein Backend, um die Ausweichreihenfolge zu ändern (auf ein anderes: gleiche Priorität, nach Gewicht aufgeteilt).</translation>
    </message>
    <message>
        <source>&amp;Remove Backend</source>
        <translation>Backend &amp;entfernen</translation>
    </message>
    <message>
        <source>Selected backend</source>
        <translation>Ausgewähltes Backend</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>default (443 with TLS, else 80)</source>
        <translation>Standard (443 mit TLS, sonst 80)</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connect with &amp;TLS</source>
        <translation>Mit &amp;TLS verbinden</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>der Host</translation>
    </message>
    <message>
        <source>&amp;SNI:</source>
        <translation>&amp;SNI:</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>the route&apos;s path</source>
        <translation>der Pfad der Route</translation>
    </message>
    <message>
        <source>Path re&amp;write:</source>
        <translation>Pfad &amp;umschreiben:</translation>
    </message>
    <message>
        <source>path rewrite</source>
        <translation>Pfadumschreibung</translation>
    </message>
    <message>
        <source>the requested model</source>
        <translation>das angefragte Modell</translation>
    </message>
    <message>
        <source>Applied by ModelRoute subscribers; Envoy cannot rewrite a JSON body.</source>
        <translation>Wird von ModelRoute-Abonnenten angewandt; Envoy kann einen JSON-Body nicht umschreiben.</translation>
    </message>
    <message>
        <source>Model o&amp;verride:</source>
        <translation>Modell er&amp;setzen:</translation>
    </message>
    <message>
        <source>model override</source>
        <translation>Modellersatz</translation>
    </message>
    <message>
        <source>API &amp;key secret:</source>
        <translation>Geheimnis des API-&amp;Schlüssels:</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Geheimnis des API-Schlüssels</translation>
    </message>
    <message>
        <source>For subscribers without SDS: the environment variable holding the key.</source>
        <translation>Für Abonnenten ohne SDS: die Umgebungsvariable mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>API key &amp;variable:</source>
        <translation>API-Schlüssel-&amp;Variable:</translation>
    </message>
    <message>
        <source>API key variable</source>
        <translation>API-Schlüssel-Variable</translation>
    </message>
    <message>
        <source>0 (first choice)</source>
        <translation>0 (erste Wahl)</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>Pr&amp;iorität:</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>5s</source>
        <translation>5s</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>Verbindungs-Timeout</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Where it joins Envoy</source>
        <translation>Wo sie in Envoy eingehängt wird</translation>
    </message>
    <message>
        <source>&amp;Listener:</source>
        <translation>&amp;Listener:</translation>
    </message>
    <message>
        <source>Empty: served to ModelRoute subscribers only, not to Envoy.</source>
        <translation>Leer: nur an ModelRoute-Abonnenten ausgeliefert, nicht an Envoy.</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Virtueller Host:</translation>
    </message>
    <message>
        <source>virtual host</source>
        <translation>virtueller Host</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>New listener p&amp;ort:</source>
        <translation>P&amp;ort eines neuen Listeners:</translation>
    </message>
    <message>
        <source>none (the listener exists)</source>
        <translation>keiner (der Listener existiert)</translation>
    </message>
    <message>
        <source>new listener port</source>
        <translation>Port des neuen Listeners</translation>
    </message>
    <message>
        <source>New listener &amp;address:</source>
        <translation>&amp;Adresse eines neuen Listeners:</translation>
    </message>
    <message>
        <source>new listener address</source>
        <translation>Adresse des neuen Listeners</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>60s, retries included</source>
        <translation>60s, Wiederholungen eingeschlossen</translation>
    </message>
    <message>
        <source>on &amp;429</source>
        <translation>bei &amp;429</translation>
    </message>
    <message>
        <source>on &amp;5xx</source>
        <translation>bei &amp;5xx</translation>
    </message>
    <message>
        <source>on connect &amp;failure</source>
        <translation>bei &amp;Verbindungsfehler</translation>
    </message>
    <message>
        <source>Retry:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>retry on 429</source>
        <translation>Wiederholen bei 429</translation>
    </message>
    <message>
        <source>retry on 5xx</source>
        <translation>Wiederholen bei 5xx</translation>
    </message>
    <message>
        <source>retry on connect failure</source>
        <translation>Wiederholen bei Verbindungsfehler</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>Wi&amp;ederholungen:</translation>
    </message>
    <message>
        <source>one per fallback priority</source>
        <translation>eine je Ausweichpriorität</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Not set: a route with fallbacks retries on 429, 5xx and connect failure, once per fallback priority.</source>
        <translation>Nicht gesetzt: eine Route mit Ausweich-Backends wiederholt bei 429, 5xx und Verbindungsfehler, einmal je Ausweichpriorität.</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>Raten&amp;limit:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Je:</translation>
    </message>
    <message>
        <source>rate limit interval</source>
        <translation>Intervall des Ratenlimits</translation>
    </message>
    <message>
        <source>1s</source>
        <translation>1s</translation>
    </message>
    <message>
        <source>What Envoy gets</source>
        <translation>Was Envoy bekommt</translation>
    </message>
    <message>
        <source>(none: subscribers only)</source>
        <translation>(keiner: nur Abonnenten)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <source>%1 (not in the workspace)</source>
        <translation>%1 (nicht im Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Clear %1 of %2 in %3</source>
        <translation>%1 von %2 in %3 leeren</translation>
    </message>
    <message>
        <source>Set %1 of %2 in %3 to %4</source>
        <translation>%1 von %2 in %3 auf %4 setzen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiRouteEdits</name>
    <message>
        <source>That AI route is not in the workspace any more.</source>
        <translation>Diese KI-Route ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>There is already an AI route named %1.</source>
        <translation>Es gibt bereits eine KI-Route namens %1.</translation>
    </message>
    <message>
        <source>New AI route %1</source>
        <translation>Neue KI-Route %1</translation>
    </message>
    <message>
        <source>Duplicate AI route %1 as %2</source>
        <translation>KI-Route %1 als %2 duplizieren</translation>
    </message>
    <message>
        <source>Delete AI route %1</source>
        <translation>KI-Route %1 löschen</translation>
    </message>
    <message>
        <source>An AI route needs a name.</source>
        <translation>Eine KI-Route braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename AI route %1 to %2</source>
        <translation>KI-Route %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>AI route %1 does not read as a model route; fix its YAML first.</source>
        <translation>KI-Route %1 lässt sich nicht als Modellroute lesen; korrigieren Sie zuerst ihr YAML.</translation>
    </message>
    <message>
        <source>Add backend %1 to %2</source>
        <translation>Backend %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>%1 has no backend %2.</source>
        <translation>%1 hat kein Backend %2.</translation>
    </message>
    <message>
        <source>Set weight of %1 in %2 to %3</source>
        <translation>Gewicht von %1 in %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>%1 is already there.</source>
        <translation>%1 ist bereits dort.</translation>
    </message>
    <message>
        <source>Make %1 a first choice of %2</source>
        <translation>%1 zur ersten Wahl von %2 machen</translation>
    </message>
    <message>
        <source>Move %1 to fallback priority %2 in %3</source>
        <translation>%1 in %3 auf Ausweichpriorität %2 verschieben</translation>
    </message>
    <message>
        <source>Remove backend %1 from %2</source>
        <translation>Backend %1 aus %2 entfernen</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::CanaryDock</name>
    <message>
        <source>Workspace file as saved</source>
        <translation>Arbeitsbereich-Datei wie gespeichert</translation>
    </message>
    <message>
        <source>The editor&apos;s copy</source>
        <translation>Die Kopie im Editor</translation>
    </message>
    <message>
        <source>v%1: %2</source>
        <translation>v%1: %2</translation>
    </message>
    <message>
        <source>There is no edited workspace.</source>
        <translation>Es gibt keinen bearbeiteten Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace file has errors: %1</source>
        <translation>Die Arbeitsbereich-Datei hat Fehler: %1</translation>
    </message>
    <message>
        <source>Version %1 is not in the history.</source>
        <translation>Version %1 ist nicht im Verlauf.</translation>
    </message>
    <message>
        <source>Version %1 does not read back.</source>
        <translation>Version %1 lässt sich nicht zurücklesen.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Not promoted: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>There is no canary to roll back.</source>
        <translation>Es gibt keinen Canary zum Zurücknehmen.</translation>
    </message>
    <message>
        <source>No canary yet.</source>
        <translation>Noch kein Canary.</translation>
    </message>
    <message>
        <source>Canary %1 on %2: %3 of %4 proxies ACKed.</source>
        <translation>Canary %1 auf %2: %3 von %4 Proxys haben bestätigt (ACK).</translation>
    </message>
    <message>
        <source>Canary %1 converged: every canary proxy ACKed it. Promote it to all, or roll it back.</source>
        <translation>Canary %1 konvergiert: jeder Canary-Proxy hat bestätigt. Für alle übernehmen oder zurücknehmen.</translation>
    </message>
    <message>
        <source>Canary %1 promoted as v%2.</source>
        <translation>Canary %1 als v%2 für alle übernommen.</translation>
    </message>
    <message>
        <source>Canary %1 rolled back: %2</source>
        <translation>Canary %1 zurückgenommen: %2</translation>
    </message>
    <message>
        <source>Canary %1 ended: %2</source>
        <translation>Canary %1 beendet: %2</translation>
    </message>
    <message>
        <source>NACKED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>ACKed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Converge within</source>
        <translation>Konvergenz innerhalb</translation>
    </message>
    <message>
        <source>Share of proxies</source>
        <translation>Anteil der Proxys</translation>
    </message>
    <message>
        <source>Node ids</source>
        <translation>Knoten-IDs</translation>
    </message>
    <message>
        <source>e.g. edge-*</source>
        <translation>z. B. edge-*</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>key=value, ...</source>
        <translation>Schlüssel=Wert, ...</translation>
    </message>
    <message>
        <source>Roll back on any NACK</source>
        <translation>Bei jedem NACK zurücknehmen</translation>
    </message>
    <message>
        <source>Roll back when not every canary proxy ACKed by then (0: no limit)</source>
        <translation>Zurücknehmen, wenn bis dahin nicht jeder Canary-Proxy bestätigt hat (0: keine Grenze)</translation>
    </message>
    <message>
        <source>Promote by itself after</source>
        <translation>Von selbst übernehmen nach</translation>
    </message>
    <message>
        <source>Start canary</source>
        <translation>Canary starten</translation>
    </message>
    <message>
        <source>Promote to all</source>
        <translation>Für alle übernehmen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Canary proxy</source>
        <translation>Canary-Proxy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>NACK</source>
        <translation>NACK</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Proxys</translation>
    </message>
    <message>
        <source>The newest %1 of %2 steps; the file has them all.</source>
        <translation>Die neuesten %1 von %2 Schritten; die Datei enthält alle.</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ClusterEditor</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Discovery type:</source>
        <translation>&amp;Discovery-Typ:</translation>
    </message>
    <message>
        <source>discovery type</source>
        <translation>Discovery-Typ</translation>
    </message>
    <message>
        <source>&amp;Load balancing:</source>
        <translation>&amp;Lastverteilung:</translation>
    </message>
    <message>
        <source>load balancing policy</source>
        <translation>Lastverteilungsverfahren</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>Verbindungs-Timeout</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>EDS &amp;service name:</source>
        <translation>EDS-&amp;Dienstname:</translation>
    </message>
    <message>
        <source>the cluster&apos;s name</source>
        <translation>der Name des Clusters</translation>
    </message>
    <message>
        <source>EDS service name</source>
        <translation>EDS-Dienstname</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>&amp;Endpunkte:</translation>
    </message>
    <message>
        <source>endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Health-Checks</translation>
    </message>
    <message>
        <source>&amp;Health checks:</source>
        <translation>&amp;Health-Checks:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Unhealthy after</source>
        <translation>Ungesund nach</translation>
    </message>
    <message>
        <source>Healthy after</source>
        <translation>Gesund nach</translation>
    </message>
    <message>
        <source>health checks</source>
        <translation>Health-Checks</translation>
    </message>
    <message>
        <source>Circuit breakers (default priority)</source>
        <translation>Circuit Breaker (Standardpriorität)</translation>
    </message>
    <message>
        <source>Envoy&apos;s default</source>
        <translation>Envoy-Standard</translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation>Max. Verbindungen:</translation>
    </message>
    <message>
        <source>max connections</source>
        <translation>max. Verbindungen</translation>
    </message>
    <message>
        <source>Max pending requests:</source>
        <translation>Max. wartende Anfragen:</translation>
    </message>
    <message>
        <source>max pending requests</source>
        <translation>max. wartende Anfragen</translation>
    </message>
    <message>
        <source>Max requests:</source>
        <translation>Max. Anfragen:</translation>
    </message>
    <message>
        <source>max requests</source>
        <translation>max. Anfragen</translation>
    </message>
    <message>
        <source>Max retries:</source>
        <translation>Max. Wiederholungen:</translation>
    </message>
    <message>
        <source>max retries</source>
        <translation>max. Wiederholungen</translation>
    </message>
    <message>
        <source>Outlier detection</source>
        <translation>Ausreißererkennung</translation>
    </message>
    <message>
        <source>&amp;Eject failing hosts</source>
        <translation>Fehlerhafte Hosts &amp;auswerfen</translation>
    </message>
    <message>
        <source>outlier detection</source>
        <translation>Ausreißererkennung</translation>
    </message>
    <message>
        <source>Consecutive 5xx:</source>
        <translation>Aufeinanderfolgende 5xx:</translation>
    </message>
    <message>
        <source>consecutive 5xx</source>
        <translation>aufeinanderfolgende 5xx</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>outlier detection interval</source>
        <translation>Intervall der Ausreißererkennung</translation>
    </message>
    <message>
        <source>Base ejection time:</source>
        <translation>Basis-Auswurfzeit:</translation>
    </message>
    <message>
        <source>base ejection time</source>
        <translation>Basis-Auswurfzeit</translation>
    </message>
    <message>
        <source>Max ejection %:</source>
        <translation>Max. Auswurf %:</translation>
    </message>
    <message>
        <source>max ejection percent</source>
        <translation>max. Auswurfanteil</translation>
    </message>
    <message>
        <source>Upstream TLS</source>
        <translation>Upstream-TLS</translation>
    </message>
    <message>
        <source>Connect with &amp;TLS</source>
        <translation>Mit &amp;TLS verbinden</translation>
    </message>
    <message>
        <source>upstream TLS</source>
        <translation>Upstream-TLS</translation>
    </message>
    <message>
        <source>S&amp;NI:</source>
        <translation>S&amp;NI:</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>trusted CA file</source>
        <translation>vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>Client certificate (SDS):</source>
        <translation>Client-Zertifikat (SDS):</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Served over EDS: its endpoints are in the endpoints resource %1 (shown under this cluster in the navigator).</source>
        <translation>Über EDS bereitgestellt: die Endpunkte stehen in der Endpunkt-Ressource %1 (im Navigator unter diesem Cluster).</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::EditorPanel</name>
    <message>
        <source>Edit %1 as YAML</source>
        <translation>%1 als YAML bearbeiten</translation>
    </message>
    <message>
        <source>Problem in %1</source>
        <translation>Problem in %1</translation>
    </message>
    <message>
        <source>node group %1</source>
        <translation>Knotengruppe %1</translation>
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
        <source>Select a resource in the Resources pane to edit it here.</source>
        <translation>Wählen Sie im Bereich Ressourcen eine Ressource aus, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O).</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit Datei &gt; Arbeitsbereich öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>%1   (%2, line %3)</source>
        <translation>%1   (%2, Zeile %3)</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::EndpointEditor</name>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>&amp;Health status:</source>
        <translation>&amp;Gesundheitsstatus:</translation>
    </message>
    <message>
        <source>health status</source>
        <translation>Gesundheitsstatus</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::EndpointsEditor</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation>Clustername</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>&amp;Endpunkte:</translation>
    </message>
    <message>
        <source>endpoints</source>
        <translation>Endpunkte</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::FindingListModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(Datei)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>AI route %1</source>
        <translation>KI-Route %1</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::FleetChartsDock</name>
    <message>
        <source>Proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>proxies</source>
        <translation>Proxys</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Konnte %1 nicht schreiben</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Fleet charts</source>
        <translation>Flotten-Diagramme</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>ACKs / NACKs per second</source>
        <translation>ACKs / NACKs pro Sekunde</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Konvergenz</translation>
    </message>
    <message>
        <source>Connected proxies</source>
        <translation>Verbundene Proxys</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>ACKed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>ACKs/s</source>
        <translation>ACKs/s</translation>
    </message>
    <message>
        <source>NACKs/s</source>
        <translation>NACKs/s</translation>
    </message>
    <message>
        <source>Time from the publish to each proxy&apos;s last ACK of the version</source>
        <translation>Zeit von der Veröffentlichung bis zum letzten ACK jedes Proxys für die Version</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save this chart&apos;s data as CSV</source>
        <translation>Die Daten dieses Diagramms als CSV speichern</translation>
    </message>
    <message>
        <source>publish to last ACK, seconds (at most)</source>
        <translation>Veröffentlichung bis letzter ACK, Sekunden (höchstens)</translation>
    </message>
    <message>
        <source>The last 10 minutes, in at most %1 steps. Kept: a proxy&apos;s last %2 version changes, a node group&apos;s last %3.</source>
        <translation>Die letzten 10 Minuten in höchstens %1 Schritten. Behalten werden die letzten %2 Versionswechsel eines Proxys und die letzten %3 einer Knotengruppe.</translation>
    </message>
    <message>
        <source>The last 5 minutes; an hour is kept and exported as CSV.</source>
        <translation>Die letzten 5 Minuten; eine Stunde wird behalten und als CSV exportiert.</translation>
    </message>
    <message>
        <source>The last %1 versions are kept.</source>
        <translation>Die letzten %1 Versionen werden behalten.</translation>
    </message>
    <message>
        <source>The last hour.</source>
        <translation>Die letzte Stunde.</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::FleetDock</name>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation>Nicht verstanden: %1</translation>
    </message>
    <message>
        <source>Filter: words, or node: cluster: zone: group: status:nacked cds:stale version:7</source>
        <translation>Filter: Wörter, oder node: cluster: zone: group: status:nacked cds:stale version:7</translation>
    </message>
    <message>
        <source>Shows only the proxies that match every word (Ctrl+F)</source>
        <translation>Zeigt nur die Proxys, auf die jedes Wort passt (Strg+F)</translation>
    </message>
    <message>
        <source>All proxies</source>
        <translation>Alle Proxys</translation>
    </message>
    <message>
        <source>NACKED or STALE</source>
        <translation>ABGELEHNT oder AUSSTEHEND</translation>
    </message>
    <message>
        <source>NACKED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>AUSSTEHEND</translation>
    </message>
    <message>
        <source>Not SYNCED</source>
        <translation>Nicht SYNCHRON</translation>
    </message>
    <message>
        <source>Shows only the proxies with a resource type in this status</source>
        <translation>Zeigt nur die Proxys mit einem Ressourcentyp in diesem Status</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::FleetMonitor</name>
    <message>
        <source>Export charts to</source>
        <translation>Diagramme exportieren nach</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>F&amp;lotte</translation>
    </message>
    <message>
        <source>Add 10 simulated proxies</source>
        <translation>10 simulierte Proxys hinzufügen</translation>
    </message>
    <message>
        <source>Stop all simulated proxies</source>
        <translation>Alle simulierten Proxys anhalten</translation>
    </message>
    <message>
        <source>Export charts (PNG and CSV)…</source>
        <translation>Diagramme exportieren (PNG und CSV)…</translation>
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
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n Stream</numerusform>
            <numerusform>%n Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>In a canary rollout: served the candidate version</source>
        <translation>In einem Canary-Rollout: bekommt die Kandidatenversion</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalität</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::HistoryDock</name>
    <message>
        <source>v%1 has the same content as v%2.</source>
        <translation>v%1 hat denselben Inhalt wie v%2.</translation>
    </message>
    <message>
        <source>v%1 is the first version.</source>
        <translation>v%1 ist die erste Version.</translation>
    </message>
    <message>
        <source>v%1 and v%2 have the same content.</source>
        <translation>v%1 und v%2 haben denselben Inhalt.</translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two to compare them.</source>
        <translation>Wählen Sie eine Version, um ihre Änderungen zu sehen, oder zwei zum Vergleichen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Roll Back to This Version</source>
        <translation>Auf diese Version &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Publish the selected version&apos;s content again, as a new version</source>
        <translation>Den Inhalt der ausgewählten Version erneut als neue Version veröffentlichen</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::LabDock</name>
    <message>
        <source>No drift: the Envoy holds what it is served.</source>
        <translation>Keine Abweichung: der Envoy hält, was ihm geliefert wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between what the Envoy holds and what it is served.</source>
        <translation>
            <numerusform>%n Unterschied zwischen dem, was der Envoy hält, und dem, was ihm geliefert wird.</numerusform>
            <numerusform>%n Unterschiede zwischen dem, was der Envoy hält, und dem, was ihm geliefert wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Envoy binary</source>
        <translation>Envoy-Programm</translation>
    </message>
    <message>
        <source>NACK rule &quot;%1&quot;: %2</source>
        <translation>NACK-Regel „%1“: %2</translation>
    </message>
    <message>
        <source>Node ids need a pattern, such as lab-{n}</source>
        <translation>Knoten-IDs brauchen ein Muster, etwa lab-{n}</translation>
    </message>
    <message numerus="yes">
        <source>Added %n simulated proxy(ies) connecting to %1</source>
        <translation>
            <numerusform>%n simulierter Proxy hinzugefügt, verbindet sich mit %1</numerusform>
            <numerusform>%n simulierte Proxys hinzugefügt, verbinden sich mit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n proxy(ies)</source>
        <translation>
            <numerusform>%1 für %n Proxy</numerusform>
            <numerusform>%1 für %n Proxys</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the bootstrap of %1 to %2</source>
        <translation>Bootstrap von %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Started Envoy %1</source>
        <translation>Envoy %1 gestartet</translation>
    </message>
    <message>
        <source>Envoy %1 %2</source>
        <translation>Envoy %1 %2</translation>
    </message>
    <message>
        <source>Removed Envoy %1</source>
        <translation>Envoy %1 entfernt</translation>
    </message>
    <message>
        <source>Nothing is served to group %1</source>
        <translation>Gruppe %1 wird nichts geliefert</translation>
    </message>
    <message>
        <source>Runs %1</source>
        <translation>Startet %1</translation>
    </message>
    <message>
        <source>No Envoy: %1. Simulated proxies work without one.</source>
        <translation>Kein Envoy: %1. Simulierte Proxys funktionieren ohne.</translation>
    </message>
    <message>
        <source>running (pid %1)</source>
        <translation>läuft (PID %1)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Simulated proxies</source>
        <translation>Simulierte Proxys</translation>
    </message>
    <message>
        <source>Envoy processes</source>
        <translation>Envoy-Prozesse</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Node ids</source>
        <translation>Knoten-IDs</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>NACK rules</source>
        <translation>NACK-Regeln</translation>
    </message>
    <message>
        <source>Answer late by</source>
        <translation>Verspätet antworten um</translation>
    </message>
    <message>
        <source>Flap up / down</source>
        <translation>Flattern an / aus</translation>
    </message>
    <message>
        <source>e.g. clusters lb_policy=RING_HASH; listeners/edge*  (empty: ACK all)</source>
        <translation>z. B. clusters lb_policy=RING_HASH; listeners/edge*  (leer: alles bestätigen)</translation>
    </message>
    <message>
        <source>{n} is replaced by a running number</source>
        <translation>{n} wird durch eine laufende Nummer ersetzt</translation>
    </message>
    <message>
        <source>Drop the stream after this long connected (0: never)</source>
        <translation>Den Stream nach so langer Verbindung trennen (0: nie)</translation>
    </message>
    <message>
        <source>Stay disconnected this long before reconnecting</source>
        <translation>So lange getrennt bleiben, bevor neu verbunden wird</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Apply behaviour</source>
        <translation>Verhalten anwenden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Add Envoy</source>
        <translation>Envoy hinzufügen</translation>
    </message>
    <message>
        <source>Check drift</source>
        <translation>Abweichung prüfen</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>Knoten-ID</translation>
    </message>
    <message>
        <source>empty: envoy on PATH</source>
        <translation>leer: envoy aus PATH</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Admin port</source>
        <translation>Admin-Port</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::LabProxyModel</name>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
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
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>ACKs</source>
        <translation>ACKs</translation>
    </message>
    <message>
        <source>NACKs</source>
        <translation>NACKs</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
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
    <name>meshdesk::app::ListenerEditor</name>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Filter chain</source>
        <translation>Filterkette</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Chain:</source>
        <translation>&amp;Kette:</translation>
    </message>
    <message>
        <source>Add a filter chain to %1</source>
        <translation>Filterkette zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove filter chain %1 of %2</source>
        <translation>Filterkette %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Server &amp;names (SNI):</source>
        <translation>Server&amp;namen (SNI):</translation>
    </message>
    <message>
        <source>any; or a comma-separated list</source>
        <translation>beliebig; oder eine kommagetrennte Liste</translation>
    </message>
    <message>
        <source>server names</source>
        <translation>Servernamen</translation>
    </message>
    <message>
        <source>HTTP connection manager</source>
        <translation>HTTP Connection Manager</translation>
    </message>
    <message>
        <source>This chain has no HTTP connection manager; edit its filters as YAML.</source>
        <translation>Diese Kette hat keinen HTTP Connection Manager; bearbeiten Sie ihre Filter als YAML.</translation>
    </message>
    <message>
        <source>&amp;Stat prefix:</source>
        <translation>&amp;Statistik-Präfix:</translation>
    </message>
    <message>
        <source>stat prefix</source>
        <translation>Statistik-Präfix</translation>
    </message>
    <message>
        <source>&amp;Routes:</source>
        <translation>&amp;Routen:</translation>
    </message>
    <message>
        <source>from a route configuration (RDS)</source>
        <translation>aus einer Routenkonfiguration (RDS)</translation>
    </message>
    <message>
        <source>inline in the listener</source>
        <translation>eingebettet im Listener</translation>
    </message>
    <message>
        <source>route source</source>
        <translation>Routenquelle</translation>
    </message>
    <message>
        <source>Route &amp;configuration:</source>
        <translation>Routen&amp;konfiguration:</translation>
    </message>
    <message>
        <source>route configuration</source>
        <translation>Routenkonfiguration</translation>
    </message>
    <message>
        <source>Inline routes &amp;name:</source>
        <translation>&amp;Name der eingebetteten Routen:</translation>
    </message>
    <message>
        <source>inline routes name</source>
        <translation>Name der eingebetteten Routen</translation>
    </message>
    <message>
        <source>HTTP &amp;filters (in order):</source>
        <translation>HTTP-&amp;Filter (in Reihenfolge):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>HTTP filters</source>
        <translation>HTTP-Filter</translation>
    </message>
    <message>
        <source>Downstream TLS</source>
        <translation>Downstream-TLS</translation>
    </message>
    <message>
        <source>&amp;Terminate TLS on this chain</source>
        <translation>&amp;TLS in dieser Kette terminieren</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate chain file:</source>
        <translation>Zertifikatskettendatei:</translation>
    </message>
    <message>
        <source>certificate chain file</source>
        <translation>Zertifikatskettendatei</translation>
    </message>
    <message>
        <source>Private key file:</source>
        <translation>Private Schlüsseldatei:</translation>
    </message>
    <message>
        <source>private key file</source>
        <translation>private Schlüsseldatei</translation>
    </message>
    <message>
        <source>Certificate from &amp;secret (SDS):</source>
        <translation>Zertifikat aus &amp;Secret (SDS):</translation>
    </message>
    <message>
        <source>certificate secret</source>
        <translation>Zertifikats-Secret</translation>
    </message>
    <message>
        <source>Require a &amp;client certificate</source>
        <translation>&amp;Client-Zertifikat verlangen</translation>
    </message>
    <message>
        <source>client certificate requirement</source>
        <translation>Client-Zertifikatspflicht</translation>
    </message>
    <message>
        <source>chain %1</source>
        <translation>Kette %1</translation>
    </message>
    <message>
        <source>default chain</source>
        <translation>Standardkette</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
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
    <message>
        <source>Control plane: %1</source>
        <translation>Control Plane: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>xDS starting…</source>
        <translation>xDS startet…</translation>
    </message>
    <message>
        <source>live v%1</source>
        <translation>live v%1</translation>
    </message>
    <message>
        <source>nothing published</source>
        <translation>nichts veröffentlicht</translation>
    </message>
    <message>
        <source>Import Envoy Configuration</source>
        <translation>Envoy-Konfiguration importieren</translation>
    </message>
    <message>
        <source>Envoy bootstrap or config dump (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Envoy-Bootstrap oder Config-Dump (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n resource(s)</source>
        <translation>
            <numerusform>%1 importiert: %n Ressource</numerusform>
            <numerusform>%1 importiert: %n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n note(s) in the Log)</source>
        <translation>
            <numerusform> (%n Hinweis im Protokoll)</numerusform>
            <numerusform> (%n Hinweise im Protokoll)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n resource(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Ressource</numerusform>
            <numerusform>%1 geöffnet: %n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) reading it</source>
        <translation>
            <numerusform>%n Problem beim Lesen</numerusform>
            <numerusform>%n Probleme beim Lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no file yet: use Save As.</source>
        <translation>Der Arbeitsbereich hat noch keine Datei: verwenden Sie Speichern unter.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>Workspace files (*.yaml *.yml)</source>
        <translation>Arbeitsbereichsdateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Published from the console</source>
        <translation>Aus der Konsole veröffentlicht</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Publishing to node group %1…</source>
        <translation>Veröffentlichen an Knotengruppe %1…</translation>
    </message>
    <message>
        <source>Rolling back to v%1…</source>
        <translation>Zurücksetzen auf v%1…</translation>
    </message>
    <message>
        <source>Roll back to v%1</source>
        <translation>Auf v%1 zurücksetzen</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Published to node group %1 (%2)</source>
        <translation>An Knotengruppe %1 veröffentlicht (%2)</translation>
    </message>
    <message>
        <source>Rolled back to v%1: %2 is live</source>
        <translation>Auf v%1 zurückgesetzt: %2 ist live</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>%1 veröffentlicht</translation>
    </message>
    <message>
        <source>Nothing to publish: %1 is live and the same</source>
        <translation>Nichts zu veröffentlichen: %1 ist live und gleich</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n error(s); %1 keeps serving</source>
        <translation>
            <numerusform>Nicht veröffentlicht: %n Fehler; %1 bleibt aktiv</numerusform>
            <numerusform>Nicht veröffentlicht: %n Fehler; %1 bleibt aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing failed: %1; %2 keeps serving</source>
        <translation>Veröffentlichen fehlgeschlagen: %1; %2 bleibt aktiv</translation>
    </message>
    <message>
        <source>This finding is about the file as a whole.</source>
        <translation>Dieser Befund betrifft die Datei als Ganzes.</translation>
    </message>
    <message>
        <source>%1 is not in the workspace any more.</source>
        <translation>%1 ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Meshdesk</source>
        <translation>%1[*] — Meshdesk</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Open a workspace YAML file to edit</source>
        <translation>Eine Arbeitsbereich-YAML-Datei zum Bearbeiten öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Envoy Configuration…</source>
        <translation>Envoy-Konfiguration &amp;importieren…</translation>
    </message>
    <message>
        <source>Make a workspace from an Envoy bootstrap or config dump (YAML or JSON)</source>
        <translation>Einen Arbeitsbereich aus einem Envoy-Bootstrap oder Config-Dump erstellen (YAML oder JSON)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export a Copy…</source>
        <translation>Kopie &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find Resource</source>
        <translation>Ressource &amp;suchen</translation>
    </message>
    <message>
        <source>Filter the Resources tree</source>
        <translation>Den Ressourcenbaum filtern</translation>
    </message>
    <message>
        <source>Find &amp;Proxy</source>
        <translation>&amp;Proxy suchen</translation>
    </message>
    <message>
        <source>&amp;Review and Publish…</source>
        <translation>&amp;Prüfen und veröffentlichen…</translation>
    </message>
    <message>
        <source>See what changes against the live version, then publish it</source>
        <translation>Sehen, was sich gegenüber der Live-Version ändert, dann veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Validate Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Test a Request</source>
        <translation>Anfrage &amp;testen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The workspace has changes that are not saved. Save them before closing?</source>
        <translation>Der Arbeitsbereich hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
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
        <source>Control plane &amp;address and port:</source>
        <translation>&amp;Adresse und Port der Control Plane:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ProxyDetailsDock</name>
    <message>
        <source>(disconnected)</source>
        <translation>(getrennt)</translation>
    </message>
    <message>
        <source>The proxy disconnected.</source>
        <translation>Der Proxy hat sich getrennt.</translation>
    </message>
    <message>
        <source>Select a proxy in the Fleet table.</source>
        <translation>Einen Proxy in der Flotten-Tabelle auswählen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; cluster %2 &amp;nbsp; locality %3 &amp;nbsp; group %4&lt;br&gt;%5 from %6, connected since %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Cluster %2 &amp;nbsp; Lokalität %3 &amp;nbsp; Gruppe %4&lt;br&gt;%5 von %6, verbunden seit %7</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>NACK history (%1)</source>
        <translation>NACK-Verlauf (%1)</translation>
    </message>
    <message>
        <source>Resources (%1)</source>
        <translation>Ressourcen (%1)</translation>
    </message>
    <message>
        <source>Resources (?)</source>
        <translation>Ressourcen (?)</translation>
    </message>
    <message>
        <source>Holds %1; should hold %2.</source>
        <translation>Hält %1; sollte %2 halten.</translation>
    </message>
    <message>
        <source>It holds what it should.</source>
        <translation>Er hält, was er soll.</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Diff (differs)</source>
        <translation>Diff (weicht ab)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the control plane&apos;s CSDS service again</source>
        <translation>Den CSDS-Dienst der Control Plane erneut fragen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>ACKed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>Responses / ACKs / NACKs</source>
        <translation>Antworten / ACKs / NACKs</translation>
    </message>
    <message>
        <source>Last NACK</source>
        <translation>Letzter NACK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client status</source>
        <translation>Client-Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Refused version</source>
        <translation>Abgelehnte Version</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>NACK history</source>
        <translation>NACK-Verlauf</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::PublishDialog</name>
    <message>
        <source>Review and Publish</source>
        <translation>Prüfen und veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <source>Validation: %n error(s); fix them before publishing (see the Validation pane).</source>
        <translation>
            <numerusform>Prüfung: %n Fehler; beheben Sie ihn vor dem Veröffentlichen (siehe Bereich Prüfung).</numerusform>
            <numerusform>Prüfung: %n Fehler; beheben Sie sie vor dem Veröffentlichen (siehe Bereich Prüfung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation: no errors, %n warning(s).</source>
        <translation>
            <numerusform>Prüfung: keine Fehler, %n Warnung.</numerusform>
            <numerusform>Prüfung: keine Fehler, %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation: no problems.</source>
        <translation>Prüfung: keine Probleme.</translation>
    </message>
    <message>
        <source>Comparing with the live version…</source>
        <translation>Vergleich mit der Live-Version…</translation>
    </message>
    <message>
        <source>What this version changes and why</source>
        <translation>Was diese Version ändert und warum</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>All proxies</source>
        <translation>Alle Proxys</translation>
    </message>
    <message>
        <source>Node group %1 only</source>
        <translation>Nur Knotengruppe %1</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Nothing changes: the edited workspace is the live version.</source>
        <translation>Nichts ändert sich: der bearbeitete Arbeitsbereich ist die Live-Version.</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::RequestTesterDock</name>
    <message>
        <source>any listener</source>
        <translation>beliebiger Listener</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>No route matches this request.</source>
        <translation>Keine Route passt zu dieser Anfrage.</translation>
    </message>
    <message>
        <source>listener %1, virtual host %2, route %3</source>
        <translation>Listener %1, virtueller Host %2, Route %3</translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation>Umleitung nach %1</translation>
    </message>
    <message>
        <source>direct response %1</source>
        <translation>direkte Antwort %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Request Tester</source>
        <translation>Anfragetester</translation>
    </message>
    <message>
        <source>&amp;Listener:</source>
        <translation>&amp;Listener:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Hea&amp;ders:</source>
        <translation>Hea&amp;der:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>api.example.com</source>
        <translation>api.example.com</translation>
    </message>
    <message>
        <source>one per line: name: value</source>
        <translation>eine pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <source>the &quot;model&quot; of an AI request&apos;s body</source>
        <translation>das „model“ im Inhalt einer KI-Anfrage</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <source>listener %1, virtual host %2 → AI route %3: %4</source>
        <translation>Listener %1, virtueller Host %2 → KI-Route %3: %4</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourceEditor</name>
    <message>
        <source>e.g. 2s or 250ms</source>
        <translation>z. B. 2s oder 250ms</translation>
    </message>
    <message>
        <source>Not a duration: write it like 2s, 0.25s or 250ms</source>
        <translation>Keine Dauer: schreiben Sie sie wie 2s, 0.25s oder 250ms</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>Clear %1 %2</source>
        <translation>%1 %2 leeren</translation>
    </message>
    <message>
        <source>Set %1 %2 to %3</source>
        <translation>%1: %2 auf %3 setzen</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourceEdits</name>
    <message>
        <source>%1 is not in the workspace</source>
        <translation>%1 ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <source>a %1 needs a name</source>
        <translation>ein(e) %1 braucht einen Namen</translation>
    </message>
    <message>
        <source>there is already a %1 named %2</source>
        <translation>es gibt bereits ein(e) %1 namens %2</translation>
    </message>
    <message>
        <source>New route in virtual host %1</source>
        <translation>Neue Route in virtuellem Host %1</translation>
    </message>
    <message>
        <source>New virtual host %1 in route configuration %2</source>
        <translation>Neuer virtueller Host %1 in Routenkonfiguration %2</translation>
    </message>
    <message>
        <source>New %1 %2</source>
        <translation>Neu: %1 %2</translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation>%1 als %2 duplizieren</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>This cannot be duplicated.</source>
        <translation>Das kann nicht dupliziert werden.</translation>
    </message>
    <message>
        <source>This cannot be deleted.</source>
        <translation>Das kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>This cannot be renamed.</source>
        <translation>Das kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Only routes of one virtual host can be moved together.</source>
        <translation>Nur Routen eines virtuellen Hosts können zusammen verschoben werden.</translation>
    </message>
    <message>
        <source>The route is already there.</source>
        <translation>Die Route ist bereits dort.</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message numerus="yes">
        <source>%n routes</source>
        <translation>
            <numerusform>%n Route</numerusform>
            <numerusform>%n Routen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 before %2</source>
        <translation>%1 vor %2 verschieben</translation>
    </message>
    <message>
        <source>Move %1 to virtual host %2, before %3</source>
        <translation>%1 in virtuellen Host %2 vor %3 verschieben</translation>
    </message>
    <message>
        <source>Move %1 to the end of virtual host %2</source>
        <translation>%1 ans Ende von virtuellem Host %2 verschieben</translation>
    </message>
    <message>
        <source>Move %1 to virtual host %2</source>
        <translation>%1 in virtuellen Host %2 verschieben</translation>
    </message>
    <message>
        <source>Route %1 does not forward to clusters (it redirects or answers itself).</source>
        <translation>Route %1 leitet nicht an Cluster weiter (sie leitet um oder antwortet selbst).</translation>
    </message>
    <message>
        <source>Route %1 already goes to cluster %2.</source>
        <translation>Route %1 führt bereits zu Cluster %2.</translation>
    </message>
    <message>
        <source>Route %1 to cluster %2</source>
        <translation>Route %1 zu Cluster %2</translation>
    </message>
    <message>
        <source>Cluster %1 is already in the split of route %2.</source>
        <translation>Cluster %1 ist bereits in der Aufteilung von Route %2.</translation>
    </message>
    <message>
        <source>Add cluster %1 to the split of route %2</source>
        <translation>Cluster %1 zur Aufteilung von Route %2 hinzufügen</translation>
    </message>
    <message>
        <source>The endpoint is already there.</source>
        <translation>Der Endpunkt ist bereits dort.</translation>
    </message>
    <message>
        <source>Copy endpoint %1 from %2 to %3</source>
        <translation>Endpunkt %1 von %2 nach %3 kopieren</translation>
    </message>
    <message>
        <source>Move endpoint %1 from %2 to %3</source>
        <translation>Endpunkt %1 von %2 nach %3 verschieben</translation>
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
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
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
        <source>endpoint %1 of %2</source>
        <translation>Endpunkt %1 von %2</translation>
    </message>
    <message>
        <source>node group %1</source>
        <translation>Knotengruppe %1</translation>
    </message>
    <message>
        <source>AI route %1</source>
        <translation>KI-Route %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourceTreeModel</name>
    <message>
        <source>AI routes</source>
        <translation>KI-Routen</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Would never match here: an earlier route catches its requests</source>
        <translation>Würde hier nie greifen: eine frühere Route fängt ihre Anfragen ab</translation>
    </message>
    <message numerus="yes">
        <source>%n backend(s)</source>
        <translation>
            <numerusform>%n Backend</numerusform>
            <numerusform>%n Backends</numerusform>
        </translation>
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
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Add a resource like the selected one (a route beside a route)</source>
        <translation>Eine Ressource wie die ausgewählte hinzufügen (eine Route neben einer Route)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>New &amp;Resource</source>
        <translation>Neue &amp;Ressource</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>New AI route</source>
        <translation>Neue KI-Route</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::RouteConfigurationEditor</name>
    <message>
        <source>Route configuration</source>
        <translation>Routenkonfiguration</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Virtual hosts:</source>
        <translation>&amp;Virtuelle Hosts:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>virtual hosts</source>
        <translation>virtuelle Hosts</translation>
    </message>
    <message>
        <source>Envoy &amp;checks that routed clusters exist</source>
        <translation>Envoy &amp;prüft, ob geroutete Cluster existieren</translation>
    </message>
    <message>
        <source>cluster validation</source>
        <translation>Clusterprüfung</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::RouteEditor</name>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Match &amp;by:</source>
        <translation>Treffer &amp;nach:</translation>
    </message>
    <message>
        <source>path prefix</source>
        <translation>Pfadpräfix</translation>
    </message>
    <message>
        <source>exact path</source>
        <translation>exakter Pfad</translation>
    </message>
    <message>
        <source>safe regex</source>
        <translation>sicherer regulärer Ausdruck</translation>
    </message>
    <message>
        <source>path-separated prefix</source>
        <translation>pfadgetrenntes Präfix</translation>
    </message>
    <message>
        <source>match kind</source>
        <translation>Trefferart</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>&amp;Case sensitive</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>case sensitivity</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>header matchers</source>
        <translation>Header-Bedingungen</translation>
    </message>
    <message>
        <source>&amp;Query parameters:</source>
        <translation>&amp;Query-Parameter:</translation>
    </message>
    <message>
        <source>query parameter matchers</source>
        <translation>Query-Parameter-Bedingungen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>forward to a cluster</source>
        <translation>an einen Cluster weiterleiten</translation>
    </message>
    <message>
        <source>split across clusters</source>
        <translation>auf Cluster aufteilen</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>direct response</source>
        <translation>direkte Antwort</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>&amp;Weighted clusters:</source>
        <translation>&amp;Gewichtete Cluster:</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>weighted clusters</source>
        <translation>gewichtete Cluster</translation>
    </message>
    <message>
        <source>Redirect &amp;host:</source>
        <translation>Umleitungs-&amp;Host:</translation>
    </message>
    <message>
        <source>redirect host</source>
        <translation>Umleitungs-Host</translation>
    </message>
    <message>
        <source>Redirect &amp;path:</source>
        <translation>Umleitungs-&amp;Pfad:</translation>
    </message>
    <message>
        <source>redirect path</source>
        <translation>Umleitungspfad</translation>
    </message>
    <message>
        <source>Response &amp;code:</source>
        <translation>Antwort&amp;code:</translation>
    </message>
    <message>
        <source>redirect code</source>
        <translation>Umleitungscode</translation>
    </message>
    <message>
        <source>Redirect to &amp;HTTPS</source>
        <translation>Auf &amp;HTTPS umleiten</translation>
    </message>
    <message>
        <source>HTTPS redirect</source>
        <translation>HTTPS-Umleitung</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Prefix &amp;rewrite:</source>
        <translation>Präfix &amp;umschreiben:</translation>
    </message>
    <message>
        <source>prefix rewrite</source>
        <translation>Präfix-Umschreibung</translation>
    </message>
    <message>
        <source>Retry &amp;on:</source>
        <translation>Wiederholen &amp;bei:</translation>
    </message>
    <message>
        <source>retry on</source>
        <translation>Wiederholen bei</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Per-try timeout:</source>
        <translation>Timeout je Versuch:</translation>
    </message>
    <message>
        <source>per-try timeout</source>
        <translation>Timeout je Versuch</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Append action</source>
        <translation>Anfügeverhalten</translation>
    </message>
    <message>
        <source>Request headers to &amp;add:</source>
        <translation>Anfrage-Header &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>request headers to add</source>
        <translation>hinzuzufügende Anfrage-Header</translation>
    </message>
    <message>
        <source>Request headers to remove:</source>
        <translation>Anfrage-Header entfernen:</translation>
    </message>
    <message>
        <source>request headers to remove</source>
        <translation>zu entfernende Anfrage-Header</translation>
    </message>
    <message>
        <source>Response headers to a&amp;dd:</source>
        <translation>Antwort-Header hin&amp;zufügen:</translation>
    </message>
    <message>
        <source>response headers to add</source>
        <translation>hinzuzufügende Antwort-Header</translation>
    </message>
    <message>
        <source>Response headers to remove:</source>
        <translation>Antwort-Header entfernen:</translation>
    </message>
    <message>
        <source>response headers to remove</source>
        <translation>zu entfernende Antwort-Header</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::RowsTable</name>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Zeile hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Ausgewählte Zeile entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Auf)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Ab)</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::RuntimeEditor</name>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::SecretEditor</name>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>validation context</source>
        <translation>Validierungskontext</translation>
    </message>
    <message>
        <source>generic secret</source>
        <translation>generisches Secret</translation>
    </message>
    <message>
        <source>session ticket keys</source>
        <translation>Session-Ticket-Schlüssel</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Certificate &amp;chain file:</source>
        <translation>&amp;Zertifikatskettendatei:</translation>
    </message>
    <message>
        <source>certificate chain file</source>
        <translation>Zertifikatskettendatei</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Private &amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>private key file</source>
        <translation>private Schlüsseldatei</translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>trusted CA file</source>
        <translation>vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>Match subject alt &amp;names:</source>
        <translation>Subject Alt &amp;Names prüfen:</translation>
    </message>
    <message>
        <source>comma-separated DNS names</source>
        <translation>kommagetrennte DNS-Namen</translation>
    </message>
    <message>
        <source>subject alt names</source>
        <translation>Subject Alt Names</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
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
<context>
    <name>meshdesk::app::ValidationDock</name>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::VersionListModel</name>
    <message>
        <source>v%1 (live)</source>
        <translation>v%1 (live)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1 (restores v%2)</source>
        <translation>%1 (stellt v%2 wieder her)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>meshdesk::app::VirtualHostEditor</name>
    <message>
        <source>Virtual host</source>
        <translation>Virtueller Host</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>&amp;Domains:</translation>
    </message>
    <message>
        <source>comma-separated: api.example.com, *.example.com, *</source>
        <translation>kommagetrennt: api.example.com, *.example.com, *</translation>
    </message>
    <message>
        <source>domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Request headers to &amp;add:</source>
        <translation>Anfrage-Header &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Append action</source>
        <translation>Anfügeverhalten</translation>
    </message>
    <message>
        <source>request headers to add</source>
        <translation>hinzuzufügende Anfrage-Header</translation>
    </message>
    <message>
        <source>Request headers to &amp;remove:</source>
        <translation>Anfrage-Header &amp;entfernen:</translation>
    </message>
    <message>
        <source>request headers to remove</source>
        <translation>zu entfernende Anfrage-Header</translation>
    </message>
    <message>
        <source>Response headers to a&amp;dd:</source>
        <translation>Antwort-Header hin&amp;zufügen:</translation>
    </message>
    <message>
        <source>response headers to add</source>
        <translation>hinzuzufügende Antwort-Header</translation>
    </message>
</context>
</TS>
