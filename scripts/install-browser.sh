#!/usr/bin/env bash
# Installs what the browser checks of the HTML edition need, if missing: Debian's chromium and
# chromium-driver, and axe-core from npm. Prints the variable that points the tests at axe-core:
#   eval "$(scripts/install-browser.sh)" && FILLRATE_FULL_TESTS=true ./mvnw -B verify
set -euo pipefail
if ! command -v chromium >/dev/null || [ ! -x /usr/bin/chromedriver ]; then
  echo "Installing chromium and chromium-driver from Debian's packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium chromium-driver >&2
fi
dir=${FILLRATE_AXE_DIR:-/tmp/fillrate-axe}
if [ ! -f "$dir/node_modules/axe-core/axe.min.js" ]; then
  echo "Installing axe-core 4.14.1 from npm into $dir..." >&2
  mkdir -p "$dir"
  npm install --silent --no-audit --no-fund --prefix "$dir" axe-core@4.14.1 >&2
fi
echo "export FILLRATE_AXE_JS=$dir/node_modules/axe-core/axe.min.js"
