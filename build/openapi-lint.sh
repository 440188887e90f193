#!/usr/bin/env bash
# Lints the API description with Redocly's CLI (recommended rules, pinned in build/openapi/package-lock.json).
# Needs the built host (build/test.sh builds it): starts it on a free loopback port with a throw-away data folder,
# fetches /openapi/v1.json and lints it. Exit code non-zero when Redocly reports an error.
set -uo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
host_pid=""
cleanup() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ ! -x build/openapi/node_modules/.bin/redocly ]; then
  npm ci --prefix build/openapi --no-audit --no-fund --silent || { echo "openapi lint: npm ci failed"; exit 1; }
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ASPNETCORE_ENVIRONMENT=Development Demo__SeedOnFirstRun=false ConnectionStrings__SwarmNet="Data Source=$work/swarmnet.db" \
  Access__KeysFolder="$work/keys" Mail__Folder="$work/mail" Documents__Root="$work/documents" \
  dotnet src/Host/SwarmNet.Host/bin/Debug/net10.0/SwarmNet.Host.dll --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
host_pid=$!

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/openapi/v1.json" -o "$work/openapi.json" && break
  sleep 1
done
if [ ! -s "$work/openapi.json" ]; then
  echo "openapi lint: the host did not serve /openapi/v1.json"; tail -20 "$work/host.log"; exit 1
fi

build/openapi/node_modules/.bin/redocly lint "$work/openapi.json" --config build/openapi/redocly.yaml --format=stylish --max-problems 1000
