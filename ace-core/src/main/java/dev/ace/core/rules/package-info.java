/** The rule detector: the constitution's lexicons and patterns compiled into one-pass matchers. */
package dev.ace.core.rules;
