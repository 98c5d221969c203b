/** The inspecting gateway: OpenAI- and Anthropic-compatible HTTP proxy, tenants, routing, streaming inspection. */
package dev.ace.gateway;
