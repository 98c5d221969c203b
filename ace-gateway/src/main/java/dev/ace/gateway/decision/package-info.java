/**
 * Decision records and where they go: every inspection the gateway makes becomes a {@link
 * dev.ace.gateway.decision.DecisionRecord} handed to a {@link dev.ace.gateway.decision.DecisionSink}, which
 * makes it durable before the request is acknowledged.
 */
package dev.ace.gateway.decision;
