#pragma once
// Every open xDS stream, for pushes and for CSDS.

#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "xds/xds_stream.h"

namespace meshdesk::xds {

class StreamHub {
 public:
  void add(std::shared_ptr<StreamState> stream);
  void remove(std::uint64_t id);
  std::vector<std::shared_ptr<StreamState>> streams() const;
  std::size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::uint64_t, std::shared_ptr<StreamState>> streams_;
};

}  // namespace meshdesk::xds
