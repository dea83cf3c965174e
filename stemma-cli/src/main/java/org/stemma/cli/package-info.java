/**
 * The {@code stemma} command line: one class a subcommand, shared options as mixins, and one place
 * ({@link org.stemma.cli.Main#execute}) that maps failures to exit codes. Results go to files or stdout;
 * progress, warnings and problems go to stderr.
 */
package org.stemma.cli;
