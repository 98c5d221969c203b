/** The {@code ace} command line (picocli). */
package dev.ace.cli;
