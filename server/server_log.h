#pragma once
// What the headless server prints: publish outcomes with their problems, and the fleet's
// connects, disconnects and NACKs, one line each, timestamped, on stderr.

#include <string>

#include "controlplane/publish_outcome.h"
#include "fleet/fleet_registry.h"

namespace meshdesk::server {

void logLine(const std::string& text);
void logOutcome(const controlplane::PublishOutcome& outcome);
void logFleet(const fleet::FleetBatch& batch);

}  // namespace meshdesk::server
