/**
 * The inspection contracts: requests, verdicts and the {@link dev.ace.core.Inspector} facade.
 * Everything else in ACE (models, gateway, red-team) talks to the inspector through these types.
 */
package dev.ace.core;
