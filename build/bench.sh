#!/usr/bin/env bash
# Builds the benchmarks (and the host, which "contention" runs in a process of its own) in Release and runs the one
# named: royalties (default), close, obligations, contention. Prints its figures, one line each.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tests/SwarmNet.Benchmarks/SwarmNet.Benchmarks.csproj"

dotnet build "$project" -c Release --nologo -v quiet
dll="$(find "$root/tests/SwarmNet.Benchmarks/bin/Release" -name SwarmNet.Benchmarks.dll -path '*net10.0*' | head -n 1)"
dotnet "$dll" "${1:-royalties}"
