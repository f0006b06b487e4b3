-- wrk script: signed WeChat text messages (plaintext mode) with distinct MsgIds from a pool of 10,000
-- openids, carrying Chinese complaints that name places of the demo county. The signature covers
-- token, timestamp and nonce only, so the caller passes one valid query string in QUERY.
local query = os.getenv("QUERY")
local path = os.getenv("PORTAL_PATH")
local created = os.getenv("CREATE_TIME")
-- SPEC §2's flood control answers a user's 21st message in a minute without creating an event; the pool
-- must be large enough for every measured message to create one (1000 openids stop that near 333 msg/s).
local openids = tonumber(os.getenv("OPENIDS") or "10000")

local complaints = {
  "海慧路下水道堵了,臭得很", "普州大道路灯坏了好几天了 晚上黑黢黢的", "紫薇苑门口垃圾三天没人收了",
  "外南街有人占道摆摊 车都过不去", "东门菜市场旁边井盖不见了 好危险", "龙井花园楼道里堆满了杂物 消防通道堵死了",
  "解放村1组曾家院子旁边的河沟被污染了 水又黑又臭", "贾岛村3组那棵黄桷树枝丫压到电线了", "圆觉路有人半夜打麻将 吵得睡不着",
  "柠都大道有辆车停在人行道上好几天了", "滨河路楼上天天漏水到我屋头 协商不下来", "北坝广场有人发小广告 贴得到处都是",
  "石羊老街的路烂了好大个坑", "龙台正街菜市场污水横流", "桃林村4组垃圾堆成山了没人管",
  "海慧苑小区电瓶车在楼道里充电 怕起火", "锦绣花园门口路灯一直闪", "柏杨村3组有人偷电缆",
  "东大街的下水道冒水 满街都是", "龙井巷有人遛狗不牵绳 还咬人"
}

local tid = 0
local threads = {}
function setup(thread)
  -- A global of the thread's own Lua state: the chunk's local "tid" above is 0 in every thread.
  thread:set("thread_id", tid)
  tid = tid + 1
  table.insert(threads, thread)
end

local counter = 0
local prefix

function init(args)
  prefix = tostring(os.time()) .. tostring(thread_id)
  math.randomseed(os.time() + thread_id * 7919)
end

function request()
  counter = counter + 1
  local msgid = prefix .. string.format("%08d", counter)
  local openid = string.format("o-bench-%05d", math.random(openids))
  local text = complaints[math.random(#complaints)]
  local body = "<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[" .. openid ..
    "]]></FromUserName><CreateTime>" .. created .. "</CreateTime><MsgType><![CDATA[text]]></MsgType>" ..
    "<Content><![CDATA[" .. text .. "]]></Content><MsgId>" .. msgid .. "</MsgId></xml>"
  return wrk.format("POST", path .. "?" .. query, { ["Content-Type"] = "text/xml; charset=utf-8" }, body)
end

-- Replies that name a new event number (a complaint that became an event), as opposed to flood
-- control's "too frequent" answer or an echo.
created_events = 0
function response(status, headers, body)
  if status == 200 and body:find("%d%d%d%d%d%d%d%d%-%d%d%d%d") then
    created_events = created_events + 1
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status +
    summary.errors.timeout
  local created = 0
  for _, thread in ipairs(threads) do
    created = created + (thread:get("created_events") or 0)
  end
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d events=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors, created))
end
