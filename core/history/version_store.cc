#include "history/version_store.h"

#include <algorithm>

#include <git2.h>
#include <xxhash.h>

#include <cstdio>
#include <filesystem>
#include <mutex>
#include <sstream>

namespace meshdesk::history {

namespace {
std::once_flag gitInit;
// libgit2 keeps every commit and tree it reads or writes in a per-repository cache of up to
// 256 MiB (counted in raw object bytes, a fraction of what the parsed objects take): the console's
// heap grew by about 1.3 KB a publish, for days at a publish a second. Nothing here reads an
// object twice in a row (a publish reads the parent commit once; versions' contents are blobs,
// which libgit2 does not cache anyway), so the cache is off.
void initGit() {
  git_libgit2_init();
  git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
}

std::string lastGitError(const char* what) {
  const git_error* e = git_error_last();
  return std::string(what) + ": " + (e && e->message ? e->message : "unknown libgit2 error");
}

std::string hashHex(const std::string& content) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(content.data(), content.size())));
  return buf;
}

// "Meshdesk-Version: 7" style trailers at the end of a commit message.
std::optional<std::string> trailer(const std::string& message, const std::string& key) {
  std::istringstream in(message);
  std::string line;
  std::optional<std::string> found;
  while (std::getline(in, line))
    if (line.rfind(key + ": ", 0) == 0) found = line.substr(key.size() + 2);
  return found;
}

std::string body(const std::string& message) {
  // The publish message is everything before the trailer block.
  auto cut = message.find("\n\nMeshdesk-Version: ");
  std::string text = cut == std::string::npos ? message : message.substr(0, cut);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}
}  // namespace

struct VersionStore::Impl {
  git_repository* repo = nullptr;
  std::string path;
  mutable std::mutex mutex;
  std::vector<VersionInfo> versions;  // oldest first, loaded at open

  ~Impl() {
    if (repo) git_repository_free(repo);
  }

  std::optional<VersionInfo> read(git_commit* commit) const {
    std::string message = git_commit_message(commit);
    auto seq = trailer(message, "Meshdesk-Version");
    if (!seq) return std::nullopt;
    VersionInfo v;
    v.sequence = std::stoi(*seq);
    v.contentHash = trailer(message, "Content-Hash").value_or("");
    if (auto r = trailer(message, "Rollback-Of")) v.rollbackOf = std::stoi(*r);
    v.time = std::chrono::system_clock::from_time_t(git_commit_time(commit));
    v.author = git_commit_author(commit)->name;
    v.message = body(message);
    char oid[GIT_OID_HEXSZ + 1];
    git_oid_tostr(oid, sizeof oid, git_commit_id(commit));
    v.commit = oid;
    return v;
  }

  void load() {
    versions.clear();
    git_revwalk* walk = nullptr;
    if (git_revwalk_new(&walk, repo) != 0) return;
    git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
    if (git_revwalk_push_head(walk) == 0) {
      git_oid oid;
      while (git_revwalk_next(&oid, walk) == 0) {
        git_commit* commit = nullptr;
        if (git_commit_lookup(&commit, repo, &oid) != 0) continue;
        if (auto v = read(commit)) versions.push_back(*v);
        git_commit_free(commit);
      }
    }
    git_revwalk_free(walk);
  }
};

VersionStore::VersionStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
VersionStore::~VersionStore() = default;

std::unique_ptr<VersionStore> VersionStore::open(const std::string& workspaceDir,
                                                 std::string* error) {
  std::call_once(gitInit, initGit);
  auto impl = std::make_unique<Impl>();
  impl->path = (std::filesystem::path(workspaceDir) / ".meshdesk" / "history.git").string();
  int rc = std::filesystem::exists(impl->path)
               ? git_repository_open_bare(&impl->repo, impl->path.c_str())
               : git_repository_init(&impl->repo, impl->path.c_str(), /*bare=*/1);
  if (rc != 0) {
    if (error) *error = lastGitError(("cannot open version history " + impl->path).c_str());
    return nullptr;
  }
  impl->load();
  return std::unique_ptr<VersionStore>(new VersionStore(std::move(impl)));
}

