/**
 * The ACE gateway: an OpenAI- and Anthropic-compatible inspecting proxy on Helidon 4 SE. {@link
 * dev.ace.gateway.Gateway} is the entry point; the endpoint handlers, routing, upstream client, stream
 * relay and metrics are package-private behind it.
 */
package dev.ace.gateway;
