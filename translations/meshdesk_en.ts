<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiBackendList</name>
    <message>
        <source>Weight of %1 within its priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiBackendListModel</name>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends move within their own AI route only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiEnvoyOutput</name>
    <message>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: publishing waits until it is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: published, but see why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiPaletteModel</name>
    <message>
        <source>%1
%2:%3%4
Drag onto the backends to add it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiProviderPresets</name>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.openai.com over TLS; choose the secret with the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vLLM server (OpenAI-compatible) on port 8000; set its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ollama server (OpenAI-compatible API) on port 11434.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.anthropic.com, Messages API (/v1/messages): clients must speak Anthropic&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the resource name in the host and the deployment in the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini&apos;s OpenAI-compatible endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiRouteEditor</name>
    <message>
        <source>AI route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a provider onto the list to add a backend; drag a backend to change the fallback order (onto another: same priority, split by weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (443 with TLS, else 80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with &amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SNI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path re&amp;write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied by ModelRoute subscribers; Envoy cannot rewrite a JSON body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model o&amp;verride:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For subscribers without SDS: the environment variable holding the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (first choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it joins Envoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listener:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: served to ModelRoute subscribers only, not to Envoy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New listener p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the listener exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new listener port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New listener &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new listener address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60s, retries included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on &amp;429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on &amp;5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on connect &amp;failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry on 429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry on 5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry on connect failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per fallback priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: a route with fallbacks retries on 429, 5xx and connect failure, once per fallback priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Envoy gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: subscribers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1 of %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2 in %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::AiRouteEdits</name>
    <message>
        <source>That AI route is not in the workspace any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an AI route named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New AI route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate AI route %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete AI route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AI route needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename AI route %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI route %1 does not read as a model route; fix its YAML first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add backend %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backend %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set weight of %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a first choice of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to fallback priority %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove backend %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::CanaryDock</name>
    <message>
        <source>Workspace file as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no edited workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file has errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 does not read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not promoted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no canary to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canary yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary %1 on %2: %3 of %4 proxies ACKed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary %1 converged: every canary proxy ACKed it. Promote it to all, or roll it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary %1 promoted as v%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary %1 rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACKed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converge within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. edge-*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back on any NACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back when not every canary proxy ACKed by then (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote by itself after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 steps; the file has them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ClusterEditor</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discovery type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load balancing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load balancing policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDS &amp;service name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDS service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit breakers (default priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pending requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max pending requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eject failing hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlier detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive 5xx:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consecutive 5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlier detection interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base ejection time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base ejection time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max ejection %:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max ejection percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with &amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;NI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (SDS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served over EDS: its endpoints are in the endpoints resource %1 (shown under this cluster in the navigator).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::EditorPanel</name>
    <message>
        <source>Edit %1 as YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node group %1</source>
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
        <source>Select a resource in the Resources pane to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (%2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::EndpointEditor</name>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::EndpointsEditor</name>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::FindingListModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI route %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::FleetChartsDock</name>
    <message>
        <source>Proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACKs / NACKs per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACKed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACKs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACKs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from the publish to each proxy&apos;s last ACK of the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart&apos;s data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish to last ACK, seconds (at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 10 minutes, in at most %1 steps. Kept: a proxy&apos;s last %2 version changes, a node group&apos;s last %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 5 minutes; an hour is kept and exported as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last %1 versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::FleetDock</name>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: words, or node: cluster: zone: group: status:nacked cds:stale version:7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the proxies that match every word (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACKED or STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not SYNCED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the proxies with a resource type in this status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::FleetMonitor</name>
    <message>
        <source>Export charts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 10 simulated proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all simulated proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts (PNG and CSV)…</source>
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
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In a canary rollout: served the candidate version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::HistoryDock</name>
    <message>
        <source>v%1 has the same content as v%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 is the first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 and v%2 have the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll Back to This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selected version&apos;s content again, as a new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::LabDock</name>
    <message>
        <source>No drift: the Envoy holds what it is served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between what the Envoy holds and what it is served.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Envoy binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACK rule &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node ids need a pattern, such as lab-{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n simulated proxy(ies) connecting to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n proxy(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the bootstrap of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started Envoy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed Envoy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is served to group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Envoy: %1. Simulated proxies work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACK rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flap up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. clusters lb_policy=RING_HASH; listeners/edge*  (empty: ACK all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} is replaced by a running number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the stream after this long connected (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay disconnected this long before reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Envoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: envoy on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::LabProxyModel</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
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
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
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
    <name>meshdesk::app::ListenerEditor</name>
    <message>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a filter chain to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter chain %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;names (SNI):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any; or a comma-separated list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP connection manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chain has no HTTP connection manager; edit its filters as YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stat prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stat prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a route configuration (RDS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inline in the listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &amp;configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline routes &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inline routes name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP &amp;filters (in order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downstream TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminate TLS on this chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate chain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate from &amp;secret (SDS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a &amp;client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default chain</source>
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
    <message>
        <source>Meshdesk</source>
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
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
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
    <message>
        <source>Control plane: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xDS starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Envoy Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy bootstrap or config dump (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n resource(s)</source>
        <translation>
            <numerusform>Imported %1: %n resource</numerusform>
            <numerusform>Imported %1: %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n note(s) in the Log)</source>
        <translation>
            <numerusform> (%n note in the Log)</numerusform>
            <numerusform> (%n notes in the Log)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n resource(s)</source>
        <translation>
            <numerusform>Opened %1: %n resource</numerusform>
            <numerusform>Opened %1: %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) reading it</source>
        <translation>
            <numerusform>%n problem reading it</numerusform>
            <numerusform>%n problems reading it</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no file yet: use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published from the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing to node group %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back to v%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to node group %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back to v%1: %2 is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to publish: %1 is live and the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n error(s); %1 keeps serving</source>
        <translation>
            <numerusform>Not published: %n error; %1 keeps serving</numerusform>
            <numerusform>Not published: %n errors; %1 keeps serving</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing failed: %1; %2 keeps serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding is about the file as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the workspace any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Meshdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace YAML file to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Envoy Configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a workspace from an Envoy bootstrap or config dump (YAML or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the Resources tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what changes against the live version, then publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test a Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has changes that are not saved. Save them before closing?</source>
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
        <source>Control plane &amp;address and port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ProxyDetailsDock</name>
    <message>
        <source>(disconnected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a proxy in the Fleet table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; cluster %2 &amp;nbsp; locality %3 &amp;nbsp; group %4&lt;br&gt;%5 from %6, connected since %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACK history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources (?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds %1; should hold %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds what it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff (differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the control plane&apos;s CSDS service again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACKed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses / ACKs / NACKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last NACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACK history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::PublishDialog</name>
    <message>
        <source>Review and Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validation: %n error(s); fix them before publishing (see the Validation pane).</source>
        <translation>
            <numerusform>Validation: %n error; fix it before publishing (see the Validation pane).</numerusform>
            <numerusform>Validation: %n errors; fix them before publishing (see the Validation pane).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation: no errors, %n warning(s).</source>
        <translation>
            <numerusform>Validation: no errors, %n warning.</numerusform>
            <numerusform>Validation: no errors, %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation: no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the live version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this version changes and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node group %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: the edited workspace is the live version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::RequestTesterDock</name>
    <message>
        <source>any listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route matches this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener %1, virtual host %2, route %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listener:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hea&amp;ders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line: name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;model&quot; of an AI request&apos;s body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener %1, virtual host %2 → AI route %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourceEditor</name>
    <message>
        <source>e.g. 2s or 250ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duration: write it like 2s, 0.25s or 250ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourceEdits</name>
    <message>
        <source>%1 is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a %1 named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New route in virtual host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New virtual host %1 in route configuration %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only routes of one virtual host can be moved together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n routes</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to virtual host %2, before %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the end of virtual host %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to virtual host %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 does not forward to clusters (it redirects or answers itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 already goes to cluster %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 to cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 is already in the split of route %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster %1 to the split of route %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy endpoint %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move endpoint %1 from %2 to %3</source>
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
    <message>
        <source>(no address)</source>
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
        <source>endpoint %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::ResourceTreeModel</name>
    <message>
        <source>AI routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message>
        <source>Would never match here: an earlier route catches its requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backend(s)</source>
        <translation>
            <numerusform>%n backend</numerusform>
            <numerusform>%n backends</numerusform>
        </translation>
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
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a resource like the selected one (a route beside a route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New AI route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::RouteConfigurationEditor</name>
    <message>
        <source>Route configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy &amp;checks that routed clusters exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::RouteEditor</name>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path-separated prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split across clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weighted clusters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to &amp;HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix &amp;rewrite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-try timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-try timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers to &amp;add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request headers to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request headers to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers to a&amp;dd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response headers to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response headers to remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::RowsTable</name>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::RuntimeEditor</name>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::SecretEditor</name>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
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
        <source>session ticket keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;chain file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate chain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match subject alt &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated DNS names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject alt names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
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
<context>
    <name>meshdesk::app::ValidationDock</name>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::VersionListModel</name>
    <message>
        <source>v%1 (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restores v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::app::VirtualHostEditor</name>
    <message>
        <source>Virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated: api.example.com, *.example.com, *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers to &amp;add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request headers to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers to &amp;remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request headers to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers to a&amp;dd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response headers to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
