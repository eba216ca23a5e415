package org.mycroft.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.io.FileUtils;
import org.mycroft.ingest.source.Ids;

/**
 * Expands a ZIP archive into its member documents, each read on its own. Members are copied to a
 * private temporary folder (under generated names, so entry names such as {@code ../../etc} cannot
 * escape it) and deleted afterwards. Nested ZIPs are expanded too, up to
 * {@link ExtractionLimits#maxArchiveDepth()} levels.
 *
 * <p>Zip-bomb defences, counted on the bytes actually inflated (headers can lie): at most
 * {@link ExtractionLimits#maxArchiveEntries()} entries and {@link ExtractionLimits#maxArchiveBytes()}
 * uncompressed bytes over all levels, and no member inflating more than
 * {@link ExtractionLimits#maxCompressionRatio()} times its compressed size (checked once it passes
 * 1 MB). Breaking any of these fails the whole archive; a member that merely cannot be parsed is
 * reported on its own and the others are still read.
 */
final class ArchiveExpander {

    /** Below this many inflated bytes a member's ratio is not checked: tiny, very repetitive files are harmless. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final Set<String> JUNK = Set.of(".ds_store", "thumbs.db", "desktop.ini");

    private final ExtractionLimits limits;
    private final TikaExtractor extractor;

    ArchiveExpander(ExtractionLimits limits, TikaExtractor extractor) {
        this.limits = limits;
        this.extractor = extractor;
    }

    private record Member(String name, Path file) {}

    /** What has been spent so far on one top-level archive. */
    private static final class Budget {
        int entries;
        long bytes;
        int files;
    }

    List<ExtractedPart> expand(Path zip) throws ExtractionException {
        Path dir;
        try {
            dir = Files.createTempDirectory("mycroft-zip-");
        } catch (IOException e) {
            throw new ExtractionException("cannot unpack archive: " + e.getMessage(), e);
        }
        try {
            List<Member> members = new ArrayList<>();
            unpack(zip, "", 1, dir, new Budget(), members);
            members.removeIf(m -> isSidecarOfAnother(m, members));
            if (members.isEmpty()) {
                throw new ExtractionException("ZIP archive holds no documents");
            }
            List<ExtractedPart> parts = new ArrayList<>(members.size());
            Set<String> slugs = new HashSet<>();
            for (Member m : members) {
                String slug = Ids.unique(Ids.slug(Ids.withoutExtension(m.name())), slugs);
                try {
                    parts.add(new ExtractedPart(m.name(), slug, extractor.extract(m.file()), null));
                } catch (ExtractionException e) {
                    parts.add(new ExtractedPart(m.name(), slug, null, e.getMessage()));
                }
            }
            return parts;
        } finally {
            FileUtils.deleteQuietly(dir.toFile()); // best effort: the OS cleans its temp folder
        }
    }

    private void unpack(Path zip, String prefix, int depth, Path dir, Budget budget, List<Member> out)
            throws ExtractionException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            if (budget.entries + zf.size() > limits.maxArchiveEntries()) {
                throw new ExtractionException("archive has more than " + limits.maxArchiveEntries()
                        + " entries (zip bomb?)");
            }
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++budget.entries > limits.maxArchiveEntries()) {
                    throw new ExtractionException("archive has more than " + limits.maxArchiveEntries()
                            + " entries (zip bomb?)");
                }
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || isJunk(name)) {
                    continue;
                }
                Path target = dir.resolve(String.format(Locale.ROOT, "%05d-%s", ++budget.files, safeFileName(name)));
                copy(zf, entry, prefix + name, target, budget);
                if (extractor.isZip(target)) {
                    if (depth >= limits.maxArchiveDepth()) {
                        throw new ExtractionException("archives nested more than " + limits.maxArchiveDepth()
                                + " levels deep (" + prefix + name + "; zip bomb?)");
                    }
                    unpack(target, prefix + name + "!/", depth + 1, dir, budget, out);
                    Files.deleteIfExists(target);
                } else {
                    out.add(new Member(prefix + name, target));
                }
            }
        } catch (ZipException e) {
            throw new ExtractionException("corrupt ZIP archive" + (prefix.isEmpty() ? "" : " " + prefix)
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ExtractionException("cannot unpack archive: " + e.getMessage(), e);
        }
    }

    /** Copies one member, counting what is inflated against the budget and the ratio limit. */
    private void copy(ZipFile zf, ZipEntry entry, String name, Path target, Budget budget)
            throws IOException, ExtractionException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zf.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                budget.bytes += n;
                if (budget.bytes > limits.maxArchiveBytes()) {
                    throw new ExtractionException("archive expands to more than " + limits.maxArchiveBytes() / (1024 * 1024)
                            + " MB (zip bomb?)");
                }
                if (written > RATIO_GRACE_BYTES && written / compressed > limits.maxCompressionRatio()) {
                    throw new ExtractionException("member " + name + " is compressed more than "
                            + limits.maxCompressionRatio() + ":1 (zip bomb?)");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static boolean isJunk(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.substring(lower.lastIndexOf('/') + 1);
        return lower.startsWith("__macosx/") || base.startsWith(".") || base.startsWith("~$") || JUNK.contains(base);
    }

    /** "law.pdf.json" next to "law.pdf" is curated metadata, not a document. */
    private static boolean isSidecarOfAnother(Member m, List<Member> members) {
        if (!m.name().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        String base = m.name().substring(0, m.name().length() - 5);
        return members.stream().anyMatch(o -> o.name().equals(base));
    }

    private static String safeFileName(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int bang = base.lastIndexOf('!');
        base = base.substring(bang + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.length() > 80) {
            base = base.substring(base.length() - 80);
        }
        return base.isEmpty() || base.startsWith(".") ? "member" + base : base;
    }
}
