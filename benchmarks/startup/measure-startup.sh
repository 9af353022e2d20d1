#!/usr/bin/env bash
# Seconds from process start to /health answering 200, median of N runs, for the host with the
# ten domain plugins, side by side with a baseline run of the same host with an empty plugins
# folder (so the figure reads as a ratio on a shared, noisy machine).
# Usage: benchmarks/startup/measure-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
port=5199
dotnet build host/Kunpeng.Host -c Release -nologo -v q >/dev/null
bin=host/Kunpeng.Host/bin/Release/net10.0
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT

measure() { # $1 = plugins directory
  local data; data=$(mktemp -d)
  local start; start=$(date +%s%N)
  Kunpeng__Plugins__Directory="$1" Kunpeng__Registry__DatabasePath="$data/k.db" \
    dotnet "$bin/Kunpeng.Host.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.01; done
  local end; end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

with=(); without=()
for _ in $(seq "$runs"); do
  without+=("$(measure "$empty")")
  with+=("$(measure "$PWD/$bin/plugins")")
done
m_with=$(printf '%s\n' "${with[@]}" | median)
m_without=$(printf '%s\n' "${without[@]}" | median)
echo "runs: $runs"
echo "ten plugins, ms:   ${with[*]}  -> median $m_with"
echo "no plugins, ms:    ${without[*]}  -> median $m_without"
awk -v a="$m_with" -v b="$m_without" 'BEGIN { printf "ratio ten/none: %.2f\n", a / b }'
