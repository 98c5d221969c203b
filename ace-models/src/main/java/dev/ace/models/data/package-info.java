/** Labelled text datasets (the JSONL format of {@code ../shared/data} and {@code data/examples}) for training and evaluation. */
package dev.ace.models.data;
