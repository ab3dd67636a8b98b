#!/usr/bin/env bash
# Sets up and starts Meshdesk on the bundled lab workspace: the desktop console where a display
# exists, the headless control plane where not. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
workspace=resources/lab/workspace.yaml
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/app/meshdesk ]; then
  exec build/app/meshdesk --workspace "$workspace" "$@"
fi
echo "run-lab: no display found, starting the headless control plane (meshdesk-server)."
exec build/server/meshdesk-server --workspace "$workspace" "$@"
