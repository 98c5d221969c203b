-- wrk script: POST one OpenAI chat request (bench/gateway-load.sh)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("ACE_BENCH_KEY") or "bench-key")
wrk.body = '{"model":"bench","messages":[{"role":"system","content":"You are a helpful assistant."},{"role":"user","content":"What will the weather be like in Lisbon tomorrow? Please keep it short."}]}'
