package org.mycroft.ingest.source;

import java.nio.file.Path;
import java.util.Locale;

/** A document file and the folder it was found under (which makes its id stable across machines). */
public record SourceFile(Path path, Path root) {

    /** URL-safe id from the path relative to the root, without extension: "laws/FR Code.pdf" -> "laws-fr-code". */
    public String defaultId() {
        String relative = root.relativize(path).toString().replace('\\', '/');
        int dot = relative.lastIndexOf('.');
        if (dot > relative.lastIndexOf('/') + 1) {
            relative = relative.substring(0, dot);
        }
        return Ids.slug(relative);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
