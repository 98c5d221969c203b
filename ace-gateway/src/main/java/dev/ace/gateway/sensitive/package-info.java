/**
 * Sensitive-data detection for trust-tier routing: e-mail addresses, phone numbers, payment card
 * numbers (Luhn-checked), national identifiers and secrets such as API keys, with their spans, and
 * their redaction.
 */
package dev.ace.gateway.sensitive;
