/** The detector SPI: every tier of the cascade (rules, learned models, LLM judges) implements {@link dev.ace.core.detect.Detector}. */
package dev.ace.core.detect;
