#!/usr/bin/env bash
# Makes the local base images the Dockerfile can build on when no container registry is
# reachable (CI, air-gapped machines). Nothing is pulled: Debian comes from the apt mirror this
# machine already uses, Java from the JDK 25 installed on it.
#
#   stash2plex/debian-minbase:bookworm  debootstrap --variant=minbase, docs/caches removed
#   stash2plex/runtime-base:25          + a jlink'd Java 25 runtime in /opt/java/openjdk; no setuid or
#                                       setgid program, no shell, no package manager, no perl
#   stash2plex/build-base:25            + the full JDK 25 in /opt/java/openjdk (for ./mvnw)
#
# Usage:  sudo docker/base-images.sh [--force]
# An image that already exists (made from the same Java version) is kept; --force remakes all.
# Overrides: S2P_RUNTIME_BASE_IMAGE, S2P_BUILD_BASE_IMAGE, S2P_DEBIAN_MIRROR, JAVA_HOME.
# Then build with:
#   docker build --build-arg S2P_BUILD_BASE_IMAGE=stash2plex/build-base:25 \
#                --build-arg S2P_RUNTIME_BASE_IMAGE=stash2plex/runtime-base:25 .
set -euo pipefail

readonly SUITE=bookworm
readonly MINBASE_IMAGE=stash2plex/debian-minbase:$SUITE
readonly RUNTIME_IMAGE=${S2P_RUNTIME_BASE_IMAGE:-stash2plex/runtime-base:25}
readonly BUILD_IMAGE=${S2P_BUILD_BASE_IMAGE:-stash2plex/build-base:25}
# The Java modules the provider needs (jdeps over provider.jar + lib/, then checked by running it).
readonly RUNTIME_MODULES=java.base,java.net.http,java.logging,java.naming,java.management,java.sql,java.xml,jdk.crypto.ec,jdk.unsupported
readonly IMAGE_PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
readonly VERSION_LABEL=dev.stash2plex.java.version
# Bumped whenever the runtime image's recipe changes, so an image made by an older version of this
# script is remade even when the Java version is the same.
readonly RECIPE_LABEL=dev.stash2plex.base.recipe
readonly RUNTIME_RECIPE=2

force=false
[[ ${1:-} == --force ]] && force=true

say() { printf '[base-images] %s\n' "$*"; }
die() { printf '[base-images] ERROR: %s\n' "$*" >&2; exit 1; }

# A JDK 25 with jlink: $JAVA_HOME when it is one, else the first under /usr/lib/jvm.
find_jdk25() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [[ -n $candidate && -x $candidate/bin/jlink && -r $candidate/release ]] || continue
    grep -q '^JAVA_VERSION="25' "$candidate/release" && { echo "${candidate%/}"; return 0; }
  done
  return 1
}

# The Debian mirror apt already uses for $SUITE (one-line .list or deb822 .sources files).
debian_mirror() {
  [[ -n ${S2P_DEBIAN_MIRROR:-} ]] && { echo "$S2P_DEBIAN_MIRROR"; return; }
  local file uri
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -r $file ]] || continue
    uri=$(awk -v suite="$SUITE" '$1 == "deb" {
            i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
            if ($(i + 1) == suite) { print $i; exit } }' "$file")
    [[ -n $uri ]] && { echo "$uri"; return; }
  done
  for file in /etc/apt/sources.list.d/*.sources; do
    [[ -r $file ]] || continue
    uri=$(awk -v suite="$SUITE" 'BEGIN { RS = "" } {
            types = uris = suites = enabled = ""
            n = split($0, line, "\n")
            for (i = 1; i <= n; i++) {
              if (line[i] ~ /^Types:/) types = line[i]
              else if (line[i] ~ /^URIs:/) uris = line[i]
              else if (line[i] ~ /^Suites:/) suites = line[i]
              else if (line[i] ~ /^Enabled:/) enabled = line[i]
            }
            if (enabled ~ /no/ || types !~ /[ \t]deb([ \t]|$)/) next
            if ((suites " ") !~ ("[ \t]" suite "[ \t]")) next
            split(uris, u, /[ \t]+/); print u[2]; exit }' "$file")
    [[ -n $uri ]] && { echo "$uri"; return; }
  done
  echo http://deb.debian.org/debian
}

image_java_version() {
  docker image inspect -f "{{ index .Config.Labels \"$VERSION_LABEL\" }}" "$1" 2>/dev/null || true
}

up_to_date() {
  ! $force && [[ $(image_java_version "$1") == "$java_version" ]]
}

image_recipe() {
  docker image inspect -f "{{ index .Config.Labels \"$RECIPE_LABEL\" }}" "$1" 2>/dev/null || true
}

runtime_up_to_date() {
  up_to_date "$RUNTIME_IMAGE" && [[ $(image_recipe "$RUNTIME_IMAGE") == "$RUNTIME_RECIPE" ]]
}

size_mb() {
  docker image inspect -f '{{ .Size }}' "$1" | awk '{ printf "%.0f MB", $1 / 1000 / 1000 }'
}

# Builds FROM the minbase image with a Java tree copied to /opt/java/openjdk; $4, if given, holds
# the last lines of its Dockerfile.
build_java_image() {
  local name=$1 java_tree=$2 kind=$3 last_lines=${4:-}
  if ! DOCKER_BUILDKIT=0 docker build -q --force-rm -t "$name" -f - "$java_tree/.." >"$work/build.log" 2>&1 <<EOF; then
FROM $MINBASE_IMAGE
COPY ${java_tree##*/}/ /opt/java/openjdk/
ENV JAVA_HOME=/opt/java/openjdk PATH=$IMAGE_PATH LANG=C.UTF-8
LABEL $VERSION_LABEL="$java_version" dev.stash2plex.base="$kind"
$last_lines
EOF
    cat "$work/build.log" >&2
    die "docker build of $name failed"
  fi
}

