package org.stemma.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads this package's tab-separated data files from the classpath. */
final class DataFiles {

    private DataFiles() {
    }

    /**
     * The rows of a data file next to this class: non-blank lines not starting with {@code #}, split on TABs.
     *
     * @throws IllegalStateException when the file is missing or a row has fewer than {@code columns} fields:
     *                               a packaging bug, not bad input
     */
    static List<String[]> rows(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file " + name + " missing next to " + DataFiles.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", columns);
                if (fields.length < columns) {
                    throw new IllegalStateException(name + ":" + number + ": expected " + columns
                            + " tab-separated fields: " + line);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read data file " + name, e);
        }
        return rows;
    }
}
