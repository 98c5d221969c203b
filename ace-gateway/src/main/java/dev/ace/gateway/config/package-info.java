/**
 * The gateway's YAML configuration: typed records and a loader that reports every error at once with
 * file, line, field, value and the rule broken, and rejects unknown keys.
 */
package dev.ace.gateway.config;
