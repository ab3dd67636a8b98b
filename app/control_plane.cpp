#include "control_plane.h"

namespace meshdesk::app {

ControlPlane::ControlPlane(xds::ServerOptions options)
    : options_(std::move(options)),
      server_(std::make_unique<xds::XdsServer>(store_, fleet_, options_)) {}

ControlPlane::~ControlPlane() { server_->stop(); }

bool ControlPlane::start(QString* error) {
  std::string why;
  if (server_->start(&why)) return true;
  if (error != nullptr) *error = QString::fromStdString(why);
  return false;
}

bool ControlPlane::running() const { return server_->running(); }

QString ControlPlane::address() const {
  return QString::fromStdString(running() ? server_->address() : options_.address);
}

}  // namespace meshdesk::app
