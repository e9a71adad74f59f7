#!/usr/bin/env bash
# Smoke test of the packaged app: builds the Linux app-image (packaging/build.sh app-image) and runs
# its launcher headless, the way a user of the installed app would, from another directory.
#
#   packaging/smoke-test.sh                # mvn package, then the app-image, then the checks
#   packaging/smoke-test.sh --skip-maven   # reuse target/claimdiff.jar + target/lib/ (CI, after mvn verify)
#   packaging/smoke-test.sh --gui          # also open the samples under xvfb-run and write a screenshot
#
# Needs a JDK 17 with jlink/jdeps/jpackage and python3; --gui also needs xvfb-run and libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build_args=(app-image)
gui=false
for arg in "$@"; do
  case "$arg" in
    --skip-maven) build_args+=(--skip-maven) ;;
    --gui) gui=true ;;
    *) echo "smoke-test: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

packaging/build.sh "${build_args[@]}"

app=$root/target/jpackage/claimdiff
launcher=$app/bin/claimdiff
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"   # not the repository: the launcher must not depend on the working directory

passed=0 failed=0
check() {  # check NAME COMMAND...: runs COMMAND, counts and reports it
  local name=$1; shift
  if "$@" >"$work/out" 2>"$work/err"; then
    passed=$((passed + 1)); echo "smoke-test: ok   $name"
    sed 's/^/    /' "$work/out"
  else
    failed=$((failed + 1)); echo "smoke-test: FAIL $name" >&2
    sed 's/^/    /' "$work/out" "$work/err" | tail -20 >&2
  fi
}

size_ok() {
  local mb; mb=$(du -sm "$app" | cut -f1)
  echo "app-image: ${mb} MB"
  [ "$mb" -lt 100 ]
}
version_ok() {
  "$launcher" --version > "$work/version"
  cat "$work/version"
  grep -q '^ClaimDiff ' "$work/version"
}
samples_in_jar() {
  python3 - "$app/lib/app/claimdiff.jar" <<'EOF'
import sys, zipfile
names = [n for n in zipfile.ZipFile(sys.argv[1]).namelist()
         if n.startswith("sample-articles/") and n.endswith(".txt")]
print(len(names), "sample articles in the jar")
sys.exit(0 if len(names) == 5 else 1)
EOF
}
analyze_ok() {
  "$launcher" analyze --json "$root"/sample-articles/*.txt > "$work/analysis.json"
  python3 - "$work/analysis.json" <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
articles = doc["articles"]
print(len(articles), "articles,", len(doc["claims"]), "claims")
for a in articles:
    print(" ", a["id"], a["path"].rsplit("/", 1)[-1])
sys.exit(0 if len(articles) == 5 and isinstance(doc["claims"], list) else 1)
EOF
}
bad_option_exits_2() {
  local code=0
  "$launcher" --no-such-option >/dev/null 2>&1 || code=$?
  echo "exit code $code"
  [ "$code" -eq 2 ]
}
gui_ok() {
  xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --samples --screenshot "$root/target/smoke-samples.png"
  python3 -c 'import sys; sys.exit(0 if open(sys.argv[1], "rb").read(8) == b"\x89PNG\r\n\x1a\n" else 1)' \
    "$root/target/smoke-samples.png"
}

check "app-image is under 100 MB" size_ok
check "claimdiff --version" version_ok
check "the sample articles ship inside the app" samples_in_jar
check "claimdiff analyze --json sample-articles/*.txt lists 5 articles" analyze_ok
check "an unknown option exits with 2" bad_option_exits_2
if $gui; then
  check "claimdiff --samples --screenshot (xvfb) -> target/smoke-samples.png" gui_ok
fi

echo "smoke-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
