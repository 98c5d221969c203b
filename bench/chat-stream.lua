-- wrk script: POST one streaming OpenAI chat request (bench/gateway-load.sh, warms up the streaming path)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("ACE_BENCH_KEY") or "bench-key")
wrk.body = '{"model":"bench","stream":true,"messages":[{"role":"user","content":"Tell me about the weather."}]}'
