package dev.pillid.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pillid.config.PillIdConfig;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Docker engine or cluster runs here, so the deployment files are checked by reading them:
 * every Kubernetes manifest parses; probes ask the management interface's port, which the
 * Service leaves out and the NetworkPolicy lets in; ports are the application's; every environment
 * variable the Deployment sets is a configuration key of the application; images are pinned;
 * containers run as non-root; the Dockerfile builds in stages and runs the fast-jar as non-root;
 * the JVM exits on OutOfMemoryError with a fixed heap that fits the container's memory; probes
 * have explicit timeouts.
 */
@QuarkusTest
class DeploymentFilesTest {

    static final Set<String> HEALTH_PATHS = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
    static final ObjectMapper YAML = new YAMLMapper();

    static List<JsonNode> manifests() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (var parser = new YAMLFactory().createParser(file.toFile())) {
                    for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                        JsonNode doc = it.next();
                        if (doc != null && !doc.isNull()) {
                            documents.add(doc);
                        }
                    }
                }
            }
        }
        return documents;
    }

    static List<JsonNode> ofKind(String kind) throws IOException {
        return manifests().stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    /** The port the packaged service listens on: application.properties' quarkus.http.port, else Quarkus' 8080 (tests use another). */
    static int httpPort() {
        return applicationProperty("quarkus.http.port").map(Integer::parseInt).orElse(8080);
    }

    /** The management interface's port (health, metrics): quarkus.management.port, else Quarkus' 9000. */
    static int managementPort() {
        return applicationProperty("quarkus.management.port").map(Integer::parseInt).orElse(9000);
    }

    /** A property as application.properties sets it for every profile. */
    static Optional<String> applicationProperty(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
                if (line.startsWith(key + "=")) {
                    return Optional.of(line.substring(key.length() + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Optional.empty();
    }

    @Test
    void everyManifestParsesAndTheBaseHasWhatADeploymentNeeds() throws IOException {
        Set<String> kinds = new HashSet<>();
        manifests().forEach(d -> kinds.add(d.path("kind").asText()));
        assertTrue(kinds.containsAll(Set.of("Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "NetworkPolicy", "Kustomization", "Cluster")), kinds.toString());
        JsonNode cluster = ofKind("Cluster").get(0);
        assertEquals(2, cluster.path("spec").path("instances").asInt(), "a primary and a replica");
    }

    @Test
    void probesAskTheHealthEndpointsOnTheManagementPort() throws IOException {
        assertEquals(Optional.of("true"), applicationProperty("quarkus.management.enabled"), "health answers on the management interface");
        for (JsonNode container : containers()) {
            Map<String, Integer> ports = new HashMap<>();
            container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            assertEquals(httpPort(), ports.get("http"), "the container port http is quarkus.http.port");
            assertEquals(managementPort(), ports.get("management"), "the container port management is quarkus.management.port");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                JsonNode get = container.path(probe).path("httpGet");
                assertTrue(HEALTH_PATHS.contains(get.path("path").asText()), probe + " path " + get.path("path"));
                assertTrue(get.path("port").asText().equals("management") || get.path("port").asInt() == managementPort(),
                        probe + " asks the management port, not " + get.path("port"));
            }
            assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
            assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
            assertFalse(container.path("resources").path("requests").isMissingNode());
            assertFalse(container.path("resources").path("limits").isMissingNode());
        }
    }

    @Test
    void theServiceRoutesOnlyTheApplicationPortAndTheNetworkPolicyAdmitsBoth() throws IOException {
        for (JsonNode service : ofKind("Service")) {
            service.path("spec").path("ports").forEach(p -> assertTrue(
                    p.path("targetPort").asText().equals("http") || p.path("targetPort").asInt() == httpPort(),
                    "the Service routes to the application port only, not " + p.path("targetPort")));
        }
        Set<Integer> admitted = new HashSet<>();
        for (JsonNode policy : ofKind("NetworkPolicy")) {
            policy.path("spec").path("ingress").forEach(rule -> rule.path("ports").forEach(p -> admitted.add(p.path("port").asInt())));
        }
        assertTrue(admitted.containsAll(Set.of(httpPort(), managementPort())), "the NetworkPolicy admits " + admitted);
    }

    @Test
    void everyEnvironmentVariableTheDeploymentSetsIsAConfigurationKey() throws IOException {
        Set<String> known = knownEnvironmentNames();
        List<String> names = new ArrayList<>();
        for (JsonNode container : containers()) {
            container.path("env").forEach(e -> names.add(e.path("name").asText()));
        }
        for (JsonNode map : ofKind("ConfigMap")) {
            map.path("data").fieldNames().forEachRemaining(names::add);
        }
        assertFalse(names.isEmpty());
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        assertTrue(unknown.isEmpty(), "not configuration keys of the application: " + unknown);
    }

    @Test
    void imagesArePinnedAndContainersRunAsNonRootOnAReadOnlyFilesystem() throws IOException {
        for (JsonNode container : containers()) {
            assertPinned(container.path("image").asText());
            JsonNode security = container.path("securityContext");
            assertTrue(security.path("runAsNonRoot").asBoolean(), "runAsNonRoot");
            assertTrue(security.path("runAsUser").asInt() > 0, "runAsUser is not root");
            assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), "read-only root filesystem");
            assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), "no privilege escalation");
        }
        for (JsonNode cluster : ofKind("Cluster")) {
            assertPinned(cluster.path("spec").path("imageName").asText());
        }
    }

    @Test
    void theDockerfileBuildsInStagesAndRunsTheFastJarAsNonRoot() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> stages = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(2, stages.size(), "a build stage and a runtime stage");
        assertTrue(stages.get(0).endsWith(" AS build"), stages.get(0));
        stages.forEach(s -> assertPinned(s.split("\\s+")[1]));
        List<String> runtime = lines.subList(lines.indexOf(stages.get(1)), lines.size());
        String user = runtime.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow().substring(5).trim();
        assertFalse(user.equals("root") || user.equals("0"), "runs as " + user);
        Set<String> exposed = new HashSet<>();
        runtime.stream().filter(l -> l.startsWith("EXPOSE ")).forEach(l -> exposed.addAll(List.of(l.substring(7).trim().split("\\s+"))));
        assertEquals(Set.of(String.valueOf(httpPort()), String.valueOf(managementPort())), exposed,
                "exposes quarkus.http.port and quarkus.management.port");
        // The build stage runs mvnw package, whose fast-jar lands in target/quarkus-app with quarkus-run.jar.
        assertTrue(lines.stream().anyMatch(l -> l.contains("./mvnw") && l.contains("package")));
        assertEquals(Optional.of("fast-jar"), applicationProperty("quarkus.package.jar.type"), "the build packages the fast-jar");
        assertTrue(lines.stream().noneMatch(l -> l.contains("quarkus.package")), "the Dockerfile builds the package as configured");
        assertFalse(Files.readString(Path.of("pom.xml")).contains("quarkus.package"), "pom.xml leaves the package type to application.properties");
        for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(runtime.stream().anyMatch(l -> l.startsWith("COPY --from=build") && l.contains("/build/target/quarkus-app/" + part)),
                    "copies target/quarkus-app/" + part);
        }
        assertTrue(runtime.stream().anyMatch(l -> l.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")));
        String ignore = Files.readString(Path.of(".dockerignore"));
        for (String needed : List.of("!.mvn", "!mvnw", "!pom.xml", "!src", "!data")) {
            assertTrue(ignore.contains(needed), ".dockerignore lets " + needed + " through");
        }
    }

    @Test
    void theImageExitsOnOutOfMemoryWithAFixedHeap() throws IOException {
        List<String> options = javaOptions();
        assertTrue(options.contains("-XX:+ExitOnOutOfMemoryError"), "exits on OutOfMemoryError: " + options);
        Optional<String> max = options.stream().filter(o -> o.startsWith("-Xmx")).findFirst();
        Optional<String> initial = options.stream().filter(o -> o.startsWith("-Xms")).findFirst();
        assertTrue(max.isPresent() && initial.isPresent(), "-Xms and -Xmx set: " + options);
        assertEquals(jvmBytes(max.get().substring(4)), jvmBytes(initial.get().substring(4)), "the heap neither grows nor shrinks");
    }

    @Test
    void everyProbeHasAnExplicitTimeoutAndTheStartUpProbeWaitsForALargeCatalog() throws IOException {
        for (JsonNode container : containers()) {
            for (String name : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                JsonNode probe = container.path(name);
                for (String field : List.of("timeoutSeconds", "periodSeconds", "failureThreshold")) {
                    assertTrue(probe.path(field).isInt(), name + " sets " + field);
                }
                int timeout = probe.path("timeoutSeconds").asInt();
                assertTrue(timeout >= 2 && timeout <= probe.path("periodSeconds").asInt(),
                        name + ": a timeout above the 1 s default and within the period, not " + timeout);
            }
            JsonNode startup = container.path("startupProbe");
            int budget = startup.path("periodSeconds").asInt() * startup.path("failureThreshold").asInt();
            // A start with 100,000 pills and the warm-up takes up to about 15 s; slower nodes take longer.
            assertTrue(budget >= 45, "the start-up probe waits " + budget + " s");
        }
    }

    @Test
    void theHeapFitsInTheContainersMemoryWithAMargin() throws IOException {
        long heap = jvmBytes(javaOptions().stream().filter(o -> o.startsWith("-Xmx")).findFirst()
                .orElseThrow(() -> new AssertionError("the Dockerfile sets -Xmx")).substring(4));
        // Beside the heap: metaspace, compiled code, thread stacks, GC structures and Netty's direct buffers.
        long margin = 384L << 20;
        for (JsonNode container : containers()) {
            JsonNode resources = container.path("resources");
            long limit = quantityBytes(resources.path("limits").path("memory").asText());
            long request = quantityBytes(resources.path("requests").path("memory").asText());
            assertTrue(heap + margin <= limit, "heap " + heap + " plus " + margin + " within the limit " + limit);
            assertTrue(heap + margin <= request, "heap " + heap + " plus " + margin + " within the request " + request);
        }
    }

    /** The JVM options the image's run-java.sh appends, from the Dockerfile's JAVA_OPTS_APPEND. */
    static List<String> javaOptions() throws IOException {
        Matcher append = Pattern.compile("JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(Files.readString(Path.of("Dockerfile")));
        assertTrue(append.find(), "the Dockerfile sets JAVA_OPTS_APPEND");
        return List.of(append.group(1).trim().split("\\s+"));
    }

    /** Bytes of a JVM size option's value (512m, 1g, 524288k). */
    static long jvmBytes(String size) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(size);
        assertTrue(m.matches(), "a JVM size: " + size);
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    /** Bytes of a Kubernetes memory quantity (768Mi, 1Gi, 1G). */
    static long quantityBytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi|k|M|G)?").matcher(quantity);
        assertTrue(m.matches(), "a memory quantity: " + quantity);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "" : m.group(2)) {
            case "Ki" -> n << 10;
            case "Mi" -> n << 20;
            case "Gi" -> n << 30;
            case "k" -> n * 1_000L;
            case "M" -> n * 1_000_000L;
            case "G" -> n * 1_000_000_000L;
            default -> n;
        };
    }

    static void assertPinned(String image) {
        int slash = image.lastIndexOf('/');
        String name = image.substring(slash + 1);
        assertTrue(image.contains("@sha256:") || (name.contains(":") && !name.endsWith(":latest")), "image not pinned: " + image);
    }

    static List<JsonNode> containers() throws IOException {
        List<JsonNode> containers = new ArrayList<>();
        for (JsonNode deployment : ofKind("Deployment")) {
            deployment.path("spec").path("template").path("spec").path("containers").forEach(containers::add);
        }
        assertFalse(containers.isEmpty());
        return containers;
    }

    /** Environment names that set a configuration key: of every known property, and every ${VARIABLE} application.properties reads. */
    static Set<String> knownEnvironmentNames() throws IOException {
        Set<String> names = new HashSet<>();
        for (String property : ConfigProvider.getConfig().getPropertyNames()) {
            names.add(environmentName(property));
        }
        mappingNames("pillid", PillIdConfig.class, names);
        Matcher variables = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]").matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (variables.find()) {
            names.add(variables.group(1));
        }
        return names;
    }

    private static void mappingNames(String prefix, Class<?> mapping, Set<String> names) {
        for (Method method : mapping.getDeclaredMethods()) {
            String key = prefix + "." + method.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            if (method.getReturnType().isInterface() && method.getReturnType().getEnclosingClass() == PillIdConfig.class) {
                mappingNames(key, method.getReturnType(), names);
            } else {
                names.add(environmentName(key));
            }
        }
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
