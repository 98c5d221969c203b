/**
 * Tenants and abuse control: API keys kept only as SHA-256 hashes and compared in constant time,
 * per-tenant token-bucket rate limits, and per-end-user violation counts that escalate to throttling,
 * suspension and a human review queue.
 */
package dev.ace.gateway.tenant;
