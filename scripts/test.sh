#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every test:
# the Catch2 suites through ctest (core, CLI against real stores on disk, widgets offscreen), then the
# packaging checks (desktop entry, AppStream metadata, an installable .deb) and the translation check.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --test

export QT_QPA_PLATFORM=offscreen

# Formatting: every C++ source as clang-format (.clang-format) writes it.
if ! git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror 2>/tmp/motcua-format.log; then
    echo "C++ sources are not clang-formatted (run scripts/format.sh):" >&2
    grep -o '^[^:]*:[0-9]*' /tmp/motcua-format.log | sort -u | head -20 >&2
    exit 1
fi
cmake --preset ci >/dev/null
cmake --build --preset ci

# Translations: the committed .ts files must hold every user-visible string of the sources.
cp translations/motcua_vi.ts translations/motcua_en.ts build/ci/
cmake --build --preset ci --target update_translations >/dev/null
if ! cmp -s translations/motcua_vi.ts build/ci/motcua_vi.ts || ! cmp -s translations/motcua_en.ts build/ci/motcua_en.ts; then
    echo "translations/*.ts are out of date: run 'cmake --build --preset dev --target update_translations', translate, commit" >&2
    cp build/ci/motcua_vi.ts build/ci/motcua_en.ts translations/
    exit 1
fi
if grep -q 'type="unfinished"' translations/motcua_vi.ts; then
    echo "translations/motcua_vi.ts has unfinished (untranslated) strings:" >&2
    grep -B3 'type="unfinished"' translations/motcua_vi.ts | grep '<source>' | head -20 >&2
    exit 1
fi

./build/ci/app/motcua --version
./build/ci/app/motcua-cli --version

desktop-file-validate packaging/linux/org.motcua.Desk.desktop
appstreamcli validate --no-net packaging/linux/org.motcua.Desk.metainfo.xml

# The HTTP API's description is OpenAPI 3 as Redocly's linter reads it (from the npm registry; pinned, so that a new
# release of the linter does not change what passes).
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if command -v npx >/dev/null && [ "$node_major" -ge 20 ]; then
    npx --yes @redocly/cli@2.77.0 lint docs/openapi.yaml
else
    echo "SKIPPED: the OpenAPI lint needs Node.js 20 or later with npx, which this machine does not have" >&2
fi

# The Debian package: built, then checked to hold both programs and the desktop metadata.
(cd build/ci && rm -f motcua-desk_*.deb && cpack -G DEB >/dev/null)
deb=$(ls build/ci/motcua-desk_*.deb)
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/motcua ./usr/bin/motcua-cli ./usr/bin/motcua-province \
         ./usr/share/motcua-desk/nginx/motcua-province.conf ./usr/share/applications/org.motcua.Desk.desktop \
         ./usr/share/metainfo/org.motcua.Desk.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/org.motcua.Desk.svg; do
    grep -q " $f\$" <<<"$contents" || { echo "package is missing $f" >&2; exit 1; }
done
echo "package: $deb"

ctest --preset ci -j2
