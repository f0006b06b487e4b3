import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The latency a resident feels (README "Benchmarks"): signed text messages sent at a fixed rate, whatever the
 * answers' speed (an open loop, so a slow answer does not hold back the next message and hide itself), each timed
 * from the moment it was due to be sent. Same messages as bench/portal.lua. Run by bench/portal-bench.sh:
 *
 *   java bench/FixedRate.java URL RATE SECONDS OPENIDS [WARMUP_SECONDS]
 *
 * URL is the portal's address with a valid signature query. The first WARMUP_SECONDS (default 5) run at the same rate
 * and are not counted: they warm this client (its JIT, its connections) so that the figure is the server's. Prints the
 * p99 of each five seconds (SLICE lines), to show whether the tail is steady or comes in bursts, then one RESULT line.
 */
public class FixedRate {

    private static final String[] COMPLAINTS = {
        "海慧路下水道堵了,臭得很", "普州大道路灯坏了好几天了 晚上黑黢黢的", "紫薇苑门口垃圾三天没人收了",
        "外南街有人占道摆摊 车都过不去", "东门菜市场旁边井盖不见了 好危险", "龙井花园楼道里堆满了杂物 消防通道堵死了",
        "解放村1组曾家院子旁边的河沟被污染了 水又黑又臭", "贾岛村3组那棵黄桷树枝丫压到电线了", "圆觉路有人半夜打麻将 吵得睡不着",
        "柠都大道有辆车停在人行道上好几天了", "滨河路楼上天天漏水到我屋头 协商不下来", "北坝广场有人发小广告 贴得到处都是",
        "石羊老街的路烂了好大个坑", "龙台正街菜市场污水横流", "桃林村4组垃圾堆成山了没人管",
        "海慧苑小区电瓶车在楼道里充电 怕起火", "锦绣花园门口路灯一直闪", "柏杨村3组有人偷电缆",
        "东大街的下水道冒水 满街都是", "龙井巷有人遛狗不牵绳 还咬人"
    };
    private static final Pattern EVENT_NUMBER = Pattern.compile("\\d{8}-\\d{4}");

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int openids = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        int counted = rate * seconds;
        int total = rate * (warmup + seconds);
        int firstCounted = rate * warmup;
        long createTime = System.currentTimeMillis() / 1000;
        String msgPrefix = Long.toString(System.currentTimeMillis() / 1000) + "9"; // 19 digits in all: a MsgId is a long
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        long[] latencies = new long[counted];
        Arrays.fill(latencies, -1);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger events = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            int n = i;
            clock.schedule(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                String openid = String.format("o-fixed-%05d", random.nextInt(openids) + 1);
                String body = "<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[" + openid
                        + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                        + "<Content><![CDATA[" + COMPLAINTS[random.nextInt(COMPLAINTS.length)] + "]]></Content><MsgId>"
                        + msgPrefix + String.format("%08d", n) + "</MsgId></xml>";
                HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).whenComplete((response, failure) -> {
                    if (n < firstCounted) {
                        done.countDown();
                        return;
                    }
                    latencies[n - firstCounted] = System.nanoTime() - due;
                    if (failure != null || response.statusCode() != 200) {
                        if (errors.incrementAndGet() == 1) {
                            System.err.println("first failure: " + (failure != null ? failure : "HTTP " + response.statusCode()));
                        }
                    } else if (EVENT_NUMBER.matcher(response.body()).find()) {
                        events.incrementAndGet();
                    }
                    done.countDown();
                });
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        done.await(warmup + seconds + 30L, TimeUnit.SECONDS);
        clock.shutdownNow();
        for (int from = 0; from < counted; from += rate * 5) {
            long[] slice = Arrays.stream(latencies, from, Math.min(from + rate * 5, counted)).filter(l -> l >= 0).sorted().toArray();
            System.out.printf("SLICE seconds=%d-%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", from / rate, Math.min(from + rate * 5, counted) / rate,
                    percentile(slice, 50), percentile(slice, 99), slice.length == 0 ? 0 : slice[slice.length - 1] / 1e6);
        }
        long[] sorted = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        System.out.printf("RESULT rate=%d requests=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d events=%d%n", rate,
                sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                errors.get() + (counted - sorted.length), events.get());
        System.exit(0);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
