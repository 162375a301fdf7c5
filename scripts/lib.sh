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
