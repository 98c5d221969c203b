/**
 * The LLM-judge tier: {@link dev.ace.models.judge.LlamaGuardJudge} asks an OpenAI-compatible chat endpoint
 * (a Llama Guard 3 server on vLLM or Ollama, or any chat model given the constitution as its policy)
 * whether a turn is safe, with timeouts, bounded retries, and a circuit breaker; configured by
 * {@link dev.ace.models.judge.JudgeConfig}. See {@code docs/judge.md}.
 */
package dev.ace.models.judge;
