package org.mycroft.ingest.harvest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Stream;
import org.mycroft.ingest.harvest.FetchResult.Downloaded;
import org.mycroft.ingest.harvest.FetchResult.Failed;
import org.mycroft.ingest.harvest.FetchResult.NotModified;
import org.mycroft.ingest.harvest.Fetcher.Validators;
import org.mycroft.ingest.harvest.HarvestReport.Outcome;
import org.mycroft.ingest.harvest.HarvestReport.Status;
import org.mycroft.ingest.harvest.HarvestState.Entry;
import org.mycroft.ingest.harvest.IndexLinks.Link;
import org.mycroft.ingest.source.Ids;
import org.mycroft.ingest.source.SidecarReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the documents of a sources file into {@code <data>/harvest}: index pages first (their
 * links followed one level), then every document, at most {@code concurrency} requests at a
 * time. Each document lands in {@code files/<source>/<name>} with its sidecar; unchanged ones
 * (304, or the same bytes) are left as they are. One failing URL never stops the others.
 */
public final class Harvester {

    private static final Logger LOG = LoggerFactory.getLogger(Harvester.class);
    private static final List<String> PAGE_TYPES = List.of("text/html", "application/xhtml+xml");

    private final Path dir;
    private final Clock clock;
    private final SidecarWriter sidecars = new SidecarWriter();

