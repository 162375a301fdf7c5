# Shared helpers for the check scripts (sourced, not run).

# wait_healthy URL [SECONDS]: waits until URL/healthz answers; fails if it never does.
wait_healthy() {
  for _ in $(seq 1 "${2:-60}"); do curl -fs "$1/healthz" >/dev/null 2>&1 && return 0; sleep 1; done
  curl -fs "$1/healthz" >/dev/null
}

# csrf: the form token in the HTML on standard input (empty when there is none).
csrf() { { grep -o 'name="_csrf" value="[^"]*"' || true; } | head -1 | sed 's/.*value="//; s/"$//'; }

# login JAR BASE NAME PASSWORD [NEXT]: logs in through the form, keeps the cookie in JAR,
# prints the HTTP status (303 on success).
login() {
  local token; token=$(curl -s -c "$1" -b "$1" "$2/login" | csrf)
  curl -s -o /dev/null -w "%{http_code}" -c "$1" -b "$1" --data-urlencode "_csrf=$token" --data-urlencode "name=$3" \
    --data-urlencode "password=$4" --data-urlencode "next=${5:-/}" "$2/login"
}

# post JAR URL PAGE [FIELD=VALUE …]: posts a form with the token of PAGE; prints the status.
post() {
  local jar=$1 url=$2 page=$3; shift 3
  local token; token=$(curl -s -b "$jar" -c "$jar" "$page" | csrf)
  local args=(--data-urlencode "_csrf=$token")
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  curl -s -o /dev/null -w "%{http_code}" -b "$jar" -c "$jar" "${args[@]}" "$url"
}

# browser: the Chromium to use, or fail loudly.
browser() {
  local b; b=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
  [ -n "$b" ] || { echo "Chromium がありません: apt-get install -y chromium fonts-ipafont-gothic" >&2; return 1; }
  echo "$b"
}

# dom URL: the page as Chromium renders it.
dom() { timeout 60 "$BROWSER" --headless --no-sandbox --disable-gpu --dump-dom "$1" 2>/dev/null; }

# release_binary ROOT: the release build of actionplan (built first unless BIN names one); fails
# loudly when there is none. The benchmarks measure this build.
release_binary() {
  if [ -z "${BIN:-}" ]; then
    (cd "$1" && swift build -c release --scratch-path .build-release --product actionplan 2>&1 | grep -E "error|Compiling actionplan|Build" >&2) || true
  fi
  local bin="${BIN:-$1/.build-release/release/actionplan}"
  [ -x "$bin" ] || { echo "リリースビルドがありません: swift build -c release --scratch-path .build-release --product actionplan" >&2; return 1; }
  echo "$bin"
}
