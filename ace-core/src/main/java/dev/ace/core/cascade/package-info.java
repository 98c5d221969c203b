/** The inspection cascade: tiers of detectors under latency budgets, escalation of undecided turns, failure containment. */
package dev.ace.core.cascade;
