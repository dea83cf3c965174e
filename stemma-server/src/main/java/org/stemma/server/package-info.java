/**
 * Server: {@code stemma serve}, a JSON API over a {@link org.stemma.store.Store} on Javalin, bound to
 * 127.0.0.1 by default. Each request reads its own {@link org.stemma.store.Snapshot}, so answers are
 * consistent while a batch is being committed. The web UI is not part of this package yet.
 */
package org.stemma.server;
