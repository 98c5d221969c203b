/**
 * Server-sent events as the WHATWG HTML standard (§9.2) defines them: an incremental parser for
 * upstream streams that keeps its state across reads, and a writer that never lets CR or LF into a field.
 */
package dev.ace.gateway.sse;
