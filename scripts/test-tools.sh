#!/usr/bin/env bash
# Installs what the output-format tests need beyond the build (only what is missing, so a
# second run does nothing): from Debian, xmllint (libxml2-utils), python3-jsonschema and,
# when there is no npm yet, Node.js and npm; from the npm registry, Microsoft's SARIF
# Multitool into DIR (default build/test-tools). Called by scripts/test.sh and by ctest (the
# formats.tools fixture, tests/CMakeLists.txt).
#   bash scripts/test-tools.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/test-tools}
multitool_version=5.7.0

packages=(libxml2-utils python3-jsonschema)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
bash scripts/apt-missing.sh test-tools "${packages[@]}"

# The multitool's npm package is a wrapper; the Linux build (a self-contained .NET program,
# no .NET install needed) is its optional dependency, pinned here to the same version.
pkg="$dir/node_modules/@microsoft/sarif-multitool-linux"
if ! grep -q "\"version\": \"$multitool_version\"" "$pkg/package.json" 2>/dev/null; then
  echo "test-tools: installing @microsoft/sarif-multitool@$multitool_version into $dir" >&2
  mkdir -p "$dir"
  if ! npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error "@microsoft/sarif-multitool@$multitool_version" \
    "@microsoft/sarif-multitool-linux@$multitool_version" >/dev/null; then
    # No registry (or one behind a TLS proxy this root does not trust): the rest of the
    # suite still runs, and ctest lists formats.validate as skipped rather than passed.
    echo "test-tools: WARNING: could not install the SARIF Multitool from the npm registry;" \
      "formats.validate will be reported as skipped" >&2
    exit 0
  fi
fi
# npm may not run the package's install script, which only marks the program executable.
chmod u+x "$pkg/Sarif.Multitool"
"$pkg/Sarif.Multitool" --version >/dev/null 2>&1
