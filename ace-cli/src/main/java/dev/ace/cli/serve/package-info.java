/** The {@code ace serve} command: starts the inspecting gateway. */
package dev.ace.cli.serve;