# The runtime image keeps what running Java needs, plus coreutils and findutils (the Dockerfile's
# RUN uses find and chmod; the tests use cat, stat, touch, id). Gone: every setuid/setgid bit (su,
# passwd, mount… can never raise privileges), the shells, apt, dpkg, debconf and perl: nothing is
# installed or scripted at run time. The shell removes itself last; the files stay in the minbase
# layer, but no container sees them. CMD: the minbase image's ["bash"] names a program that is gone.
runtime_hardening() {
  cat <<'EOF'
RUN find / -xdev -type f -perm /6000 -exec chmod ug-s {} + \
 && rm -rf /etc/apt /etc/dpkg /usr/lib/apt /usr/lib/dpkg /var/lib/apt /var/lib/dpkg /var/cache/apt \
      /var/cache/debconf /usr/share/debconf /usr/share/perl5 /usr/lib/*-linux-gnu/perl-base \
      /usr/lib/*-linux-gnu/libapt-* /usr/bin/apt* /usr/bin/dpkg* /usr/bin/debconf* /usr/sbin/dpkg* \
      /usr/bin/perl* /usr/bin/bash /usr/bin/rbash /usr/bin/bashbug /usr/bin/dash /usr/bin/sh
CMD ["java", "-version"]
EOF
  echo "LABEL $RECIPE_LABEL=\"$RUNTIME_RECIPE\""
}

make_minbase() {
  local mirror root=$work/rootfs
  mirror=$(debian_mirror)
  say "debootstrap --variant=minbase $SUITE from $mirror"
  if ! debootstrap --variant=minbase --components=main "$SUITE" "$root" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -n 30 "$work/debootstrap.log" >&2
    die "debootstrap failed (log above)"
  fi
  # What a container never needs: package caches and lists, docs (copyright kept), man, locales.
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/*.bin "$root"/var/lib/apt/lists/* \
         "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/* "$root"/var/log/*
  find "$root/usr/share/doc" -type f ! -name copyright -delete
  : >"$root/etc/resolv.conf"; : >"$root/etc/hostname"
  tar -C "$root" -c . | docker import \
      --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
      --change 'CMD ["bash"]' - "$MINBASE_IMAGE" >/dev/null
  rm -rf "$root"
}

[[ $EUID -eq 0 ]] || die "run as root (debootstrap needs it): sudo $0"
command -v docker >/dev/null && docker info >/dev/null 2>&1 || die "no Docker engine answers 'docker info'"
jdk=$(find_jdk25) || die "no JDK 25 found (set JAVA_HOME or install one under /usr/lib/jvm)"
java_version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$jdk/release")
say "JDK $java_version at $jdk"

if runtime_up_to_date && up_to_date "$BUILD_IMAGE"; then
  say "$RUNTIME_IMAGE ($(size_mb "$RUNTIME_IMAGE")) and $BUILD_IMAGE ($(size_mb "$BUILD_IMAGE")) exist; nothing to do"
  exit 0
fi

command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
work=$(mktemp -d /var/tmp/stash2plex-base.XXXXXX)
trap 'rm -rf "$work"' EXIT
started=$SECONDS

if $force || ! docker image inspect "$MINBASE_IMAGE" >/dev/null 2>&1; then
  make_minbase
  say "$MINBASE_IMAGE: $(size_mb "$MINBASE_IMAGE") ($((SECONDS - started)) s)"
fi

if ! runtime_up_to_date; then
  step=$SECONDS
  # --generate-cds-archive: class data sharing, so the JVM (and the health check) start fast;
  # the no-compressed-oops archive is for heaps over 32 GB and is dropped.
  "$jdk/bin/jlink" --add-modules "$RUNTIME_MODULES" --strip-debug --no-man-pages --no-header-files \
      --compress=zip-6 --generate-cds-archive --output "$work/java" >"$work/jlink.log" 2>&1 \
      || { cat "$work/jlink.log" >&2; die "jlink failed"; }
  rm -f "$work/java/lib/server/classes_nocoops.jsa"
  build_java_image "$RUNTIME_IMAGE" "$work/java" runtime "$(runtime_hardening)"
  rm -rf "$work/java"
  say "$RUNTIME_IMAGE: $(size_mb "$RUNTIME_IMAGE") ($((SECONDS - step)) s)"
fi

if ! up_to_date "$BUILD_IMAGE"; then
  step=$SECONDS
  # -L: the JDK's cacerts is a symlink into the host's trust store; copy the file itself, so
  # Maven inside the build trusts what the host's Maven trusts (TLS proxies included).
  mkdir "$work/jdk"
  cp -rL "$jdk/." "$work/jdk/"
  rm -rf "$work/jdk/lib/src.zip" "$work/jdk/man" "$work/jdk/demo"
  build_java_image "$BUILD_IMAGE" "$work/jdk" build
  rm -rf "$work/jdk"
  say "$BUILD_IMAGE: $(size_mb "$BUILD_IMAGE") ($((SECONDS - step)) s)"
fi

say "done in $((SECONDS - started)) s"
