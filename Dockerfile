# Stash2Plex provider image. Two ways to fill it, one set of runtime settings (docs/container.md):
#
#   from source (default):  docker build .              compiles the provider with ./mvnw
#   from a built provider:  docker build --target from-prebuilt CONTEXT
#                           CONTEXT holds this Dockerfile plus provider/provider.jar,
#                           provider/lib/*.jar and provider/native/; no Maven and no JDK image
#                           is involved.
#
# Base images are build arguments: the defaults are public; tests and air-gapped machines pass
# local ones made by docker/base-images.sh. Only classic-builder syntax is used, so docker-java
# (the desktop app) and docker-compose 1.29 can build it as well as BuildKit.

# Empty means the public default written in the FROM line (docker-compose 1.29 passes an unset
# argument as an empty string, so the default cannot live in the ARG line).
ARG S2P_BUILD_BASE_IMAGE=
ARG S2P_RUNTIME_BASE_IMAGE=

# ---------------------------------------------------------------------------------------------
# data-dir: nothing but an empty /data, for the runtime stage to copy with the provider's owner.
# No RUN (a shell-less runtime base has no mkdir or chown) and no folder in the build context
# (git keeps no empty folder, and context archivers drop them).
FROM scratch AS data-dir
WORKDIR /data

# ---------------------------------------------------------------------------------------------
# runtime: every runtime setting, written once. It holds no provider files; the two stages
# that end this file (from-prebuilt, from-source) add /app/provider.jar, /app/lib/ and
# /app/native/ to it.
FROM ${S2P_RUNTIME_BASE_IMAGE:-eclipse-temurin:25-jre} AS runtime
# No setuid or setgid program: whatever the base ships (su, passwd, mount… in eclipse-temurin), none
# can raise a process's privileges, even where no-new-privileges is not set. Exec form, so the base
# needs no shell, only find and chmod (every Debian, Ubuntu, Alpine or UBI base has them; the local
# base made by docker/base-images.sh has no such program left, so this changes nothing there).
# As root, in case a base sets another user; the provider's user is set below.
USER 0:0
RUN ["find", "/", "-xdev", "-type", "f", "(", "-perm", "-4000", "-o", "-perm", "-2000", ")", "-exec", "chmod", "ug-s", "{}", "+"]
ARG S2P_VERSION=dev
LABEL org.opencontainers.image.title="Stash2Plex provider" \
      org.opencontainers.image.description="Plex custom metadata provider backed by Stash's GraphQL API" \
      org.opencontainers.image.version="${S2P_VERSION}" \
      dev.stash2plex.component="provider"
WORKDIR /app
# The writable data folder (S2P_DATA_DIR): the scene index lives here. Owned by the provider's
# user, so a new named volume mounted on it takes that owner (Docker copies it into the volume).
# No VOLUME: compose and the desktop app mount their own, and an image VOLUME would leave an
# anonymous volume behind every `docker run`. Without a mount it sits on the read-only root.
COPY --from=data-dir --chown=10001:10001 /data /data
# A numeric user needs no passwd entry, so this works on any base. The desktop app runs the
# container as this user or as the owner of the folders it mounts, never as the host's root
# (docs/container.md#the-user).
USER 10001:10001
EXPOSE 9090
# A JVM of its own (no curl/wget in the image); cheap: client compiler, class data sharing,
# no perf-data file (the root filesystem may be read-only), a small heap, the port read from the
# environment: about 0.08 s of CPU a check. Every 5 s, so Docker says "healthy" about 5 s after the
# start (the provider answers in 1-2 s) at 1.6 % of one core. --start-interval (a faster pace only
# while starting) would be better but needs Docker Engine 25: older engines refuse the Dockerfile.
HEALTHCHECK --interval=5s --timeout=5s --start-period=30s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:-UsePerfData", "-XX:+UseSerialGC", "-Xmx16m", \
         "-cp", "/app/provider.jar", "dev.stash2plex.provider.health.HealthCheckCommand"]
