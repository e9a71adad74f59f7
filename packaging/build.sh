#!/usr/bin/env bash
# Builds ClaimDiff's installers with jlink + jpackage. Run from anywhere; see packaging/README.md.
#
#   packaging/build.sh                 # on Linux: app-image, its .tar.gz and the .deb;
#                                      # on Windows: the .msi; on macOS: the .dmg
#   packaging/build.sh app-image       # only the app-image (what the smoke test uses)
#   packaging/build.sh tar             # the app-image and a .tar.gz of it (Linux)
#   packaging/build.sh deb|msi|dmg     # only that installer (each on its own OS)
#   packaging/build.sh --skip-maven …  # reuse target/claimdiff.jar and target/lib/ (mvn -Ppackage does)
#
# Outputs: target/jpackage/<name>[.app] (app-image), target/installer/ (installers).
# Needs JDK 17+ with jpackage (JAVA_HOME, else the JDK 17 in /usr/lib/jvm, else `java` on the PATH);
# for .deb also dpkg-deb and fakeroot; for .msi the WiX Toolset 3 on the PATH; for .dmg Xcode tools.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_maven=false
what=()
for arg in "$@"; do
  case "$arg" in
    --skip-maven) skip_maven=true ;;
    app-image|tar|deb|msi|dmg|all) what+=("$arg") ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux)                os=linux;   installers=(deb) ;;
  Darwin)               os=macos;   installers=(dmg) ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; installers=(msi) ;;
  *) echo "build.sh: unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
if [ ${#what[@]} -eq 0 ] || [ "${what[*]}" = all ]; then
  if [ "$os" = linux ]; then what=(app-image tar "${installers[@]}"); else what=("${installers[@]}"); fi
fi
wants() { case " ${what[*]} " in *" $1 "*) return 0 ;; esac; return 1; }
wants tar && what+=(app-image)   # the .tar.gz packs the app-image

# --- the JDK -----------------------------------------------------------------------------------
has_jpackage() { [ -n "${1:-}" ] && { [ -x "$1/bin/jpackage" ] || [ -x "$1/bin/jpackage.exe" ]; }; }
if ! has_jpackage "${JAVA_HOME:-}"; then
  if [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/jpackage ]; then
    JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
  elif command -v java >/dev/null 2>&1; then
    JAVA_HOME=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
  fi
fi
if ! has_jpackage "${JAVA_HOME:-}"; then
  echo "build.sh: no jpackage found; set JAVA_HOME to a JDK 17+ (on Debian: apt-get install openjdk-17-jdk)" >&2
  exit 1
fi
export JAVA_HOME
bin="$JAVA_HOME/bin"
echo "build.sh: JDK $("$bin/java" -version 2>&1 | head -1) at $JAVA_HOME"

# --- the jar and its libraries -----------------------------------------------------------------
if ! $skip_maven; then
  echo "build.sh: mvn package"
  mvn -q -B -DskipTests package
fi
[ -f target/claimdiff.jar ] && [ -d target/lib ] || {
  echo "build.sh: target/claimdiff.jar or target/lib/ missing; run mvn -DskipTests package" >&2; exit 1; }

# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0
full_version=$(sed -n 's/^version=//p' target/classes/claimdiff-version.properties 2>/dev/null | tr -d '\r')
app_version=$(printf '%s' "${full_version:-0.0.0}" | sed 's/[^0-9.].*$//; s/\.$//')
echo "build.sh: ClaimDiff $full_version (package version $app_version)"

rm -rf target/jpackage
mkdir -p target/jpackage/input target/installer
cp target/claimdiff.jar target/jpackage/input/
cp -r target/lib target/jpackage/input/lib

# --- a trimmed runtime ---------------------------------------------------------------------------
# The modules jdeps finds in the jar and every library (JavaFX included: it runs from the class
# path, so its needs - java.desktop via jdk.unsupported.desktop, jdk.unsupported, jdk.jfr - must be
# in the runtime). CLAIMDIFF_EXTRA_MODULES adds more (comma-separated), e.g. for a dependency that
# loads a module reflectively.
modules=$("$bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  target/jpackage/input/claimdiff.jar target/jpackage/input/lib/*.jar 2>/dev/null | tail -1)
[ -n "${CLAIMDIFF_EXTRA_MODULES:-}" ] && modules="$modules,$CLAIMDIFF_EXTRA_MODULES"
case "$modules" in java.base*) ;; *) echo "build.sh: jdeps failed: '$modules'" >&2; exit 1 ;; esac
echo "build.sh: jlink $modules"
cds_plugin=()
if [ "$os" = linux ] && [ "${CLAIMDIFF_CDS:-1}" = 1 ]; then
  # the runtime's own CDS archive of JDK classes: the base that the app's archive (below) extends
  cds_plugin=(--generate-cds-archive)
fi
"$bin/jlink" --add-modules "$modules" \
  --strip-debug --no-man-pages --no-header-files --compress=2 "${cds_plugin[@]}" \
  --output target/jpackage/runtime
