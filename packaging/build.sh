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

# --- libraries trimmed to the packages the app reaches --------------------------------------------
# The app-image must stay under 100 MB, and two libraries are mostly code the app never runs:
# OpenNLP, of which it uses the part-of-speech tagger (ADR 0007), and ControlsFX, of which it uses
# NotificationPane and TextFields' autocompletion. Only the staged copies are trimmed: Maven, the
# tests and `java -jar target/claimdiff.jar` keep the full jars. Trimmed before jpackage, so the
# app-image, its .tar.gz, the .deb and the AppCDS archive (which records each jar's size and time)
# all have the same jars. A trimmed jar keeps whole packages, the listed ones: every package that
# holds a class reachable from the app's classes (and from the classes the tagger's model names,
# which OpenNLP loads reflectively), with that package's resources. It ships only if
#  - every class of the full jar that is reachable (jdeps -verbose:class, transitively) from the
#    app's classes and the model's class names is still in the staged jars, and
#  - `analyze --json` on the samples gives byte for byte what the full jars give;
# if that or any step fails, build.sh says so and the full jar ships (work files in target/jpackage/trim/).
trim=target/jpackage/trim
rm -rf "$trim"; mkdir -p "$trim"
# the classes the tagger's model names (its factory, its feature generators): loaded reflectively
model_classes() {
  local jar m b; mkdir -p "$trim/model"
  for jar in target/jpackage/input/lib/opennlp-models-*.jar; do
    [ -f "$jar" ] || continue
    m="$PWD/$jar"
    (cd "$trim/model" && "$bin/jar" xf "$m" && for b in *.bin; do
       "$bin/jar" xf "$b" generator.featuregen manifest.properties || exit 1
       grep -ho 'opennlp\.tools\.[A-Za-z0-9_.$]*' generator.featuregen manifest.properties || exit 1
     done) || return 1
  done
}
# reach_check FULLJAR: prints and fails on the classes of FULLJAR that are reachable from the app's
# classes (and the model's) but in none of the staged jars
reach_check() {
  local full=$1 roots
  roots=$(model_classes | sort -u | paste -sd' ' -) || return 1
  "$bin/jar" tf "$full" | sed -n 's#^\(META-INF/versions/[0-9]*/\)\{0,1\}\(.*\)\.class$#\2#p' | tr / . \
    | sort -u > "$trim/full-classes.lst"
  "$bin/jdeps" -verbose:class -filter:none --multi-release 17 --ignore-missing-deps \
    target/jpackage/input/claimdiff.jar target/jpackage/input/lib/*.jar > "$trim/jdeps.txt" 2>&1 || return 1
  # the classes reachable from the app's and the model's that no staged jar has (JDK classes too:
  # jdeps lists only the staged jars' classes on the left, versioned ones as NN/name)
  awk -v extra="$roots" '
    /^   [^ ]+ +-> [^ ]+ / { c = $1; sub(/^[0-9]+\//, "", c); e[c] = e[c] " " $3; if (c ~ /^io\.claimdiff\./) seen[c] }
    END { n = 0; for (c in seen) q[++n] = c
          k = split(extra, x, " "); for (j = 1; j <= k; j++) if (!(x[j] in seen)) { seen[x[j]]; q[++n] = x[j] }
          for (i = 1; i <= n; i++) {
            if (!(q[i] in e)) { print q[i]; continue }
            m = split(e[q[i]], t, " ")
            for (j = 1; j <= m; j++) if (!(t[j] in seen)) { seen[t[j]]; q[++n] = t[j] } }
          if (n < 1000) print "(only " n " classes reachable: did jdeps fail?)" }' "$trim/jdeps.txt" \
    | sort > "$trim/absent.lst"
  grep -xFf "$trim/full-classes.lst" "$trim/absent.lst" > "$trim/missing.lst" || true
  if [ -s "$trim/missing.lst" ] || grep -q '^(' "$trim/absent.lst"; then
    echo "build.sh: reachable from the app, but not in the trimmed jar:" >&2
    { cat "$trim/missing.lst"; grep '^(' "$trim/absent.lst"; } | head -20 | sed 's/^/  /' >&2
    return 1
  fi
}
# trim_jar JAR KEEP...: keeps the jar's files in the package folders KEEP and at its top level (but
# module-info.class, whose exports name the dropped packages) and META-INF/ (but the services of
# interfaces that are gone, and the manifest's Main-Class); drops the other packages' classes and
# resources. A file name after `drop:` is dropped too (a resource that only a dropped package loads).
trim_jar() {
  local jar=$1 x="$trim/x" full="$PWD/target/lib/${1##*/}" d f keep=" " drop=() mode=keep; shift
  for f in "$@"; do
    case "$f" in drop:) mode=drop ;; *) if [ $mode = keep ]; then keep+="$f "; else drop+=("$f"); fi ;; esac
  done
  rm -rf "$x"; mkdir -p "$x"
  (cd "$x" && "$bin/jar" xf "$full") || return 1
  [ -f "$x/META-INF/MANIFEST.MF" ] || return 1
  for f in $keep; do [ -d "$x/$f" ] || { echo "build.sh: $(basename "$jar") has no $f" >&2; return 1; }; done
  while IFS= read -r d; do
    d=${d#"$x"/}
    case "$d" in META-INF|META-INF/*) continue ;; esac
    case "$keep" in *" $d "*) continue ;; esac
    find "$x/$d" -maxdepth 1 -type f -delete || return 1
  done < <(find "$x" -mindepth 1 -type d)
  for f in ${drop[@]+"${drop[@]}"}; do rm "$x/$f" || return 1; done
  rm -f "$x/module-info.class" "$x"/META-INF/versions/*/module-info.class
  for f in "$x"/META-INF/services/*; do
    [ -f "$f" ] || continue
    [ -f "$x/$(basename "$f" | tr . /).class" ] || rm "$f"
  done
  find "$x" -type d -empty -delete
  grep -v '^Main-Class:' "$x/META-INF/MANIFEST.MF" > "$trim/MANIFEST.MF" || return 1
  rm "$x/META-INF/MANIFEST.MF" || return 1
  "$bin/jar" --create --file "$trim/trimmed.jar" --manifest "$trim/MANIFEST.MF" -C "$x" . || return 1
  cp "$trim/trimmed.jar" "$jar" || return 1
  reach_check "$full" || return 1
  local samples=(sample-articles/*.txt)
  if [ ! -s "$trim/full.out" ]; then
    "$bin/java" -jar target/claimdiff.jar analyze --json "${samples[@]}" > "$trim/full.out" 2>&1 || return 1
  fi
  "$bin/java" -jar target/jpackage/input/claimdiff.jar analyze --json "${samples[@]}" \
    > "$trim/trimmed.out" 2>&1 || return 1
  cmp -s "$trim/full.out" "$trim/trimmed.out"
}
trim_staged() {  # trim_staged GLOB WHAT KEEP...: trim_jar on each staged jar matching GLOB
  local glob=$1 what=$2 jar full_size; shift 2
  for jar in target/jpackage/input/lib/$glob; do
    [ -f "$jar" ] || continue
    full_size=$(du -h "$jar" | cut -f1)
    if trim_jar "$jar" "$@"; then
      echo "build.sh: $(basename "$jar") trimmed to $what: $full_size -> $(du -h "$jar" | cut -f1)"
      rm -rf "$trim/x"
    else
      cp "target/lib/$(basename "$jar")" "$jar"
      echo "build.sh: trimming $(basename "$jar") failed (see $trim/); the full jar ships" >&2
    fi
  done
}
# OpenNLP: the tagger, the model reader (maxent, perceptron, naive Bayes, quasi-Newton), the
# model's feature generators (util/featuregen); `cmdline` and `tokenize` for the few classes the
# tagger's training and POSSample reach (TrainingParameters -> CmdLineUtil, WhitespaceTokenizer).
# Gone: formats, the command line's tools, parser, namefind, chunker, sentdetect, stemmers, ...
trim_staged 'opennlp-tools-*.jar' "the tagger's packages" \
  opennlp/tools/{postag,cmdline,tokenize,commons,models,monitoring,ngram} \
  opennlp/tools/dictionary{,/serializer} opennlp/tools/ml{,/maxent,/maxent/io,/maxent/quasinewton,/model,/naivebayes,/perceptron} \
  opennlp/tools/util{,/ext,/featuregen,/jvm,/model}
# ControlsFX: NotificationPane and TextFields with what they reach (actions, the autocompletion
# popup, their skins, i18n). Gone: spreadsheet, tableview2, table, worldmap, dialog, glyphfont (and
# its FontAwesome font and service file), property editors, validation, decoration, ...; and the
# world map's data, org/controlsfx/control/worldmap-small.properties, which only the dropped
# impl/org/controlsfx/worldmap loads.
trim_staged 'controlsfx-*.jar' "NotificationPane's and TextFields' packages" \
  org/controlsfx/control{,/action,/textfield} org/controlsfx/tools \
  impl/org/controlsfx{,/autocompletion,/i18n,/skin} \
  drop: org/controlsfx/control/worldmap-small.properties

# --- a trimmed runtime ---------------------------------------------------------------------------
# The modules jdeps finds in the jar and every library (JavaFX included: it runs from the class
# path, so its needs - java.desktop via jdk.unsupported.desktop, jdk.unsupported, jdk.jfr - must be
# in the runtime). CLAIMDIFF_EXTRA_MODULES adds more (comma-separated), e.g. for a dependency that
# loads a module reflectively.
modules=$("$bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  target/jpackage/input/claimdiff.jar target/jpackage/input/lib/*.jar 2>/dev/null | tail -1)
[ -n "${CLAIMDIFF_EXTRA_MODULES:-}" ] && modules="$modules,$CLAIMDIFF_EXTRA_MODULES"
# java.net.http is jsoup's, for fetching pages (Jsoup.connect), which ClaimDiff never does: it only
# parses saved ones, and jsoup picks its HTTP client by reflection when a connection is made. Out,
# it frees 0.5 MB of the 100 MB budget. CLAIMDIFF_DROP_MODULES= (empty) keeps it.
for drop in $(echo "${CLAIMDIFF_DROP_MODULES-java.net.http}" | tr ',' ' '); do
  modules=$(echo "$modules" | tr ',' '\n' | grep -vx "$drop" | paste -sd, -)
done
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
  # Left out since PDF support (issue 18, ADR 0009): the 5.3 MB they take is what PDFBox needs under
  # the 100 MB budget, for ~0.1 s of first frame (docs/benchmarks.md). CLAIMDIFF_CDS_LAMBDAS=1 archives them.
  if [ -s "$work/archive.lst" ] && [ "${CLAIMDIFF_CDS_LAMBDAS:-0}" = 1 ]; then
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
