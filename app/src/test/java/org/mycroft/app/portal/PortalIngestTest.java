package org.mycroft.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.app.MycroftApplication;
import org.mycroft.app.MycroftCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code mycroft ingest} while the portal holds the embedded index: the files go to the running
 * portal over loopback HTTP ({@code POST /admin/ingest} with the portal's token), are searchable
 * there at once, and the command prints the same per-file failures as a local run. Without the
 * token, from the handle file, the endpoint refuses.
 */
class PortalIngestTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ingestWhileThePortalRunsGoesThroughThePortal(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("smuggling-act.txt"), """
                Migrant Smuggling Act (fictional)
                Section 1. Offence
                Every person who smuggles migrants across a border for a financial benefit commits an offence.
                Section 2. Penalty
                The penalty is imprisonment for up to ten years.
                """);
        Files.writeString(docs.resolve("loi-armes.txt"), """
                Loi sur les armes à feu (fictive)
                Article 1. La fabrication illicite d'armes à feu est punie de sept ans d'emprisonnement.
                """);
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Files.write(docs.resolve("noise.bin"), noise);

        try (ConfigurableApplicationContext portal = SpringApplication.run(MycroftApplication.class,
                "--mycroft.data-dir=" + data, "--mycroft.solr.mode=embedded", "--server.port=0",
                "--server.address=127.0.0.1", "--mycroft.samples.load-on-empty=false")) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
            Path handle = data.resolve(PortalHandle.FILE);
            assertThat(handle).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(handle))).isEqualTo("rw-------");
            assertThat(total(base)).isZero();

            Run run = run("ingest", "--data", data.toString(), docs.toString());
            assertThat(run.out()).contains("Sent to the portal running on this data folder")
                    .contains("Indexed 2 file(s)").contains("1 failed").contains("FAILED noise.bin");
            assertThat(run.exit()).as("a failed file gives exit 1, as a local run does").isEqualTo(1);

            assertThat(total(base)).as("the running portal serves the new units at once").isGreaterThanOrEqualTo(3);
            JsonNode smuggling = JSON.readTree(get(base + "/api/search?q=smuggles").body());
            assertThat(smuggling.get("total").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(Files.readString(data.resolve("sources.txt"))).contains(docs.toString());

            Run again = run("ingest", "--data", data.toString(), docs.resolve("smuggling-act.txt").toString());
            assertThat(again.exit()).isZero();
            assertThat(again.out()).contains("1 unchanged");

            // The endpoint itself: the token or nothing, and paths it can read.
            String token = PortalHandle.read(data).orElseThrow().token();
            String body = "{\"paths\":[\"" + docs + "\"]}";
            HttpResponse<String> anonymous = post(base, body, null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(anonymous.body()).get("message").asText()).contains("token");
            assertThat(post(base, body, "not-the-token").statusCode()).isEqualTo(401);
            HttpResponse<String> relative = post(base, "{\"paths\":[\"docs\"]}", token);
            assertThat(relative.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(relative.body()).get("parameter").asText()).isEqualTo("paths");
            assertThat(post(base, "{\"paths\":[]}", token).statusCode()).isEqualTo(400);
            assertThat(post(base, "not json", token).statusCode()).isEqualTo(400);
        }

        assertThat(data.resolve(PortalHandle.FILE)).as("removed when the portal stops").doesNotExist();
        Run local = run("ingest", "--data", data.toString(), docs.resolve("loi-armes.txt").toString());
        assertThat(local.out()).doesNotContain("Sent to the portal").contains("1 unchanged");
        assertThat(local.exit()).isZero();
    }

    private static long total(String base) throws Exception {
        HttpResponse<String> response = get(base + "/api/search");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("total").asLong();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String base, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/admin/ingest"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Run(int exit, String out) {}

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        try {
            CommandLine cli = MycroftCommand.commandLine();
            cli.setOut(new PrintWriter(capture, true));
            cli.setErr(new PrintWriter(capture, true));
            int exit = cli.execute(args);
            return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