# only used with heaps over 32 GB (no compressed oops); 12 MB the app-image can do without
rm -f target/jpackage/runtime/lib/server/classes_nocoops.jsa

# --- jpackage ------------------------------------------------------------------------------------
jpackage() {
  echo "build.sh: jpackage --type $1"
  "$bin/jpackage" --type "$1" @packaging/common.args "${@:2}" \
    --app-version "$app_version" --dest "$dest"
}
# AppCDS (Linux app-image): one training run of the launcher writes a dynamic archive of every
# class the start-up loads (JavaFX, RichTextFX, Jackson, the engine), on top of the runtime's base
# archive; the launcher then maps it instead of loading and verifying those classes one by one.
# The training run is --startup-report on the samples under xvfb-run (or on $DISPLAY); without a
# display, `analyze --json` on the samples, which archives the engine and Jackson only.
# CLAIMDIFF_CDS=0 skips it. Not for the .deb yet: the archive is tied to the jar paths it was
# made with, and the .deb installs under /usr/lib/claimdiff.
app_cds() {
  local app=$1 cfg="$1/lib/app/$(basename "$1").cfg" jsa="$1/lib/app/app.jsa"
  local launcher="$1/bin/$(basename "$1")"
  [ -f "$cfg" ] && [ -f "$app/lib/runtime/lib/server/classes.jsa" ] || {
    echo "build.sh: no launcher config or base CDS archive; app-image without AppCDS" >&2; return 0; }
  cp "$cfg" "$cfg.orig"
  # $APPDIR is expanded by the jpackage launcher to the app-image's lib/app
  printf '%s\n' 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/app.jsa' >> "$cfg"
  local samples=("$PWD"/sample-articles/*.txt) how
  if [ -n "${DISPLAY:-}" ]; then
    how="--startup-report"; "$launcher" --startup-report "${samples[@]}" >/dev/null 2>&1 || true
  elif command -v xvfb-run >/dev/null 2>&1; then
    how="--startup-report under xvfb-run"
    xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --startup-report "${samples[@]}" >/dev/null 2>&1 || true
  fi
  if [ ! -s "$jsa" ]; then
    how="analyze --json"; "$launcher" analyze --json "${samples[@]}" >/dev/null 2>&1 || true
  fi
  mv "$cfg.orig" "$cfg"
  if [ -s "$jsa" ]; then
    # -Xshare:auto: should the archive not match (another JDK build, moved jars), start without it
    printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa' 'java-options=-Xshare:auto' \
      'java-options=-Xlog:cds=off' 'java-options=-Xlog:cds+dynamic=off' >> "$cfg"
    echo "build.sh: AppCDS archive $(du -sh "$jsa" | cut -f1) from a training run ($how)"
  else
    rm -f "$jsa"
    echo "build.sh: the AppCDS training run wrote no archive; app-image without AppCDS" >&2
  fi
}

built=()
for kind in app-image tar deb msi dmg; do   # in this order, whatever the order asked
  wants "$kind" || continue
  case "$kind" in
    app-image)
      dest=target/jpackage
      jpackage app-image @packaging/$os.args
      name=$(sed -n 's/^--name *//p' "packaging/$os.args" | tr -d '"\r')
      if [ "$os" = linux ] && [ "${CLAIMDIFF_CDS:-1}" = 1 ]; then app_cds "target/jpackage/$name"; fi
      if [ "$os" = macos ]; then built+=("target/jpackage/$name.app"); else built+=("target/jpackage/$name"); fi ;;
    tar)
      [ "$os" = linux ] || { echo "build.sh: tar only on Linux" >&2; exit 2; }
      archive="target/installer/claimdiff-$app_version-linux-$(uname -m).tar.gz"
      rm -f target/installer/claimdiff-*.tar.gz
      echo "build.sh: $archive"
      tar -C target/jpackage -czf "$archive" claimdiff
      built+=("$archive") ;;
    deb)
      [ "$os" = linux ] || { echo "build.sh: .deb only on Linux" >&2; exit 2; }
      for tool in dpkg-deb fakeroot; do command -v $tool >/dev/null || {
        echo "build.sh: $tool missing (apt-get install dpkg-dev fakeroot)" >&2; exit 1; }; done
      dest=target/installer
      rm -f target/installer/*.deb
      jpackage deb @packaging/linux.args @packaging/linux-deb.args
      built+=(target/installer/*.deb) ;;
    msi)
      [ "$os" = windows ] || { echo "build.sh: .msi only on Windows" >&2; exit 2; }
      dest=target/installer
      rm -f target/installer/*.msi
      jpackage msi @packaging/windows.args
      built+=(target/installer/*.msi) ;;
    dmg)
      [ "$os" = macos ] || { echo "build.sh: .dmg only on macOS" >&2; exit 2; }
      dest=target/installer
      rm -f target/installer/*.dmg
      jpackage dmg @packaging/macos.args
      built+=(target/installer/*.dmg) ;;
  esac
done

echo "build.sh: done"
for f in "${built[@]}"; do
  [ -e "$f" ] && echo "  $(du -sh "$f" | cut -f1)  ${f%/}"
done
exit 0
