-- wrk script: POST OpenAI chat requests (bench/gateway-load.sh). Each prompt differs (a counter in the text), as real
-- traffic does: with one fixed body every inspection after the first would be answered from the cascade's turn
-- cache, and the benchmark would not time the inspector at all. The upstream and nginx ignore the prompt.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("ACE_BENCH_KEY") or "bench-key")
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, string.format('{"model":"bench","messages":[{"role":"system","content":'
    .. '"You are a helpful assistant."},{"role":"user","content":"What will the weather be like in Lisbon on day %d?'
    .. ' Please keep it short."}]}', n))
end
