/** The constitution: its model, the YAML loader that validates it, and its canonical digest. */
package dev.ace.core.constitution;
