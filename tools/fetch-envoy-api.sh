#!/usr/bin/env bash
# Obtains the Envoy v3 API (.proto files for envoy, xds/udpa, googleapis and protoc-gen-validate)
# from the npm package @grpc/grpc-js-xds, the only registry-shipped copy reachable here.
# The tarball's sha512 is pinned: a changed package fails the build instead of silently changing
# the API we compile. The protos land in DEST, never in the source tree.
#
# usage: fetch-envoy-api.sh DEST
set -euo pipefail

PACKAGE="@grpc/grpc-js-xds@1.14.1"
TARBALL="grpc-grpc-js-xds-1.14.1.tgz"
INTEGRITY="sha512-F2mVXwEeMWw1znPUrp+8ykjsIOVnf7Rv+EyIvXOfz73w5tNolCnzokpLkE/d2Ehx30PJmZXqCQdMpx8DcBJohA=="

dest=${1:?usage: fetch-envoy-api.sh DEST}
stamp="$dest/.fetched-$TARBALL"
[ -f "$stamp" ] && exit 0

cache=${MESHDESK_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/meshdesk}
mkdir -p "$cache" "$dest"
if [ ! -f "$cache/$TARBALL" ]; then
  (cd "$cache" && npm pack --silent "$PACKAGE" >/dev/null)
fi

actual="sha512-$(openssl dgst -sha512 -binary "$cache/$TARBALL" | base64 -w0)"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "fetch-envoy-api: integrity mismatch for $TARBALL" >&2
  echo "  expected $INTEGRITY" >&2
  echo "  got      $actual" >&2
  rm -f "$cache/$TARBALL"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$cache/$TARBALL" -C "$tmp" package/deps
for d in envoy-api googleapis xds protoc-gen-validate; do
  rm -rf "${dest:?}/$d"
  cp -r "$tmp/package/deps/$d" "$dest/$d"
done

# The packaged validate.proto predates `ignore_empty`, which Envoy's protos use. Add the four
# fields with the numbers upstream protoc-gen-validate gave them.
v="$dest/protoc-gen-validate/validate/validate.proto"
if ! grep -q ignore_empty "$v"; then
  awk '
    /^message StringRules/   { m = 26 }
    /^message BytesRules/    { m = 14 }
    /^message RepeatedRules/ { m = 5 }
    /^message MapRules/      { m = 6 }
    m && /^}/ { print "    optional bool ignore_empty = " m ";"; m = 0 }
    { print }
  ' "$v" > "$v.new" && mv "$v.new" "$v"
fi
touch "$stamp"
