#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them; prints one line per benchmark (e.g. royalty periods per second).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tests/SwarmNet.Benchmarks/SwarmNet.Benchmarks.csproj"

dotnet build "$project" -c Release --nologo -v quiet
dll="$(find "$root/tests/SwarmNet.Benchmarks/bin/Release" -name SwarmNet.Benchmarks.dll -path '*net10.0*' | head -n 1)"
dotnet "$dll" "${1:-royalties}"
