package dev.ace.core;

/** How far a deployment is trusted; each principle names an action per tier. */
public enum TrustTier {
    HIGH_TRUST, LOW_TRUST
}
