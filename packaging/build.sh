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

# --- OpenNLP, trimmed to its part-of-speech tagger ---------------------------------------------
# The app uses only OpenNLP's tagger (ADR 0007); the rest of opennlp-tools (formats, command line,
# parser, name finder, stemmers, ...) is 1 MB of its 1.4 MB, and the app-image must stay under
# 100 MB. Only the staged copy is trimmed: Maven, the tests and `java -jar target/claimdiff.jar`
# keep the full jar. Trimmed before jpackage, so the app-image, its .tar.gz, the .deb and the
# AppCDS archive (which records each jar's size and time) all have the same jar. The kept packages
# are those the tagger and its model load, util/featuregen reflectively from the model's
# descriptor. A trimmed jar must give the samples' analysis byte for byte, or the full jar ships.
trim_opennlp() {
  local jar=$1 work=target/jpackage/opennlp-trim p full="$PWD/$1"
  local keep=" postag ml util dictionary ngram log commons monitoring models "
  rm -rf "$work"; mkdir -p "$work/x"
  (cd "$work/x" && "$bin/jar" xf "$full") || return 1
  [ -d "$work/x/opennlp/tools/postag" ] && [ -f "$work/x/META-INF/MANIFEST.MF" ] || return 1
  for p in "$work/x/opennlp/tools"/*/; do
    case "$keep" in *" $(basename "$p") "*) ;; *) rm -rf "$p" ;; esac
  done
  # its Main-Class is the command line, which is gone
  grep -v '^Main-Class:' "$work/x/META-INF/MANIFEST.MF" > "$work/MANIFEST.MF" || return 1
  rm "$work/x/META-INF/MANIFEST.MF" || return 1
  "$bin/jar" --create --file "$work/trimmed.jar" --manifest "$work/MANIFEST.MF" -C "$work/x" . || return 1
  cp "$work/trimmed.jar" "$jar" || return 1
  local samples=(sample-articles/*.txt)
  "$bin/java" -jar target/claimdiff.jar analyze --json "${samples[@]}" > "$work/full.out" 2>&1 || return 1
  "$bin/java" -jar target/jpackage/input/claimdiff.jar analyze --json "${samples[@]}" \
    > "$work/trimmed.out" 2>&1 || return 1
  cmp -s "$work/full.out" "$work/trimmed.out"
}
for jar in target/jpackage/input/lib/opennlp-tools-*.jar; do
  [ -f "$jar" ] || continue
  full_size=$(du -h "$jar" | cut -f1)
  if trim_opennlp "$jar"; then
    echo "build.sh: $(basename "$jar") trimmed to the tagger's packages: $full_size -> $(du -h "$jar" | cut -f1)"
    rm -rf target/jpackage/opennlp-trim/x
  else
    cp "target/lib/$(basename "$jar")" "$jar"
    echo "build.sh: trimming $(basename "$jar") failed (see target/jpackage/opennlp-trim/); the full jar ships" >&2
  fi
done

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
# only used with heaps over 32 GB (no compressed oops): 12 MB the installers can do without
rm -f target/jpackage/runtime/lib/server/classes_nocoops.jsa
# The JDK's native libraries come with their symbol tables (4 MB of libjvm.so's 24 MB): stripped,
# the app-image has room for the archived lambdas below. Only crash logs lose function names.
if command -v strip >/dev/null 2>&1; then
  find target/jpackage/runtime/lib -name '*.so' -exec strip --strip-unneeded {} +
else
  echo "build.sh: no strip (binutils); the runtime keeps its native symbol tables" >&2
fi

# --- jpackage ------------------------------------------------------------------------------------
jpackage() {
  echo "build.sh: jpackage --type $1"
  "$bin/jpackage" --type "$1" @packaging/common.args "${@:2}" \
    --app-version "$app_version" --dest "$dest"
}
# AppCDS (Linux app-image). A training run of the launcher lists the classes the start-up loads
# (--startup-report on the samples under xvfb-run or $DISPLAY; without a display `analyze --json`,
# which covers the engine and Jackson only). Those from the app's own jars (ClaimDiff, JavaFX,
# RichTextFX, Jackson, ...: the ones the JVM must verify, the costly part) go into a static
# archive lib/app/app.jsa, which the launcher maps with -XX:SharedArchiveFile. It replaces the
# runtime's base archive in the app-image, so that the app-image stays under 100 MB. An archive
# is tied to the absolute paths of the jars it was made with: moved elsewhere, the app starts
# without it (-Xshare:auto, its warning silenced). CLAIMDIFF_CDS=0 skips this step.
app_cds() {
  local app=$1 name; name=$(basename "$1")
  local cfg="$app/lib/app/$name.cfg" launcher="$app/bin/$name" work=target/jpackage/cds
  local appdir; appdir=$(cd "$app/lib/app" && pwd -P)
  [ -f "$cfg" ] || { echo "build.sh: no $cfg; app-image without AppCDS" >&2; return 0; }
  rm -rf "$work"; mkdir -p "$work"
  cp "$cfg" "$work/cfg.orig"
  printf '%s\n' "java-options=-XX:DumpLoadedClassList=$PWD/$work/loaded.lst" >> "$cfg"
  local samples=("$PWD"/sample-articles/*.txt) how
  if [ -n "${DISPLAY:-}" ]; then
    how="--startup-report"; "$launcher" --startup-report "${samples[@]}" >/dev/null 2>&1 || true
  elif command -v xvfb-run >/dev/null 2>&1; then
    how="--startup-report under xvfb-run"
    xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --startup-report "${samples[@]}" >/dev/null 2>&1 || true
  fi
  if ! grep -q '^io/claimdiff/ui/' "$work/loaded.lst" 2>/dev/null; then
    how="analyze --json"; "$launcher" analyze --json "${samples[@]}" >/dev/null 2>&1 || true
  fi
  cp "$work/cfg.orig" "$cfg"
  # classes in the app's jars (multi-release versions folded), in the order the training loaded them
  for jar in "$app"/lib/app/*.jar "$app"/lib/app/lib/*.jar; do
    "$bin/jar" tf "$jar" | sed -n 's#^\(META-INF/versions/[0-9]*/\)\{0,1\}\(.*\)\.class$#\2#p'
  done | grep -v 'module-info' | sort -u > "$work/jars.lst"
  grep -v '^#' "$work/loaded.lst" 2>/dev/null | grep -v '@' | grep -xFf "$work/jars.lst" > "$work/archive.lst" || true
  # and the lambdas the start-up made in those classes, with the JDK's method-handle holders they
  # use: archived, ~1,700 lambda classes are not generated again at every start (first frame
  # ~0.1 s sooner, ADR 0006). After the classes, whose lambdas they are.
  # Only with classes to go with them (awk's NR == FNR would also misread an empty first file).
  if [ -s "$work/archive.lst" ]; then
    { awk 'NR == FNR { ours[$1]; next } /^@lambda-proxy / && ($2 in ours)' "$work/archive.lst" "$work/loaded.lst"
      grep '^@lambda-form-invoker ' "$work/loaded.lst"; } > "$work/lambdas.lst" 2>/dev/null || true
    cat "$work/lambdas.lst" >> "$work/archive.lst"
  fi
  local classpath
  classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$appdir#" | paste -sd: -)
  if [ -s "$work/archive.lst" ] && "$app/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/archive.lst" \
      -XX:SharedArchiveFile="$appdir/app.jsa" -cp "$classpath" > "$work/dump.log" 2>&1; then
    rm -f "$app/lib/runtime/lib/server/classes.jsa"
    printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa' 'java-options=-Xshare:auto' \
      'java-options=-Xlog:cds=off' >> "$cfg"
    echo "build.sh: AppCDS archive of $(grep -vc '^@' "$work/archive.lst") classes and" \
      "$(grep -c '^@' "$work/archive.lst") lambda entries, $(du -sh "$appdir/app.jsa" | cut -f1)," \
      "from a training run ($how)"
  else
    rm -f "$appdir/app.jsa"
    echo "build.sh: no AppCDS archive (training or dump failed, see $work/); app-image without it" >&2
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
      # without the AppCDS archive: it names this machine's jar paths, so unpacked anywhere else
      # the JVM would refuse it (silently, -Xshare:auto) after downloading 38 MB for nothing
      tar -C target/jpackage --exclude=claimdiff/lib/app/app.jsa -czf "$archive" claimdiff
      built+=("$archive") ;;
    deb)
      [ "$os" = linux ] || { echo "build.sh: .deb only on Linux" >&2; exit 2; }
      for tool in dpkg-deb fakeroot; do command -v $tool >/dev/null || {
        echo "build.sh: $tool missing (apt-get install dpkg-dev fakeroot)" >&2; exit 1; }; done
      dest=target/installer
      rm -f target/installer/*.deb
      # AppCDS for the installed app: an archive holds the absolute paths of the jars it was made
      # from, so the .deb ships the app-image training run's class list (JDK classes and lambda
      # forms included) and its postinst makes lib/app/app.jsa from it where the jars now lie.
      classlist=target/jpackage/input/claimdiff.classlist
      rm -f "$classlist"
      if [ "${CLAIMDIFF_CDS:-1}" = 1 ] && [ -s target/jpackage/cds/loaded.lst ]; then
        cp target/jpackage/cds/loaded.lst "$classlist"
        echo "build.sh: .deb ships a class list of $(grep -vc '^[#@]' "$classlist") classes for its AppCDS archive"
      else
        echo "build.sh: no class list from an app-image training run; the .deb starts without AppCDS" >&2
      fi
      jpackage deb @packaging/linux.args @packaging/linux-deb.args
      rm -f "$classlist"
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
