package dev.ace.core;

import dev.ace.core.constitution.Constitution;

/**
 * The inspector facade: one call per request, thread-safe, never throws for a detector's sake
 * (detector failures are recorded in the verdict and decided by each principle's failure mode).
 */
public interface Inspector {
    Verdict inspect(InspectionRequest request);

    Constitution constitution();
}
