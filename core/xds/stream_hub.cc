#include "xds/stream_hub.h"

namespace meshdesk::xds {

void StreamHub::add(std::shared_ptr<StreamState> stream) {
  std::lock_guard lock(mutex_);
  streams_[stream->id()] = std::move(stream);
}

void StreamHub::remove(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  streams_.erase(id);
}

std::vector<std::shared_ptr<StreamState>> StreamHub::streams() const {
  std::lock_guard lock(mutex_);
  std::vector<std::shared_ptr<StreamState>> out;
  out.reserve(streams_.size());
  for (const auto& [_, s] : streams_) out.push_back(s);
  return out;
}

std::size_t StreamHub::size() const {
  std::lock_guard lock(mutex_);
  return streams_.size();
}

}  // namespace meshdesk::xds
