#!/usr/bin/env bash
# Installs what the browser tests (tests/browser/) need beyond the build, only what is
# missing, so a second run does nothing: from Debian, Chromium and its driver, a Chinese
# font for the screenshots and, when there is no npm yet, Node.js and npm; from the npm
# registry, Playwright's core (the driver library, no browser download) into DIR (default
# build/browser-tools; not build/test-tools, where an npm install of its own would drop the
# SARIF Multitool). Called by scripts/test.sh and by ctest (the browser.tools fixture).
#   bash scripts/browser-tools.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/browser-tools}
# 1.61 is the last release that runs on Debian bookworm's Node.js 18.
playwright_version=1.61.0

packages=(chromium chromium-driver fonts-wqy-microhei)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
if ! bash scripts/apt-missing.sh browser-tools "${packages[@]}"; then
  echo "browser-tools: WARNING: could not install ${packages[*]};" \
    "the browser tests will be reported as skipped" >&2
  exit 0
fi

pkg="$dir/node_modules/playwright-core"
if ! grep -q "\"version\": \"$playwright_version\"" "$pkg/package.json" 2>/dev/null; then
  echo "browser-tools: installing playwright-core@$playwright_version into $dir" >&2
  mkdir -p "$dir"
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: the tests drive Debian's /usr/bin/chromium.
  if ! PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$dir" --no-save \
    --no-package-lock --no-audit --no-fund --loglevel=error \
    "playwright-core@$playwright_version" >/dev/null; then
    # No registry (or one behind a TLS proxy this root does not trust): the rest of the
    # suite still runs, and ctest lists the browser tests as skipped rather than passed.
    echo "browser-tools: WARNING: could not install playwright-core from the npm registry;" \
      "the browser tests will be reported as skipped" >&2
    exit 0
  fi
fi
