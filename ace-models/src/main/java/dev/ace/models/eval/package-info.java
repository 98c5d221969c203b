/** Evaluation of an inspector on labelled data: confusion matrices, precision, recall, F1, FPR, AUPRC and latency per tier. */
package dev.ace.models.eval;
