package org.mycroft.core.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which feature packages import which other feature packages, read from the import lines of a
 * module's sources (no bytecode tool needed): {@code "country -> article"} when a class of
 * {@code <base>.country} imports one of {@code <base>.article}. Imports of the shared packages
 * are left out; they are there to be imported.
 */
public final class FeatureImports {

    private FeatureImports() {}

    public static Set<String> crossFeature(Path sourceRoot, String basePackage, Set<String> shared) {
        Path base = sourceRoot.resolve(basePackage.replace('.', '/'));
        Pattern sibling = Pattern.compile("^import (?:static )?" + Pattern.quote(basePackage) + "\\.([a-z0-9_]+)\\.",
                Pattern.MULTILINE);
        Set<String> edges = new TreeSet<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = base.relativize(file).getName(0).toString();
                Matcher m = sibling.matcher(Files.readString(file));
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(feature) && !shared.contains(target)) {
                        edges.add(feature + " -> " + target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return edges;
    }
}
