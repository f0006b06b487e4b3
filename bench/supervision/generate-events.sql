-- A year of events for the supervision benchmark (bench/supervision-bench.sh), MariaDB 10.11+ only: it
-- uses the SEQUENCE engine's virtual tables (seq_1_to_N) as row sources.
--
-- Run it after bench/reminders/generate.sql (which creates the grid tree and the workers) in a database
-- whose schema GridBot's Flyway migrations created and whose holiday calendar GridBot has seeded. It
-- empties the event tables and the statistics counters; the counters are then recomputed by
-- POST /api/v1/stats/rebuild, as after any bulk load. Parameters, set before sourcing:
--   @events  how many events (default 1000000; at most about 2,500,000, as a day's numbers are nnnn)
--   @today   the benchmark's date D (default 2026-11-27): events lie on the 365 local days D-364..D, and
--            the data is as it stands at the end of D
--
-- The shape (README "Event lifecycle"):
--   days      weekdays busier than weekends, a summer peak (±15 %); events numbered yyyyMMdd-nnnn in the
--             order they arrived that day, ids ascending with time (as GridBot would have stored them);
--             most arrive 09:00-18:00 local time
--   category  MUNICIPAL 22 %, ENVIRONMENT 20 %, URBAN_MANAGEMENT 12 %, DISPUTE 10 %, LIVELIHOOD 9 %,
--             SAFETY 8 %, GREENERY 7 %, OTHER 6 %, PUBLIC_ORDER 5 %, EMERGENCY 1 % (urgent, as are
--             5 % of SAFETY)
--   place     a grid drawn uniformly (unit = grid, matched by KEYWORD or LOCATION, with a point inside the
--             grid's square) or, for 3 %, the township's dispatcher queue (grid_code NULL, unit and path
--             of the township, matched_by NONE); the dispatcher assigns those 30 min-4 h later to a
--             worker of the grid the report was about
--   status    2 % CANCELLED, 7 % still open (ACCEPTED/ASSIGNED, REPORTED in a dispatcher queue), the
--             rest resolved; what D's end has not reached yet stays open, so recent days are mostly
--             open; resolved ones are CLOSED when rated or 7 days after resolution, else RESOLVED
--   deadlines as DeadlinePolicy computes them with the seeded holiday calendar: urgent 15 min / 1 day;
--             others 4 working hours (08:00-18:00 of working days) / close of the 3rd working day
--   timing    7 % signed for late; 8.5 % of resolutions late (overdue), the rest in the window; open
--             events past their resolve deadline are overdue too
--   rating    60 % of resolutions rated within 3 days (5: 60 %, 4: 28 %, 3: 8 %, 2: 3 %, 1: 1 %; 1-2
--             were reopened, flagged and resolved again)
--   reporter  one of 200,000 openids
-- Every value is derived from CRC32 of the event's running number, so a given size always gives the
-- same data. No index is dropped: the benchmark measures the schema exactly as Flyway leaves it.

SET @events = COALESCE(@events, 1000000);
SET @today = CAST(COALESCE(@today, '2026-11-27') AS DATE);
SET @first_day = @today - INTERVAL 364 DAY;
SET @tz = 8;   -- Asia/Shanghai is UTC+8 all year; GridBot stores UTC
SET @now = CAST(@today + INTERVAL 1 DAY AS DATETIME(3)) - INTERVAL @tz HOUR - INTERVAL 1 SECOND;   -- end of D, UTC

TRUNCATE TABLE event_timeline;
TRUNCATE TABLE event_attachment;
TRUNCATE TABLE event_stats;
TRUNCATE TABLE event_unit_count;
TRUNCATE TABLE grid_event;

-- The grids numbered in code order (the same numbering as generate.sql, which placed each grid's
-- 0.01° square by it), with their township and their one or two workers.
CREATE TEMPORARY TABLE bench_egrid (gno INT NOT NULL PRIMARY KEY) ENGINE=InnoDB
SELECT g.gno, g.code, g.path,
       SUBSTRING_INDEX(SUBSTRING_INDEX(g.path, '/', 3), '/', -1) AS town_code,
       CONCAT(SUBSTRING_INDEX(g.path, '/', 3), '/') AS town_path,
       105 + (g.gno MOD 60) * 0.01 AS lon0, 30 + (g.gno DIV 60) * 0.01 AS lat0,
       MIN(w.code) AS w1, IF(COUNT(w.code) > 1, MAX(w.code), MIN(w.code)) AS w2
  FROM (SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS gno, code, path FROM grid_unit WHERE level = 'GRID') g
  LEFT JOIN worker w ON w.unit_code = g.code
 GROUP BY g.gno, g.code, g.path;
SELECT COUNT(*) INTO @grids FROM bench_egrid;

-- Working days (README "Event lifecycle", WorkingCalendar): the seeded calendar_day rows, else Monday to Friday. wcum
-- counts the working days up to a date, so "the k-th working day after d" is bench_wday[wcum(d) + k].
CREATE TEMPORARY TABLE bench_cal (day DATE NOT NULL PRIMARY KEY, working BOOLEAN NOT NULL, wcum INT NOT NULL) ENGINE=InnoDB
SELECT x.day, x.working, SUM(x.working) OVER (ORDER BY x.day) AS wcum
  FROM (SELECT @first_day - INTERVAL 10 DAY + INTERVAL s.seq DAY AS day,
               COALESCE(c.kind = 'WORKDAY', WEEKDAY(@first_day - INTERVAL 10 DAY + INTERVAL s.seq DAY) < 5) AS working
          FROM seq_0_to_420 s
          LEFT JOIN calendar_day c ON c.cal_date = @first_day - INTERVAL 10 DAY + INTERVAL s.seq DAY) x;
CREATE TEMPORARY TABLE bench_wday (k INT NOT NULL PRIMARY KEY, day DATE NOT NULL) ENGINE=InnoDB
SELECT c.wcum AS k, MIN(c.day) AS day FROM bench_cal c WHERE c.working GROUP BY c.wcum;

-- Events per local day: weekday and season weights, rounded so that they add up to @events exactly.
CREATE TEMPORARY TABLE bench_eday (day DATE NOT NULL PRIMARY KEY, first_n INT NOT NULL, cnt INT NOT NULL) ENGINE=InnoDB
SELECT y.day, ROUND(y.before_w * @events / y.total_w) + 1 AS first_n,
       ROUND(y.cum_w * @events / y.total_w) - ROUND(y.before_w * @events / y.total_w) AS cnt
  FROM (SELECT x.day, SUM(x.w) OVER (ORDER BY x.day) AS cum_w, SUM(x.w) OVER (ORDER BY x.day) - x.w AS before_w,
               SUM(x.w) OVER () AS total_w
          FROM (SELECT @first_day + INTERVAL s.seq DAY AS day,
                       ELT(1 + WEEKDAY(@first_day + INTERVAL s.seq DAY), 1.08, 1.0, 1.0, 1.0, 0.98, 0.8, 0.75)
                         * (1 + 0.15 * SIN(2 * PI() * (DAYOFYEAR(@first_day + INTERVAL s.seq DAY) - 105) / 365)) AS w
                  FROM seq_0_to_364 s) x) y;

-- One row per event: its running number n (ascending with time), its day and its place in the day.
CREATE TEMPORARY TABLE bench_ev (n INT NOT NULL PRIMARY KEY, day DATE NOT NULL, dseq INT NOT NULL, dcnt INT NOT NULL) ENGINE=InnoDB
SELECT d.first_n + s.seq - 1 AS n, d.day, s.seq AS dseq, d.cnt AS dcnt
  FROM bench_eday d JOIN seq_1_to_9999 s ON s.seq <= d.cnt;

-- Each level below reads the one inside it several times: merged into one expression (MariaDB's
-- default), the innermost expressions would be evaluated hundreds of times per row (15 s for 20,000
-- events). Materialized, each level is computed once.
SET @saved_optimizer_switch = @@optimizer_switch;
SET SESSION optimizer_switch = 'derived_merge=off';

-- The events, in arrival order (so ids ascend with time). Read inside out:
--   a   the independent draws (h1..h8 are pseudo-random per event) and the report's time and place;
--   b   when it was assigned (at once in a grid, 30 min-4 h later from a dispatcher queue) and the
--       working days around that;
--   c   the deadlines DeadlinePolicy would give;
--   d   the sign-for as it would happen (7 % late);
--   f0  the resolution (8.5 % late) and the resident's rating (60 %);
--   f   when the rating came (within 3 days of the resolution);
--   r   what of that the end of D has reached: the status, and whether and when the event closed.
INSERT INTO grid_event (number, category, confidence, urgent, status, grid_code, unit_code, unit_path, matched_by,
                        assignee_code, reporter_openid, source, description, address, longitude, latitude,
                        sign_deadline, resolve_deadline, accepted_at, resolved_at, closed_at, resolution, overdue,
                        flagged, sign_reminded, rating, created_at, updated_at, version)
SELECT CONCAT(DATE_FORMAT(r.day, '%Y%m%d'), '-', LPAD(r.dseq, 4, '0')),
       ELT(r.ci, 'EMERGENCY', 'ENVIRONMENT', 'MUNICIPAL', 'GREENERY', 'SAFETY', 'PUBLIC_ORDER', 'DISPUTE',
                 'URBAN_MANAGEMENT', 'LIVELIHOOD', 'OTHER'),
       0.55 + (r.h7 MOD 4500) / 10000,
       r.urgent,
       r.status,
       IF(r.queue, NULL, r.grid_code),
       IF(r.queue, r.town_code, r.grid_code),
       IF(r.queue, r.town_path, r.grid_path),
       IF(r.queue, 'NONE', IF(r.located, 'LOCATION', 'KEYWORD')),
       IF(r.in_queue_now, NULL, r.worker),
       CONCAT('bench-reporter-', LPAD(r.h8 MOD 200000, 6, '0')),
       'RESIDENT',
       CONCAT(r.place,
              ELT((r.ci - 1) * 4 + 1 + r.h7 DIV 4500 MOD 4,
                  '有个老人晕倒了,快来人帮忙!', '着火了,烟好大,赶紧来人!', '有人掉河里了,救命啊', '闻到好大一股燃气味,怕是漏气了',
                  '垃圾好几天没人收了,臭得很', '有人半夜乱倒建筑垃圾', '污水冒到路上了,味道好大', '公厕好脏,一直没人打扫',
                  '下水道堵了,一下雨就淹', '井盖不见了,好危险', '路灯坏了好几天,晚上黑黢黢的', '路面烂了个大坑,电瓶车摔了好几个',
                  '树枝挨到电线了,怕出事', '大树挡到窗户,屋头没得光线', '昨晚风大,树倒在路中间了', '绿化带被车压坏了',
                  '消防通道被杂物堵死了', '有人在楼道里给电瓶车充电', '老房子墙裂了好宽的缝,怕垮', '楼里的灭火器都过期了',
                  '电瓶车昨晚被偷了', '有陌生人在小区转来转去,看到门就推', '晚上有人聚众赌博', '有人在街上打架',
                  '楼上天天半夜吵,睡不着', '楼上漏水到我家,协商不好', '邻居的狗乱叫还咬人', '老板拖欠工资三个月不给',
                  '占道经营,路都走不通', '乱停车把出口堵了', '有人违章搭建彩钢棚', '到处贴的小广告',
                  '想问下高龄补贴咋个申请', '医保咋个续交', '老人想开个居住证明', '想找点零工做,有没有门路',
                  '谢谢网格员,辛苦了', '你们好', '点赞,处理得好及时', '问一下这个是啥子意思')),
       IF(r.located, NULL, CONCAT(r.place, 1 + r.h7 DIV 18000 MOD 200, '号')),
       IF(r.located, r.lon0 + 0.0005 + (r.h6 MOD 9000) / 1000000, NULL),
       IF(r.located, r.lat0 + 0.0005 + (r.h6 DIV 9000 MOD 9000) / 1000000, NULL),
       IF(r.in_queue_now, NULL, r.sign_deadline),
       IF(r.in_queue_now, NULL, r.resolve_deadline),
       IF(r.status IN ('ACCEPTED', 'RESOLVED', 'CLOSED'), r.accepted_at, NULL),
       IF(r.status IN ('RESOLVED', 'CLOSED'), r.resolved_at, NULL),
       IF(r.status = 'CLOSED', r.closed_at, NULL),
       IF(r.status IN ('RESOLVED', 'CLOSED'),
          ELT(1 + r.h5 DIV 1000 MOD 4, '已到现场处理完毕', '已联系相关部门处理', '已协调解决,居民表示满意', '已清理完毕,拍照存档'), NULL),
       -- overdue: resolved late, or still open past the resolve deadline (the deadline watch's mark)
       (r.status IN ('RESOLVED', 'CLOSED') AND r.resolved_at > r.resolve_deadline)
         OR (r.status IN ('ASSIGNED', 'ACCEPTED') AND r.resolve_deadline < @now),
       COALESCE(r.status = 'CLOSED' AND r.rating_now <= 2, FALSE),
       -- the watch reminded the worker when the sign-for deadline passed before the sign-for (or D's end)
       NOT r.in_queue_now AND r.status <> 'CANCELLED'
         AND r.sign_deadline < IF(r.status = 'ASSIGNED', @now, r.accepted_at),
       IF(r.status = 'CLOSED', r.rating_now, NULL),
       r.created_at,
       CASE r.status
         WHEN 'CANCELLED' THEN r.created_at + INTERVAL (5 + r.h4 DIV 100 MOD 115) MINUTE
         WHEN 'REPORTED' THEN r.created_at
         WHEN 'ASSIGNED' THEN r.assigned_at
         WHEN 'ACCEPTED' THEN r.accepted_at
         WHEN 'RESOLVED' THEN r.resolved_at
         ELSE r.closed_at
       END,
       0
  FROM (SELECT f.*,
               CASE
                 WHEN f.kind = 'X' THEN 'CANCELLED'
                 WHEN f.queue AND (f.kind = 'O' OR f.assigned_at > @now) THEN 'REPORTED'
                 WHEN f.kind = 'O' THEN IF(f.h3 DIV 1000 MOD 2 = 0 OR f.accepted_at > @now, 'ASSIGNED', 'ACCEPTED')
                 WHEN f.accepted_at > @now THEN 'ASSIGNED'
                 WHEN f.resolved_at > @now THEN 'ACCEPTED'
                 WHEN f.rated_at <= @now OR f.resolved_at + INTERVAL 7 DAY <= @now THEN 'CLOSED'
                 ELSE 'RESOLVED'
               END AS status,
               -- still (or, cancelled, last) in the dispatcher queue: nobody assigned, no deadlines
               f.queue AND (f.kind IN ('O', 'X') OR f.assigned_at > @now) AS in_queue_now,
               IF(f.rated_at <= @now, f.rating, NULL) AS rating_now,
               IF(f.rated_at <= @now, f.rated_at, f.resolved_at + INTERVAL 7 DAY) AS closed_at
          FROM (SELECT f0.*,
                       IF(f0.rating IS NULL, NULL, f0.resolved_at + INTERVAL (30 + f0.h6 DIV 10000 MOD 4290) MINUTE) AS rated_at
                  FROM (SELECT d.*,
                               IF(d.h5 MOD 1000 < 85,
                                  d.resolve_deadline + INTERVAL (60 + d.h5 DIV 1000 MOD 7140) MINUTE,
                                  d.accepted_at + INTERVAL FLOOR(TIMESTAMPDIFF(SECOND, d.accepted_at, d.resolve_deadline)
                                                                 * (0.05 + 0.9 * (d.h5 DIV 4000 MOD 1000) / 1000)) SECOND) AS resolved_at,
                               CASE WHEN d.h6 MOD 100 >= 60 THEN NULL
                                    WHEN d.h6 DIV 100 MOD 100 < 60 THEN 5 WHEN d.h6 DIV 100 MOD 100 < 88 THEN 4
                                    WHEN d.h6 DIV 100 MOD 100 < 96 THEN 3 WHEN d.h6 DIV 100 MOD 100 < 99 THEN 2 ELSE 1
                               END AS rating
                          FROM (SELECT c.*,
                                       IF(c.h4 MOD 100 < 7,
                                          c.sign_deadline + INTERVAL (10 + c.h4 DIV 100 MOD 170) MINUTE,
                                          c.assigned_at + INTERVAL FLOOR(TIMESTAMPDIFF(SECOND, c.assigned_at, c.sign_deadline)
                                                                         * (0.05 + 0.9 * (c.h4 DIV 17000 MOD 1000) / 1000)) SECOND) AS accepted_at
                                  FROM (SELECT b.*,
                                               IF(b.urgent, b.assigned_at + INTERVAL 15 MINUTE,
                                                  CASE
                                                    WHEN NOT b.aw_working OR TIME(b.aw_local) >= '18:00:00' THEN b.next_wd + INTERVAL 12 HOUR
                                                    WHEN TIME(b.aw_local) < '08:00:00' THEN CAST(DATE(b.aw_local) AS DATETIME) + INTERVAL 12 HOUR
                                                    WHEN TIME(b.aw_local) <= '14:00:00' THEN b.aw_local + INTERVAL 4 HOUR
                                                    ELSE b.next_wd + INTERVAL (TIME_TO_SEC(TIME(b.aw_local)) - 6 * 3600) SECOND
                                                  END - INTERVAL @tz HOUR) AS sign_deadline,
                                               IF(b.urgent, b.assigned_at + INTERVAL 1 DAY,
                                                  b.third_wd + INTERVAL (18 - @tz) HOUR) AS resolve_deadline
                                          FROM (SELECT a.*, a.assigned_at + INTERVAL @tz HOUR AS aw_local, cal.working AS aw_working,
                                                       CAST(w1.day AS DATETIME) AS next_wd, CAST(w3.day AS DATETIME) AS third_wd
                                                  FROM (SELECT a0.*,
                                                               a0.created_at + INTERVAL IF(a0.queue, 30 + a0.h2 DIV 100000 MOD 210, 0) MINUTE AS assigned_at
                                                          FROM (SELECT e.n, e.day, e.dseq, g.code AS grid_code, g.path AS grid_path,
                                                                       g.town_code, g.town_path, g.lon0, g.lat0,
                                                                       IF(e.h3 DIV 7 MOD 2 = 0, g.w1, g.w2) AS worker,
                                                                       e.h1, e.h2, e.h3, e.h4, e.h5, e.h6, e.h7, e.h8,
                                                                       CASE
                                                                         WHEN e.h1 MOD 1000 < 10 THEN 1    -- EMERGENCY
                                                                         WHEN e.h1 MOD 1000 < 210 THEN 2   -- ENVIRONMENT
                                                                         WHEN e.h1 MOD 1000 < 430 THEN 3   -- MUNICIPAL
                                                                         WHEN e.h1 MOD 1000 < 500 THEN 4   -- GREENERY
                                                                         WHEN e.h1 MOD 1000 < 580 THEN 5   -- SAFETY
                                                                         WHEN e.h1 MOD 1000 < 630 THEN 6   -- PUBLIC_ORDER
                                                                         WHEN e.h1 MOD 1000 < 730 THEN 7   -- DISPUTE
                                                                         WHEN e.h1 MOD 1000 < 850 THEN 8   -- URBAN_MANAGEMENT
                                                                         WHEN e.h1 MOD 1000 < 940 THEN 9   -- LIVELIHOOD
                                                                         ELSE 10                           -- OTHER
                                                                       END AS ci,
                                                                       e.h1 MOD 1000 < 10
                                                                         OR (e.h1 MOD 1000 BETWEEN 500 AND 579 AND e.h1 DIV 1000 MOD 100 < 5) AS urgent,
                                                                       e.h2 MOD 100 < 3 AS queue,
                                                                       e.h2 MOD 100 >= 3 AND e.h2 DIV 100 MOD 100 < 40 AS located,   -- a queue had no usable location
                                                                       CASE WHEN e.h3 MOD 1000 < 20 THEN 'X' WHEN e.h3 MOD 1000 < 90 THEN 'O' ELSE 'R' END AS kind,
                                                                       ELT(1 + e.h6 DIV 81000000 MOD 12, '滨河路', '人民路', '解放街', '建设路', '兴隆街', '文化路',
                                                                           '育才巷', '幸福小区', '锦绣花园', '老街菜市场', '村委会旁边', '学校门口') AS place,
                                                                       -- local time of day, rising with the place in the day so that numbers follow
                                                                       -- time: 3 % 00-06 h, 12 % 06-09 h, 65 % 09-18 h, 17 % 18-22 h, 3 % 22-24 h
                                                                       CAST(e.day AS DATETIME(3)) - INTERVAL @tz HOUR
                                                                         + INTERVAL FLOOR(3600 * CASE
                                                                             WHEN e.u < 0.03 THEN e.u / 0.03 * 6
                                                                             WHEN e.u < 0.15 THEN 6 + (e.u - 0.03) / 0.12 * 3
                                                                             WHEN e.u < 0.80 THEN 9 + (e.u - 0.15) / 0.65 * 9
                                                                             WHEN e.u < 0.97 THEN 18 + (e.u - 0.80) / 0.17 * 4
                                                                             ELSE 22 + (e.u - 0.97) / 0.03 * 2
                                                                           END) SECOND
                                                                         + INTERVAL (e.h8 DIV 200000 MOD 1000 * 1000) MICROSECOND AS created_at
                                                                  FROM (SELECT v.n, v.day, v.dseq, (v.dseq - 0.5) / v.dcnt AS u,
                                                                               CRC32(CONCAT('c', v.n)) AS h1, CRC32(CONCAT('g', v.n)) AS h2,
                                                                               CRC32(CONCAT('s', v.n)) AS h3, CRC32(CONCAT('a', v.n)) AS h4,
                                                                               CRC32(CONCAT('r', v.n)) AS h5, CRC32(CONCAT('p', v.n)) AS h6,
                                                                               CRC32(CONCAT('t', v.n)) AS h7, CRC32(CONCAT('o', v.n)) AS h8
                                                                          FROM bench_ev v) e
                                                                  JOIN bench_egrid g ON g.gno = e.h2 DIV 10000 MOD @grids) a0) a
                                                  JOIN bench_cal cal ON cal.day = DATE(a.assigned_at + INTERVAL @tz HOUR)
                                                  JOIN bench_wday w1 ON w1.k = cal.wcum + 1
                                                  JOIN bench_wday w3 ON w3.k = cal.wcum + 3) b) c) d) f0) f) r
 ORDER BY r.n;

SET SESSION optimizer_switch = @saved_optimizer_switch;
DROP TEMPORARY TABLE bench_ev, bench_eday, bench_wday, bench_cal, bench_egrid;

-- What was generated (percentages of all events).
SELECT COUNT(*) AS events, MIN(created_at) AS first_utc, MAX(created_at) AS last_utc,
       ROUND(100 * SUM(status IN ('RESOLVED', 'CLOSED')) / COUNT(*), 1) AS pct_resolved,
       ROUND(100 * SUM(status IN ('REPORTED', 'ASSIGNED', 'ACCEPTED')) / COUNT(*), 1) AS pct_open,
       ROUND(100 * SUM(status = 'CANCELLED') / COUNT(*), 1) AS pct_cancelled,
       ROUND(100 * SUM(resolved_at > resolve_deadline) / SUM(status IN ('RESOLVED', 'CLOSED')), 1) AS pct_late_of_resolved,
       ROUND(100 * SUM(overdue) / COUNT(*), 1) AS pct_overdue,
       ROUND(100 * SUM(rating IS NOT NULL) / SUM(status = 'CLOSED'), 1) AS pct_rated_of_closed,
       ROUND(100 * SUM(grid_code IS NULL) / COUNT(*), 1) AS pct_queue,
       ROUND(100 * SUM(category = 'EMERGENCY') / COUNT(*), 1) AS pct_emergency
  FROM grid_event;
