# Sourced by every .ci script: where things are, and the tools on PATH.
# The npm tools (wasm-opt 132, web-ext) come first, so Debian's old wasm-opt is never picked up.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$REPO/tests/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# The one setting that says where the shared corpus lies (README: Data).
export SIFT_CORPUS="${SIFT_CORPUS:-$(cd "$REPO/.." && pwd)/shared/corpus}"
SAMPLE=www/samples/libya-border-ar.html

# The wasm-bindgen version pinned in Cargo.lock; wasm-bindgen-cli must match it exactly.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$REPO/Cargo.lock"
}

# A step's heading: bold on a terminal, plain in a log.
if [[ -t 1 ]]; then
  say() { printf '\033[1m[%s] %s\033[0m\n' "$(basename "$0")" "$*"; }
else
  say() { printf '[%s] %s\n' "$(basename "$0")" "$*"; }
fi
