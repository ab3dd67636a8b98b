#include "publish/publication.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdio>

#include "snapshot/type_url.h"

namespace meshdesk::publish {

snapshot::ResourcePtr toResource(const workspace::Item& item, std::chrono::milliseconds ttl) {
  if (ttl.count() <= 0) return snapshot::Resource::fromMessage(item.message(), item.name());
  // Serialized as fromMessage() does, so that equal content gets an equal version.
  std::string body;
  {
    google::protobuf::io::StringOutputStream stream(&body);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    item.message().SerializeToCodedStream(&coded);
  }
  return snapshot::Resource::make(
      std::string(snapshot::type_url::kPrefix) + item.message().GetDescriptor()->full_name(),
      item.name(), std::move(body), ttl);
}

std::string snapshotVersion(const std::vector<snapshot::ResourcePtr>& resources) {
  std::vector<const snapshot::Resource*> sorted;
  for (const auto& r : resources) sorted.push_back(r.get());
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    return std::tie(a->typeUrl(), a->name()) < std::tie(b->typeUrl(), b->name());
  });
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  for (const auto* r : sorted) {
    for (const std::string* part : {&r->typeUrl(), &r->name(), &r->version()}) {
      XXH3_64bits_update(state, part->data(), part->size());
      XXH3_64bits_update(state, "\0", 1);
    }
  }
  std::uint64_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

Publication buildPublication(const workspace::Workspace& ws) {
  struct Built {
    const workspace::Item* item;
    snapshot::ResourcePtr resource;
  };
  std::vector<Built> built;
  for (const auto& info : workspace::allKinds())
    for (const auto& item : ws.items(info.kind))
      built.push_back({&item, toResource(item, ws.ttlOf(item).value_or(std::chrono::milliseconds(0)))});

  auto snapshotOf = [&](const workspace::NodeGroup* group) {
    std::vector<snapshot::ResourcePtr> resources;
    for (const auto& b : built)
      if (group == nullptr || group->includes(*b.item)) resources.push_back(b.resource);
    std::string version = snapshotVersion(resources);
    return std::make_shared<const snapshot::Snapshot>(std::move(version), std::move(resources));
  };

  Publication publication;
  std::vector<snapshot::NodeGroupRule> rules;
  for (const auto& group : ws.nodeGroups()) {
    rules.push_back({group.name, group.match.id, group.match.cluster, group.match.metadata});
    publication.snapshots[group.name] = snapshotOf(&group);
  }
  publication.groups = snapshot::NodeGroups(std::move(rules));
  publication.snapshots[snapshot::NodeGroups::kDefaultGroup] = snapshotOf(nullptr);
  return publication;
}

void apply(const Publication& publication, snapshot::SnapshotStore& store) {
  store.setNodeGroups(publication.groups);
  for (const auto& [group, snap] : publication.snapshots) {
    // Same version, same content: telling the xDS server would only make it look for changes.
    if (auto current = store.get(group); current && current->version() == snap->version()) continue;
    store.set(group, snap);
  }
  for (const auto& [group, snap] : store.all())
    if (publication.snapshots.count(group) == 0) store.erase(group);
}

Publication publish(const workspace::Workspace& ws, snapshot::SnapshotStore& store) {
  Publication publication = buildPublication(ws);
  apply(publication, store);
  return publication;
}

}  // namespace meshdesk::publish