    public Harvester(Path harvestDir, Clock clock) {
        this.dir = harvestDir.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The harvest folder of a data folder: {@code <data>/harvest}. */
    public static Harvester in(Path dataDir) {
        return new Harvester(dataDir.resolve("harvest"), Clock.systemUTC());
    }

    /** Where documents are saved, one folder per source; ingest this folder to index them all. */
    public Path filesRoot() {
        return dir.resolve("files");
    }

    public HarvestReport harvest(HarvestSources sources) throws IOException {
        Instant start = clock.instant();
        Files.createDirectories(dir);
        try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel)) {
            removeLeftovers();
            HarvestState state = HarvestState.load(dir.resolve("state.json"));
            Run run = new Run(sources.policy(), state);
            List<Outcome> outcomes;
            try {
                outcomes = run.harvest(sources.sources());
            } finally {
                state.save();
            }
            return new HarvestReport(outcomes, run.bytes.sum(), Duration.between(start, clock.instant()));
        }
    }

    private FileLock tryLock(FileChannel channel) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by this JVM: same answer
        }
        throw new IOException("another harvest is running in " + dir);
    }

    /** Temporary files of a run that was killed. */
    private void removeLeftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(".harvest-")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One document URL to fetch, and the file name stem it is saved under. */
    private record Target(HarvestSource source, URI url, String title, String stem) {}

    /** The links of an index page, or why there are none. */
    private record IndexResult(List<Link> links, Outcome failure) {}

    /** One harvest: its HTTP client, its pool and what it downloaded. */
    private final class Run {

        private final FetchPolicy policy;
        private final HarvestState state;
        private final LongAdder bytes = new LongAdder();

        Run(FetchPolicy policy, HarvestState state) {
            this.policy = policy;
            this.state = state;
        }

        List<Outcome> harvest(List<HarvestSource> sources) {
            List<Outcome> outcomes = new ArrayList<>();
            // The pool is closed (awaited) before the client, the reverse of this order.
            try (Fetcher fetcher = new Fetcher(policy, clock);
                    ExecutorService pool = Executors.newFixedThreadPool(policy.concurrency(),
                            Thread.ofVirtual().name("harvest-", 0).factory())) {
                RobotsRules robots = new RobotsRules(fetcher, dir.resolve("robots"));
                Map<HarvestSource, Future<IndexResult>> pages = new LinkedHashMap<>();
                for (HarvestSource source : sources) {
                    if (source.hasIndex()) {
                        pages.put(source, pool.submit(() -> index(fetcher, robots, source)));
                    }
                }
                Map<HarvestSource, List<Link>> links = new HashMap<>();
                pages.forEach((source, page) -> {
                    IndexResult result = await(page, source.index(), r -> new IndexResult(List.of(), r));
                    links.put(source, result.links());
                    if (result.failure() != null) {
                        outcomes.add(result.failure());
                    }
                });
                List<Target> targets = plan(sources, links);
                List<Future<Outcome>> documents = targets.stream()
                        .map(t -> pool.submit(() -> document(fetcher, robots, t)))
                        .toList();
                for (int i = 0; i < documents.size(); i++) {
                    outcomes.add(await(documents.get(i), targets.get(i).url(), o -> o));
                }
            }
            return outcomes;
        }

        private <T> T await(Future<T> future, URI url, Function<Outcome, T> onFailure) {
            try {
                return future.get();
            } catch (ExecutionException e) {
                LOG.warn("Unexpected failure on {}", url, e.getCause());
                return onFailure.apply(failed(url, String.valueOf(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return onFailure.apply(failed(url, "interrupted"));
            }
        }

        /** Every URL once (the first source naming it wins), with a file name unique in its folder. */
        private List<Target> plan(List<HarvestSource> sources, Map<HarvestSource, List<Link>> links) {
            Map<String, Map<String, URI>> taken = new HashMap<>();
            state.all().forEach((url, entry) -> {
                if (entry.file() != null && entry.file().startsWith("files/")) {
                    taken.computeIfAbsent(entry.source(), s -> new HashMap<>())
                            .put(FileNames.stemOfFile(entry.file()), URI.create(url));
                }
            });
            Set<URI> seen = new HashSet<>();
            List<Target> targets = new ArrayList<>();
            for (HarvestSource source : sources) {
                List<Link> all = new ArrayList<>();
                source.urls().forEach(u -> all.add(new Link(u, null)));
                all.addAll(links.getOrDefault(source, List.of()));
                for (Link link : all) {
                    if (seen.add(link.url())) {
                        Map<String, URI> names = taken.computeIfAbsent(source.name(), s -> new HashMap<>());
                        targets.add(new Target(source, link.url(), link.title(), stemFor(source, link.url(), names)));
                    }
                }
            }
            return targets;
        }

        private String stemFor(HarvestSource source, URI url, Map<String, URI> names) {
            Optional<Entry> known = state.get(url).filter(e -> source.name().equals(e.source()) && e.file() != null);
            String stem = known.map(e -> FileNames.stemOfFile(e.file())).orElseGet(() -> FileNames.stem(url));
            URI owner = names.get(stem);
            if (owner != null && !owner.equals(url)) {
                stem = FileNames.withHash(stem, url);
            }
            names.put(stem, url);
            return stem;
        }

        private IndexResult index(Fetcher fetcher, RobotsRules robots, HarvestSource source) throws IOException {
            URI url = source.index();
            Optional<String> refused = refusal(robots, source, url);
            if (refused.isPresent()) {
                return new IndexResult(List.of(), failed(url, "index page: " + refused.get()));
            }
            Path folder = dir.resolve("index");
            Path page = folder.resolve(source.name() + ".html");
            Optional<Entry> previous = current(url).filter(e -> e.file().equals(relative(page)));
            URI base;
            switch (fetcher.fetch(url, validators(previous), PAGE_TYPES, folder)) {
                case Failed f -> {
                    return new IndexResult(List.of(), failed(url, "index page: " + f.reason()));
                }
                case NotModified n -> {
                    if (previous.isEmpty()) {
                        return new IndexResult(List.of(), failed(url, "index page: HTTP 304 to an unconditional request"));
                    }
                    state.put(url, previous.get().checked(now()));
                    base = n.finalUrl();
                }
                case Downloaded d -> {
                    bytes.add(d.bytes());
                    Files.move(d.file(), page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    String now = now();
                    state.put(url, new Entry(source.name(), relative(page), d.etag(), d.lastModified(), d.sha256(), now, now));
                    base = d.finalUrl();
                }
            }
            List<Link> links = IndexLinks.extract(page, base, source);
            LOG.info("{}: {} document link(s) on {}", source.name(), links.size(), url);
            if (links.isEmpty()) {
                // most likely a redesigned site or a wrong link_pattern: worth a non-zero exit
                return new IndexResult(links, failed(url, "index page: no document links found"));
            }
            return new IndexResult(links, null);
        }

        private Outcome document(Fetcher fetcher, RobotsRules robots, Target t) {
            Optional<String> refused = refusal(robots, t.source(), t.url());
            if (refused.isPresent()) {
                return failed(t.url(), refused.get()); // a copy from an earlier run stays, like any failure's
            }
            Path folder = filesRoot().resolve(t.source().name());
            Optional<Entry> previous = current(t.url());
            try {
                switch (fetcher.fetch(t.url(), validators(previous), policy.accept(), folder)) {
                    case Failed f -> {
                        return failed(t.url(), f.reason());
                    }
                    case NotModified n -> {
                        if (previous.isEmpty()) {
                            return failed(t.url(), "HTTP 304 to an unconditional request");
                        }
                        return unchanged(t, previous.get(), previous.get().etag(), previous.get().lastModified(), 0);
                    }
                    case Downloaded d -> {
                        bytes.add(d.bytes());
                        if (previous.isPresent() && d.sha256().equals(previous.get().sha256())) {
                            Files.delete(d.file()); // a server without validators: same bytes, nothing to do
                            return unchanged(t, previous.get(), d.etag(), d.lastModified(), d.bytes());
                        }
                        return save(t, d, folder, previous);
                    }
                }
            } catch (IOException e) {
                return failed(t.url(), "could not save: " + e.getMessage());
            }
        }

        private Outcome unchanged(Target t, Entry previous, String etag, String lastModified, long downloaded)
                throws IOException {
            Path file = dir.resolve(previous.file());
            // The sources file may have changed the licence or title: the sidecar follows, and so does the index.
            sidecars.write(file, fields(t, previous.retrievedAt()));
            state.put(t.url(), new Entry(previous.source(), previous.file(), etag, lastModified, previous.sha256(),
                    previous.retrievedAt(), now()));
            return new Outcome(t.url(), Status.UNCHANGED, file, null, downloaded);
        }

        private Outcome save(Target t, Downloaded d, Path folder, Optional<Entry> previous) throws IOException {
            Path target = folder.resolve(t.stem() + "." + FileNames.extension(d.mediaType(), t.url()));
            String now = now();
            boolean existed = Files.exists(target);
            try {
                sidecars.write(target, fields(t, now)); // first: the document must never be indexed without its licence
                Files.move(d.file(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(d.file());
                if (!existed) {
                    Files.deleteIfExists(SidecarReader.sidecarOf(target)); // an orphan sidecar would be read as a document
                }
                throw e;
            }
            // The server now sends another type (say HTML instead of PDF): drop the copy under the old name.
            if (previous.isPresent() && !dir.resolve(previous.get().file()).equals(target)) {
                Path old = dir.resolve(previous.get().file());
                Files.deleteIfExists(old);
                Files.deleteIfExists(SidecarReader.sidecarOf(old));
            }
            state.put(t.url(), new Entry(t.source().name(), relative(target), d.etag(), d.lastModified(), d.sha256(), now, now));
            LOG.info("Fetched {} -> {} ({} bytes)", t.url(), relative(target), d.bytes());
            return new Outcome(t.url(), Status.FETCHED, target, null, d.bytes());
        }

        private SidecarWriter.Fields fields(Target t, String retrievedAt) {
            return new SidecarWriter.Fields(Ids.slug(t.source().name() + "-" + t.stem()), t.url().toString(),
                    retrievedAt, t.title(), t.source().meta());
        }

        private Optional<String> refusal(RobotsRules robots, HarvestSource source, URI url) {
            return source.obeyRobotsTxt() ? robots.refusal(url) : Optional.empty();
        }

        /** The state's entry for a URL, if its copy is still on disk (otherwise fetch it in full). */
        private Optional<Entry> current(URI url) {
            return state.get(url).filter(e -> e.file() != null && Files.isRegularFile(dir.resolve(e.file())));
        }

        private Outcome failed(URI url, String reason) {
            LOG.warn("FAILED {}: {}", url, reason);
            return new Outcome(url, Status.FAILED, null, reason, 0);
        }

        private String now() {
            return clock.instant().toString();
        }
    }

    private static Validators validators(Optional<Entry> previous) {
        return previous.map(e -> new Validators(e.etag(), e.lastModified())).orElse(Validators.NONE);
    }

    private String relative(Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
