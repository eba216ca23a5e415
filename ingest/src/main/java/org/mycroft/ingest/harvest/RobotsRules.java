package org.mycroft.ingest.harvest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.mycroft.ingest.harvest.FetchResult.Downloaded;
import org.mycroft.ingest.harvest.FetchResult.Failed;
import org.mycroft.ingest.harvest.FetchResult.NotModified;
import org.mycroft.ingest.harvest.Fetcher.Validators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each site's robots.txt allows the harvester (RFC 9309), read once per site and run with
 * crawler-commons. A robots.txt that is missing (any 4xx) allows everything; one that cannot be
 * reached (5xx after the retries, or no connection) forbids everything for this run, as the RFC
 * requires; only its first 500 KiB are read.
 */
final class RobotsRules {

    private static final Logger LOG = LoggerFactory.getLogger(RobotsRules.class);
    /** The product token matched against User-agent lines (lower case, as the parser expects). */
    static final String ROBOT_NAME = "mycroft-harvester";
    private static final int MAX_BYTES = 500 * 1024;

    private final Fetcher fetcher;
    private final Path scratch;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, CompletableFuture<Site>> sites = new ConcurrentHashMap<>();

    /** The rules of one site, and where they came from (for the report). */
    private record Site(URI robotsTxt, BaseRobotRules rules, String unreachable) {}

    RobotsRules(Fetcher fetcher, Path scratch) {
        this.fetcher = fetcher;
        this.scratch = scratch;
    }

    /** Why {@code url} may not be fetched, or empty when it may. */
    Optional<String> refusal(URI url) {
        Site site = site(url);
        if (site.unreachable() != null) {
            return Optional.of(site.robotsTxt() + " could not be read (" + site.unreachable()
                    + "), so the site is not harvested in this run");
        }
        if (!site.rules().isAllowed(url.toString())) {
            return Optional.of("disallowed for " + ROBOT_NAME + " by " + site.robotsTxt());
        }
        return Optional.empty();
    }

    private Site site(URI url) {
        String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT)
                + (url.getPort() < 0 ? "" : ":" + url.getPort());
        CompletableFuture<Site> mine = new CompletableFuture<>();
        CompletableFuture<Site> existing = sites.putIfAbsent(origin, mine);
        if (existing != null) {
            return existing.join(); // another document of the same site is reading it
        }
        Site site = read(URI.create(origin + "/robots.txt"));
        mine.complete(site);
        return site;
    }

    private Site read(URI robotsTxt) {
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            return new Site(robotsTxt, null, "could not create " + scratch + ": " + e.getMessage());
        }
        FetchResult result = fetcher.fetch(robotsTxt, Validators.NONE, List.of(Fetcher.ANY_TYPE), scratch);
        return switch (result) {
            case Downloaded d -> parsed(robotsTxt, d);
            case Failed f when f.status() >= 400 && f.status() < 500 -> {
                LOG.info("No robots.txt at {} (HTTP {}): everything allowed", robotsTxt, f.status());
                yield new Site(robotsTxt, parser.failedFetch(f.status()), null);
            }
            case Failed f -> {
                LOG.warn("robots.txt unreachable at {}: {}", robotsTxt, f.reason());
                yield new Site(robotsTxt, null, f.reason());
            }
            case NotModified n -> new Site(robotsTxt, null, "HTTP 304 to an unconditional request");
        };
    }

    private Site parsed(URI robotsTxt, Downloaded d) {
        try {
            byte[] content;
            try (InputStream in = Files.newInputStream(d.file())) {
                content = in.readNBytes(MAX_BYTES);
            }
            return new Site(robotsTxt, parser.parseContent(robotsTxt.toString(), content, d.mediaType(), List.of(ROBOT_NAME)), null);
        } catch (IOException e) {
            return new Site(robotsTxt, null, "could not read the download: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(d.file());
            } catch (IOException ignored) {
                // a hidden leftover, removed by the next run's cleanup
            }
        }
    }
}
