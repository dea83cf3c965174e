package org.stemma.clean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared, read-only data directory: the {@code stemma.shared} system property (Surefire sets it to
 * {@code <root>/../shared}), else a {@code shared} directory beside an ancestor of the working directory (a
 * git worktree sits deeper than the main checkout).
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Optional<Path> find(String relative) {
        String property = System.getProperty("stemma.shared");
        if (property != null && Files.isDirectory(Path.of(property).resolve(relative))) {
            return Optional.of(Path.of(property).resolve(relative).normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
