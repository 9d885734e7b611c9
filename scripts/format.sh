#!/usr/bin/env bash
# Formats every C++ source in place with the project's .clang-format (scripts/test.sh fails on unformatted code).
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format -i
