/** The {@code ace train} and {@code ace eval} commands: train the fast model, evaluate the inspector on labelled data. */
package dev.ace.cli.models;
