/** JMH benchmarks of the inspector's hot paths. Each benchmark's Javadoc gives the command that runs it. */
package dev.ace.bench;