std::optional<VersionInfo> VersionStore::record(const std::string& content,
                                                const std::string& author,
                                                const std::string& message,
                                                std::optional<int> rollbackOf,
                                                std::string* error) {
  std::lock_guard lock(impl_->mutex);
  git_repository* repo = impl_->repo;
  auto fail = [&](const char* what) -> std::optional<VersionInfo> {
    if (error) *error = lastGitError(what);
    return std::nullopt;
  };

  git_oid blob, tree, commitId;
  if (git_blob_create_from_buffer(&blob, repo, content.data(), content.size()) != 0)
    return fail("cannot store the version");
  git_treebuilder* builder = nullptr;
  if (git_treebuilder_new(&builder, repo, nullptr) != 0) return fail("cannot build a tree");
  int rc = git_treebuilder_insert(nullptr, builder, kFileName, &blob, GIT_FILEMODE_BLOB);
  if (rc == 0) rc = git_treebuilder_write(&tree, builder);
  git_treebuilder_free(builder);
  if (rc != 0) return fail("cannot write the tree");

  git_tree* treeObject = nullptr;
  if (git_tree_lookup(&treeObject, repo, &tree) != 0) return fail("cannot read the tree");
  git_commit* parent = nullptr;
  git_oid head;
  bool hasParent = git_reference_name_to_id(&head, repo, "HEAD") == 0 &&
                   git_commit_lookup(&parent, repo, &head) == 0;

  int sequence = impl_->versions.empty() ? 1 : impl_->versions.back().sequence + 1;
  std::string hash = hashHex(content);
  std::ostringstream text;
  text << (message.empty() ? "Publish" : message) << "\n\nMeshdesk-Version: " << sequence
       << "\nContent-Hash: " << hash << '\n';
  if (rollbackOf) text << "Rollback-Of: " << *rollbackOf << '\n';

  git_signature* signature = nullptr;
  std::string who = author.empty() ? "meshdesk" : author;
  rc = git_signature_now(&signature, who.c_str(), (who + "@meshdesk.local").c_str());
  if (rc == 0) {
    const git_commit* parents[] = {parent};
    rc = git_commit_create(&commitId, repo, "HEAD", signature, signature, "UTF-8",
                           text.str().c_str(), treeObject, hasParent ? 1 : 0, parents);
  }
  git_signature_free(signature);
  git_tree_free(treeObject);
  if (parent) git_commit_free(parent);
  if (rc != 0) return fail("cannot commit the version");

  git_object* target = nullptr;
  git_oid tagId;
  if (git_object_lookup(&target, repo, &commitId, GIT_OBJECT_COMMIT) == 0) {
    git_tag_create_lightweight(&tagId, repo, ("v" + std::to_string(sequence)).c_str(), target, 1);
    git_object_free(target);
  }

  git_commit* created = nullptr;
  if (git_commit_lookup(&created, repo, &commitId) != 0) return fail("cannot read the commit");
  auto info = impl_->read(created);
  git_commit_free(created);
  if (info) impl_->versions.push_back(*info);
  return info;
}

std::vector<VersionInfo> VersionStore::list() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->versions;
}

std::vector<VersionInfo> VersionStore::listAfter(int sequence) const {
  std::lock_guard lock(impl_->mutex);
  // Sequences only grow, so the new ones are a tail.
  auto first = std::find_if(impl_->versions.rbegin(), impl_->versions.rend(),
                            [sequence](const VersionInfo& v) { return v.sequence <= sequence; });
  return std::vector<VersionInfo>(first.base(), impl_->versions.end());
}

std::optional<VersionInfo> VersionStore::find(int sequence) const {
  std::lock_guard lock(impl_->mutex);
  for (const auto& v : impl_->versions)
    if (v.sequence == sequence) return v;
  return std::nullopt;
}

std::optional<VersionInfo> VersionStore::latest() const {
  std::lock_guard lock(impl_->mutex);
  if (impl_->versions.empty()) return std::nullopt;
  return impl_->versions.back();
}

std::optional<std::string> VersionStore::content(int sequence) const {
  auto v = find(sequence);
  if (!v) return std::nullopt;
  std::lock_guard lock(impl_->mutex);
  git_oid oid;
  git_commit* commit = nullptr;
  git_tree* tree = nullptr;
  git_blob* blob = nullptr;
  std::optional<std::string> out;
  if (git_oid_fromstr(&oid, v->commit.c_str()) == 0 &&
      git_commit_lookup(&commit, impl_->repo, &oid) == 0 && git_commit_tree(&tree, commit) == 0) {
    const git_tree_entry* entry = git_tree_entry_byname(tree, kFileName);
    if (entry && git_blob_lookup(&blob, impl_->repo, git_tree_entry_id(entry)) == 0) {
      out = std::string(static_cast<const char*>(git_blob_rawcontent(blob)),
                        static_cast<std::size_t>(git_blob_rawsize(blob)));
      git_blob_free(blob);
    }
  }
  if (tree) git_tree_free(tree);
  if (commit) git_commit_free(commit);
  return out;
}

std::string VersionStore::repositoryPath() const { return impl_->path; }

std::string unifiedDiff(const std::string& before, const std::string& after,
                        const std::string& beforeLabel, const std::string& afterLabel) {
  std::call_once(gitInit, initGit);
  if (before == after) return {};
  git_patch* patch = nullptr;
  git_diff_options options = GIT_DIFF_OPTIONS_INIT;
  options.context_lines = 3;
  if (git_patch_from_buffers(&patch, before.data(), before.size(), beforeLabel.c_str(),
                             after.data(), after.size(), afterLabel.c_str(), &options) != 0)
    return {};
  git_buf buf = GIT_BUF_INIT;
  std::string out;
  if (git_patch_to_buf(&buf, patch) == 0) out.assign(buf.ptr, buf.size);
  git_buf_dispose(&buf);
  git_patch_free(patch);
  return out;
}

}  // namespace meshdesk::history
