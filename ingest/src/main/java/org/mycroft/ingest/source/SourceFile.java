package org.mycroft.ingest.source;

import java.nio.file.Path;

/** A document file and the folder it was found under (which makes its id stable across machines). */
public record SourceFile(Path path, Path root) {

    /** URL-safe id from the path relative to the root, without extension: "laws/FR Code.pdf" -> "laws-fr-code". */
    public String defaultId() {
        return Ids.slug(Ids.withoutExtension(root.relativize(path).toString().replace('\\', '/')));
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
