/**
 * The one place in the core that wires the stages together, so that the library, the CLI, the server and
 * the Spark job run the same pipeline and give the same results: ingest's articles in,
 * {@link org.stemma.model.Analysis} out.
 */
package org.stemma.pipeline;
