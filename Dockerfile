# Kalamela on the JVM: the Quarkus fast-jar (bootstrap/target/quarkus-app) on a Java 17 runtime.
# Build the jar first, then the image from the repository root (docs/operations.md, "Container"):
#   mvn -B package -DskipTests
#   docker build -t kalamela .
# Every setting comes from the environment (KALAMELA_*, docs/operations.md); nothing is baked in.

# Any image with a Java 17 or later runtime on PATH, bash and useradd (.ci/container builds a Debian one when no
# image can be pulled). Java 25 (eclipse-temurin:25-jre) for the AOT cache of STARTUP_ARCHIVE=auto below.
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

# The user the application runs as (not root). Group 0 so that platforms that pick an arbitrary user id
# (OpenShift) can still write the data folder.
ARG APP_UID=185

# The data folder holds what must outlive the container: uploaded files (payment proofs) and, only when
# KALAMELA_JWT_GENERATE_DEV_KEYS=true, a generated key pair. Mount a volume on it.
RUN useradd --system --uid "${APP_UID}" --gid 0 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin kalamela \
    && mkdir -p /deployments /var/lib/kalamela/uploads /var/lib/kalamela/keys \
    && chown -R "${APP_UID}:0" /var/lib/kalamela && chmod -R g=u /var/lib/kalamela

WORKDIR /deployments
# The fast-jar layout, least often changing first: the dependencies, then Quarkus' generated classes, then ours.
COPY --chown=${APP_UID}:0 bootstrap/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=${APP_UID}:0 bootstrap/target/quarkus-app/quarkus-run.jar /deployments/quarkus-run.jar
COPY --chown=${APP_UID}:0 bootstrap/target/quarkus-app/quarkus/ /deployments/quarkus/
COPY --chown=${APP_UID}:0 bootstrap/target/quarkus-app/app/ /deployments/app/
COPY docker/ready-probe /usr/local/bin/kalamela-ready-probe

# The JVM start-up archive, made here with this image's JVM by a training start against a scratch database
# (docker/startup-archive): STARTUP_ARCHIVE=auto is the AOT cache on Java 25 and later, AppCDS before; none
# (the default) leaves it out. It belongs to root: the application only reads it.
ARG STARTUP_ARCHIVE=none
ARG TRAINING_DB_URL=
COPY docker/startup-archive /usr/local/bin/kalamela-startup-archive
RUN TRAINING_DB_URL="${TRAINING_DB_URL}" /usr/local/bin/kalamela-startup-archive "${STARTUP_ARCHIVE}"

ENV KALAMELA_UPLOAD_DIR=/var/lib/kalamela/uploads \
    KALAMELA_JWT_DEV_KEY_DIR=/var/lib/kalamela/keys \
    KALAMELA_HTTP_PORT=8080 \
    KALAMELA_MANAGEMENT_PORT=9000 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
VOLUME /var/lib/kalamela

USER ${APP_UID}
# 8080: the API (publish it); 9000: health and metrics (keep it on the container network).
EXPOSE 8080 9000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD ["/usr/local/bin/kalamela-ready-probe"]

# Arguments after the image name are passed to the jar: a job such as "assign-chest-numbers 2026".
ENTRYPOINT ["/bin/sh", "-c", "exec java $(cat /deployments/jvm-startup.opts) $JAVA_OPTS -jar /deployments/quarkus-run.jar \"$@\"", "kalamela"]
