package org.stemma.model;

import java.util.Locale;

/** The pipeline's stages, in the order data flows through them. */
public enum Stage {
    INGEST, CLEAN, FINGERPRINT, CANDIDATES, ALIGN, CLUSTER, PROVENANCE, QUOTES, REPORT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
