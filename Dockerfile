# The pill identifier as a container: build with Maven, run the Quarkus fast-jar on a slim
# Java 17 runtime as a non-root user. Configuration comes from the environment (README:
# Configuration; k8s/ sets it from a ConfigMap and Secrets).
#   docker build -t pill-identifier:0.1.0 .
#   docker run -p 8080:8080 -p 9000:9000 -e PILLID_DB_URL=jdbc:postgresql://db:5432/pills pill-identifier:0.1.0

FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies first, so that a change to the sources does not download them again.
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY data data
RUN ./mvnw -B -q package -DskipTests

FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21
# A fixed 512 MiB heap, not a share of the container's memory: k8s/base/deployment.yaml sizes the
# container's memory for this heap plus what the JVM holds beside it (docs/operations.md, Memory).
# An OutOfMemoryError ends the process, so that the orchestrator restarts it, rather than leaving
# a process whose threads died but which still holds its port.
ENV LANGUAGE='en_US:en' \
    JAVA_OPTS_APPEND="-Xms512m -Xmx512m -XX:+ExitOnOutOfMemoryError -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_APP_JAR="/deployments/quarkus-run.jar" \
    PILLID_IMPORTS_WORK_DIR=/tmp/pillid-imports
# Only the fast-jar: its libraries, the runner, the application and Quarkus' generated classes.
COPY --from=build --chown=185 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185 /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185 /build/target/quarkus-app/quarkus/ /deployments/quarkus/
# 8080: the API; 9000: health and metrics (the management interface).
EXPOSE 8080 9000
USER 185
ENTRYPOINT ["/opt/jboss/container/java/run/run-java.sh"]