# Exec form: java is PID 1 and gets SIGTERM from `docker stop` directly. Nothing is written to
# the filesystem outside /data; extra JVM options go in JAVA_TOOL_OPTIONS.
# Heap: 25 % of the container's memory limit (compose and the desktop app set 512 MiB: a 128 MiB
# heap, which the index benchmark measured enough for 100,000 scenes: docs/benchmarks.md), leaving
# the rest for what is not heap: metaspace and code cache, thread stacks, SQLite's page cache,
# Jetty's direct buffers, the AOT cache's mapped classes, and the health check's own small JVM.
# The serial collector is what the JVM picks by itself under a 512 MiB limit; written down so the
# AOT cache (recorded with it, below) always matches.
# -XX:AOTCache: the classes (loaded and linked) and method profiles the build's training run
# recorded (JEP 483/514/515): the provider answers /health in about half the time. Here, not in
# JAVA_TOOL_OPTIONS, which the health check's JVM reads too. A cache that does not match (another
# JVM, a changed jar) is ignored with a warning and the provider starts as without it.
ENTRYPOINT ["java", "-XX:-UsePerfData", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=25", "-XX:+ExitOnOutOfMemoryError", \
            "-XX:AOTCache=/app/provider.aot", "-jar", "/app/provider.jar"]

# ---------------------------------------------------------------------------------------------
# from-prebuilt: the provider Maven already built, taken from the context. Used with
# --target from-prebuilt (the desktop app). It comes before the Maven stage because the classic
# builder runs every stage up to its target; in the repository context this stage is built
# too, as a throw-away, and copies only what .dockerignore lets through.
FROM runtime AS from-prebuilt
COPY provider/ /app/
# The AOT cache: a training run of the provider against a one-scene Stash on loopback (no network;
# dev.stash2plex.provider.training.AotTraining), whose JVM writes /app/provider.aot at exit. Same
# java, same class path and collector as the ENTRYPOINT, or the cache would not be used. As root:
# /app is root's, and the cache stays read-only for the provider's user.
# In the repository context this throw-away stage holds no provider.jar, and a plain RUN java would
# fail the source build; so, without a shell, find runs the training only where the jar is, and
# "! -exec … ; -exec false {} +" turns a failed training into find's exit code (only the "+" form
# of -exec passes one on), so a broken training still fails the build.
USER 0:0
RUN ["find", "/app", "-maxdepth", "1", "-name", "provider.jar", "!", "-exec", \
     "java", "-XX:AOTCacheOutput=/app/provider.aot", "-Xlog:aot=error", "-XX:-UsePerfData", "-XX:+UseSerialGC", \
     "-cp", "/app/provider.jar", "dev.stash2plex.provider.training.AotTraining", ";", "-exec", "false", "{}", "+"]
USER 10001:10001

# ---------------------------------------------------------------------------------------------
# maven-build: compiles the provider from source. Poms first, so the dependency download is a
# cached layer that only a pom change invalidates. Every module pom of the reactor must be
# copied here (Maven reads them all even with -pl).
FROM ${S2P_BUILD_BASE_IMAGE:-eclipse-temurin:25-jdk} AS maven-build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY core/pom.xml core/
COPY provider/pom.xml provider/
COPY app/pom.xml app/
RUN ./mvnw -B -q -ntp -pl provider -am dependency:go-offline
COPY core/src/main/ core/src/main/
COPY provider/src/ provider/src/
RUN ./mvnw -B -q -ntp -pl provider -am package -DskipTests

# ---------------------------------------------------------------------------------------------
# from-source: the default result. Native libraries, libraries and the provider jar are separate
# layers, so a code change ships a small layer.
FROM runtime AS from-source
COPY --from=maven-build /src/provider/target/native/ /app/native/
COPY --from=maven-build /src/provider/target/lib/ /app/lib/
COPY --from=maven-build /src/provider/target/provider.jar /app/
# The AOT cache: a training run of the provider against a one-scene Stash on loopback (no network;
# dev.stash2plex.provider.training.AotTraining), whose JVM writes /app/provider.aot at exit. Same
# java, same class path and collector as the ENTRYPOINT, or the cache would not be used. As root:
# /app is root's, and the cache stays read-only for the provider's user.
USER 0:0
RUN ["java", "-XX:AOTCacheOutput=/app/provider.aot", "-Xlog:aot=error", "-XX:-UsePerfData", "-XX:+UseSerialGC", \
     "-cp", "/app/provider.jar", "dev.stash2plex.provider.training.AotTraining"]
USER 10001:10001
