#!/usr/bin/env bash
# The WordPress plugin in a real WordPress: installs Debian's wordpress, mariadb-server and PHP when
# they are missing (as root, with apt-get), then runs .ci/wordpress-test.mjs against the built plugin
# (dist/wordpress/, from `npm run build`). PHP's built-in server serves the site; MariaDB runs as a
# private instance in a temporary folder; nothing outside that folder is changed.
#   .ci/wordpress-test.sh              install if needed, then test
#   .ci/wordpress-test.sh --install    only install
# When WordPress cannot be installed (not root, no apt-get, no network) the test is SKIPPED with a
# loud message and exit 0, unless OSA_WORDPRESS=required (as in .ci/run): then it fails.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(wordpress mariadb-server php-cli php-mysql)

have_wordpress() {
  command -v php >/dev/null 2>&1 && [ -f /usr/share/wordpress/wp-load.php ] && [ -x /usr/sbin/mariadbd ] \
    && command -v mariadb-install-db >/dev/null 2>&1 && php -m 2>/dev/null | grep -i '^mysqli$' >/dev/null  # no -q: with pipefail, an early exit would fail the pipe
}

skip() {
  {
    echo
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    echo "!!! WORDPRESS TEST SKIPPED: $1"
    echo "!!! The WordPress plugin was NOT tested in a real WordPress. Install the Debian packages"
    echo "!!! (sudo apt-get install -y ${PACKAGES[*]}) and run .ci/wordpress-test.sh."
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    echo
  } >&2
  if [ "${OSA_WORDPRESS:-}" = required ]; then exit 1; fi
  exit 0
}

if ! have_wordpress; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    skip "WordPress, MariaDB or PHP is missing, and this user cannot install Debian packages (needs root and apt-get)."
  fi
  start=$SECONDS
  echo "wordpress-test: installing ${PACKAGES[*]} (Debian packages)…"
  log=$(mktemp)
  install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=900 "${PACKAGES[@]}" >"$log" 2>&1; }
  if ! install && ! { apt-get update -q >>"$log" 2>&1 && install; }; then
    tail -20 "$log" >&2
    skip "apt-get could not install ${PACKAGES[*]} (see above)."
  fi
  have_wordpress || skip "the packages are installed, but WordPress, MariaDB or PHP's mysqli is still missing."
  echo "wordpress-test: installed in $((SECONDS - start)) s"
fi

[ "${1:-}" = --install ] && exit 0

if ! ls dist/wordpress/osallisuus-*.zip >/dev/null 2>&1; then
  echo "wordpress-test: dist/wordpress/ is missing: run \`npm run build\` first." >&2
  exit 1
fi
exec node .ci/wordpress-test.mjs "$@"
