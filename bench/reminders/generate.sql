-- Scale data for the reminder benchmark (bench/reminders-bench.sh), MariaDB 10.11+ only: it uses the
-- SEQUENCE engine's virtual tables (seq_1_to_N) as row sources.
--
-- Run it in a database whose schema GridBot's Flyway migrations created; it empties the tables it fills
-- (and the reminder outbox), so it can be run again with another size. Parameters, set before sourcing:
--   @residents  register size (default 1000000, at most 10000000)
--   @registers  records of the five other registers (HOUSE, PLACE, FLOATING, SPECIAL, ASSISTED), default 0,
--               at most 10000000
--   @today      the benchmark's date D (default 2026-11-27): last visits lie in the 60 days before it
--
-- Every value is derived from CRC32 of the row number, so a given size always gives the same data and
-- the same reminder counts. No index is dropped: the run is measured on the schema exactly as Flyway
-- leaves it, and loading in primary-key (and grid) order keeps the index inserts mostly sequential.

SET @residents = COALESCE(@residents, 1000000);
SET @registers = COALESCE(@registers, 0);
SET @today = CAST(COALESCE(@today, '2026-11-27') AS DATE);
SET @now = UTC_TIMESTAMP(3);   -- GridBot stores times in UTC

-- A clean register: reminders and runs refer to residents, so they go too.
TRUNCATE TABLE notification;
TRUNCATE TABLE reminder_run;
TRUNCATE TABLE resident_visit;
TRUNCATE TABLE resident;
TRUNCATE TABLE register_check;
TRUNCATE TABLE register_pick;
TRUNCATE TABLE register_record;
TRUNCATE TABLE worker;
TRUNCATE TABLE grid_unit;

-- ---------------------------------------------------------------------------------------------------
-- Grid tree: county BX, 20 townships BX-T01.., 10 communities each (200), 10..20 grids each (~3,000).
-- Codes and paths follow the importer: path = parent path + code + '/'.
-- ---------------------------------------------------------------------------------------------------
INSERT INTO grid_unit (code, name, level, parent_code, path, keywords, geometry, created_at, updated_at)
VALUES ('BX', '百川县', 'COUNTY', NULL, '/BX/', '', NULL, @now, @now);

INSERT INTO grid_unit (code, name, level, parent_code, path, keywords, geometry, created_at, updated_at)
SELECT CONCAT('BX-T', LPAD(t.seq, 2, '0')),
       CONCAT(ELT(t.seq, '东山', '西河', '南坝', '北岭', '青石', '白马', '龙泉', '桃园', '柏林', '金桥',
                         '石桥', '永安', '长乐', '高升', '太平', '兴隆', '清水', '双河', '大坪', '新民'), '镇'),
       'TOWNSHIP', 'BX', CONCAT('/BX/BX-T', LPAD(t.seq, 2, '0'), '/'), '', NULL, @now, @now
  FROM seq_1_to_20 t;

INSERT INTO grid_unit (code, name, level, parent_code, path, keywords, geometry, created_at, updated_at)
SELECT CONCAT(p.code, '-M', LPAD(m.seq, 2, '0')),
       CONCAT(SUBSTRING(p.name, 1, 2),
              ELT(m.seq, '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'),
              IF(m.seq <= 4, '社区', '村')),
       'COMMUNITY', p.code, CONCAT(p.path, p.code, '-M', LPAD(m.seq, 2, '0'), '/'), '', NULL, @now, @now
  FROM grid_unit p JOIN seq_1_to_10 m
 WHERE p.level = 'TOWNSHIP';

-- Grids get a running number (gno) for the squares below and for spreading workers and residents.
-- Their polygons are 0.01° squares on a 60-wide lattice: cheap, valid, and unused by reminders.
INSERT INTO grid_unit (code, name, level, parent_code, path, keywords, geometry, created_at, updated_at)
SELECT g.code, g.name, 'GRID', g.parent_code, g.path, '',
       CONCAT('{"type":"Polygon","coordinates":[[',
              '[', 105 + (g.gno MOD 60) * 0.01, ',', 30 + (g.gno DIV 60) * 0.01, '],',
              '[', 105.01 + (g.gno MOD 60) * 0.01, ',', 30 + (g.gno DIV 60) * 0.01, '],',
              '[', 105.01 + (g.gno MOD 60) * 0.01, ',', 30.01 + (g.gno DIV 60) * 0.01, '],',
              '[', 105 + (g.gno MOD 60) * 0.01, ',', 30.01 + (g.gno DIV 60) * 0.01, '],',
              '[', 105 + (g.gno MOD 60) * 0.01, ',', 30 + (g.gno DIV 60) * 0.01, ']]]}'),
       @now, @now
  FROM (SELECT CONCAT(c.code, '-G', LPAD(s.seq, 2, '0')) AS code,
               CONCAT(c.name, '第', s.seq, '网格') AS name,
               c.code AS parent_code,
               CONCAT(c.path, c.code, '-G', LPAD(s.seq, 2, '0'), '/') AS path,
               ROW_NUMBER() OVER (ORDER BY c.code, s.seq) - 1 AS gno
          FROM grid_unit c JOIN seq_1_to_20 s
         WHERE c.level = 'COMMUNITY' AND s.seq <= 10 + CRC32(c.code) MOD 11) g;

-- The grids in code order, numbered 0..n-1, for the worker and resident inserts.
CREATE TEMPORARY TABLE bench_grid (gno INT NOT NULL PRIMARY KEY, code VARCHAR(64) NOT NULL)
SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS gno, code FROM grid_unit WHERE level = 'GRID';
SELECT COUNT(*) INTO @grids FROM bench_grid;

-- ---------------------------------------------------------------------------------------------------
-- Workers: one per grid, a second one in every 15th grid (~3,200); about 8 % have not bound WeChat yet
-- (no openid), so their reminders wait as NO_RECIPIENT.
-- ---------------------------------------------------------------------------------------------------
INSERT INTO worker (code, name, phone, unit_code, openid, on_duty, created_at, updated_at)
SELECT CONCAT('BW', LPAD(w.n, 5, '0')),
       CONCAT(ELT(1 + CRC32(CONCAT('ws', w.n)) MOD 12, '张', '李', '王', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'),
              ELT(1 + CRC32(CONCAT('wg', w.n)) MOD 12, '莉', '伟', '芳', '强', '敏', '静', '磊', '燕', '军', '洋', '勇', '艳')),
       CONCAT('139', LPAD(w.n, 8, '0')),
       w.code,
       IF(CRC32(CONCAT('wo', w.n)) MOD 100 < 8, NULL, CONCAT('bench-worker-', w.n)),
       TRUE, @now, @now
  FROM (SELECT ROW_NUMBER() OVER (ORDER BY g.gno, s.seq) AS n, g.code
          FROM bench_grid g JOIN seq_1_to_2 s
         WHERE s.seq = 1 OR g.gno MOD 15 = 0) w;

-- ---------------------------------------------------------------------------------------------------
-- Residents, in grid order (as a per-grid import would number them), ~@residents / @grids per grid.
--   birth dates uniform over 1930-01-01..2010-12-31 (29,585 days; 29 February births occur naturally),
--     about 0.3 % unknown;
--   care (ELDERLY and/or EMPTY_NEST, birthday_care) for two in three of those born before 1966: ~30 %;
--   other tags (DISABLED, POVERTY_RELIEF, KEY_CARE, no birthday care) for ~3 % of the rest;
--   a visit schedule (7, 14 or 30 days) for three in four care residents and all other-tag ones: ~25 %,
--     last visit within the 60 days before @today, or never (4 % of schedules: ~1 % of the register).
-- h1..h6 are independent pseudo-random draws per row.
-- ---------------------------------------------------------------------------------------------------
INSERT INTO resident (natural_key, name, gender, birth_date, birth_md, phone, id_number, address, grid_code, tags,
                      birthday_care, visit_interval_days, last_visit_date, next_visit_due, openid, created_at, updated_at)
SELECT CONCAT('bench|', LPAD(r.n, 7, '0')),
       CONCAT(ELT(1 + r.h1 MOD 20, '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周',
                                   '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '付'),
              ELT(1 + r.h1 DIV 20 MOD 16, '秀', '桂', '建', '国', '玉', '德', '文', '明',
                                          '良', '淑', '志', '春', '永', '惠', '世', '丽'),
              ELT(1 + r.h1 DIV 320 MOD 16, '英', '兰', '华', '芬', '容', '珍', '清', '平',
                                           '荣', '成', '福', '霞', '生', '林', '琼', '强')),
       IF(r.h2 MOD 2 = 0, 'F', 'M'),
       r.birth_date,
       MONTH(r.birth_date) * 100 + DAYOFMONTH(r.birth_date),        -- as GridBot stores it; NULL if unknown
       CONCAT('1', ELT(1 + r.h2 MOD 5, '39', '58', '37', '88', '51'), LPAD(r.n, 8, '0')),
       NULL,
       CONCAT(ELT(1 + r.h3 MOD 8, '滨河路', '海慧路', '人民路', '解放街', '建设路', '兴隆街', '文化路', '育才巷'),
              1 + r.h3 DIV 8 MOD 300, '号'),
       r.grid_code,
       CASE
         WHEN r.care THEN CONCAT(ELT(1 + r.h4 MOD 10, 'ELDERLY', 'ELDERLY', 'ELDERLY', 'ELDERLY', 'ELDERLY',
                                                      'EMPTY_NEST', 'EMPTY_NEST', 'EMPTY_NEST',
                                                      'ELDERLY|EMPTY_NEST', 'ELDERLY|EMPTY_NEST'),
                                 IF(r.h4 DIV 10 MOD 20 = 0, '|DISABLED', ''))
         WHEN r.other THEN ELT(1 + r.h4 MOD 3, 'DISABLED', 'POVERTY_RELIEF', 'KEY_CARE')
         ELSE ''
       END,
       r.care,
       IF(r.scheduled, r.interval_days, NULL),
       IF(r.scheduled AND NOT r.never, r.last_visit, NULL),
       IF(r.scheduled AND NOT r.never, r.last_visit + INTERVAL r.interval_days DAY, NULL),
       IF(r.h6 MOD 10 = 0, CONCAT('bench-resident-', r.n), NULL),
       @now - INTERVAL 400 DAY,
       @now - INTERVAL (1 + r.h6 DIV 10 MOD 365) DAY               -- all before the benchmark's first run
  FROM (SELECT e.*, e.scheduled AND e.h6 DIV 3650 MOD 100 < 4 AS never
          FROM (SELECT d.*, (d.care AND d.h5 DIV 3 MOD 100 < 75) OR d.other AS scheduled
                  FROM (SELECT c.*, NOT c.care AND c.h4 DIV 200 MOD 100 < 3 AS other
                          FROM (SELECT b.*,
                                       COALESCE(b.birth_date < DATE '1966-01-01', FALSE)
                                         AND b.h2 DIV 5 MOD 3 <> 0 AS care
                                  FROM (SELECT a.*,
                                               IF(a.h3 DIV 2400 MOD 1000 < 3, NULL,
                                                  DATE '1930-01-01' + INTERVAL (a.h1 DIV 5120 MOD 29585) DAY) AS birth_date,
                                               CASE a.h5 MOD 3 WHEN 0 THEN 7 WHEN 1 THEN 14 ELSE 30 END AS interval_days,
                                               @today - INTERVAL (1 + a.h5 DIV 300 MOD 60) DAY AS last_visit
                                          FROM (SELECT s.seq AS n, g.code AS grid_code,
                                                       CRC32(CONCAT('a', s.seq)) AS h1, CRC32(CONCAT('b', s.seq)) AS h2,
                                                       CRC32(CONCAT('c', s.seq)) AS h3, CRC32(CONCAT('d', s.seq)) AS h4,
                                                       CRC32(CONCAT('e', s.seq)) AS h5, CRC32(CONCAT('f', s.seq)) AS h6
                                                  FROM seq_1_to_10000000 s
                                                  JOIN bench_grid g ON g.gno = (s.seq - 1) * @grids DIV @residents
                                                 WHERE s.seq <= @residents) a) b) c) d) e) r;

-- ---------------------------------------------------------------------------------------------------
-- Register records (README "Registers"), in grid order, ~@registers / @grids per grid:
--   kinds: HOUSE 40 %, PLACE 5 %, FLOATING 25 %, SPECIAL 5 %, ASSISTED 25 %;
--   one in ten with its own interval (half or twice the kind's default), the rest the default
--     (HOUSE 365, PLACE 30, FLOATING 90, SPECIAL 30, ASSISTED 90 days);
--   last check uniformly within interval + 14 days before @today (so about 14 / (interval + 14) of each kind
--     is overdue), or never (0.2 %);
--   three in ten floating residents with an expected leaving day from 20 days before @today to 179 after.
-- ---------------------------------------------------------------------------------------------------
INSERT INTO register_record (kind, natural_key, name, person, phone, id_number, sub_kind, address, grid_code, structure,
                             house_use, occupants, rented, origin, arrived_on, expected_leave_on, check_interval_days,
                             last_check_date, next_check_due, all_filled, created_at, updated_at)
SELECT r.kind, CONCAT('bench|', LPAD(r.n, 8, '0')),
       IF(r.kind = 'HOUSE', NULL, IF(r.kind = 'PLACE',
          CONCAT(ELT(1 + r.h2 MOD 6, '兴旺', '安康', '金马', '顺发', '红星', '平安'),
                 ELT(1 + r.h2 DIV 6 MOD 5, '网吧', '加油站', '农家乐', '回收站', '液化气站')),
          CONCAT(ELT(1 + r.h2 MOD 10, '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'),
                 ELT(1 + r.h2 DIV 10 MOD 10, '建', '国', '玉', '德', '文', '明', '良', '志', '春', '永'),
                 ELT(1 + r.h2 DIV 100 MOD 10, '华', '芬', '平', '荣', '成', '福', '霞', '林', '琼', '强')))),
       IF(r.kind IN ('HOUSE', 'PLACE'), '李某', NULL),
       IF(r.kind = 'SPECIAL', NULL, CONCAT('138', LPAD(r.n, 8, '0'))),
       IF(r.kind IN ('FLOATING', 'SPECIAL', 'ASSISTED'), CONCAT('510121', 19500101 + r.h3 MOD 500000, LPAD(r.n MOD 10000, 4, '0')), NULL),
       CASE r.kind WHEN 'PLACE' THEN ELT(1 + r.h3 MOD 3, 'SAFETY', 'FIRE', 'ORDER')
                   WHEN 'SPECIAL' THEN ELT(1 + r.h3 MOD 3, '社区矫正', '刑满释放', '严重精神障碍')
                   WHEN 'ASSISTED' THEN ELT(1 + r.h3 MOD 3, '低保', '特困供养', '残疾人帮扶') END,
       CONCAT(ELT(1 + r.h4 MOD 8, '滨河路', '海慧路', '人民路', '解放街', '建设路', '兴隆街', '文化路', '育才巷'),
              1 + r.h4 DIV 8 MOD 300, '号', IF(r.kind = 'HOUSE', CONCAT('-', r.n), '')),
       r.grid_code,
       IF(r.kind = 'HOUSE', ELT(1 + r.h4 MOD 3, '砖混', '框架', '土木'), NULL),
       IF(r.kind = 'HOUSE', ELT(1 + r.h4 DIV 3 MOD 3, '自住', '出租', '商住'), NULL),
       IF(r.kind = 'HOUSE', r.h4 MOD 6, NULL),
       IF(r.kind = 'HOUSE', r.h4 DIV 3 MOD 3 = 1, NULL),
       IF(r.kind = 'FLOATING', '四川南充', NULL),
       IF(r.kind = 'FLOATING', @today - INTERVAL (30 + r.h5 MOD 300) DAY, NULL),
       r.leave_on,
       r.own_interval,
       r.last_check,
       r.last_check + INTERVAL r.interval_days DAY,
       r.last_check IS NOT NULL AND r.own_interval IS NOT NULL,
       @now - INTERVAL 400 DAY,
       @now - INTERVAL (1 + r.h6 MOD 365) DAY                        -- all before the benchmark's first run
  FROM (SELECT c.*,
               IF(c.h5 DIV 7 MOD 1000 < 2, NULL, @today - INTERVAL (1 + c.h6 DIV 7 MOD (c.interval_days + 14)) DAY) AS last_check,
               IF(c.kind = 'FLOATING' AND c.h5 DIV 7000 MOD 10 < 3, @today + INTERVAL (CAST(c.h5 DIV 70000 MOD 200 AS SIGNED) - 20) DAY, NULL) AS leave_on
          FROM (SELECT b.*, COALESCE(b.own_interval, b.default_interval) AS interval_days
                  FROM (SELECT a.*,
                               CASE a.kind WHEN 'HOUSE' THEN 365 WHEN 'FLOATING' THEN 90 WHEN 'ASSISTED' THEN 90 ELSE 30 END
                                 AS default_interval,
                               IF(a.h1 DIV 100 MOD 10 = 0,
                                  CASE a.kind WHEN 'HOUSE' THEN 180 WHEN 'FLOATING' THEN 60 WHEN 'ASSISTED' THEN 180 ELSE 15 END,
                                  NULL) AS own_interval
                          FROM (SELECT s.seq AS n, g.code AS grid_code,
                                       CASE WHEN CRC32(CONCAT('k', s.seq)) MOD 100 < 40 THEN 'HOUSE'
                                            WHEN CRC32(CONCAT('k', s.seq)) MOD 100 < 45 THEN 'PLACE'
                                            WHEN CRC32(CONCAT('k', s.seq)) MOD 100 < 70 THEN 'FLOATING'
                                            WHEN CRC32(CONCAT('k', s.seq)) MOD 100 < 75 THEN 'SPECIAL'
                                            ELSE 'ASSISTED' END AS kind,
                                       CRC32(CONCAT('k', s.seq)) AS h1, CRC32(CONCAT('l', s.seq)) AS h2,
                                       CRC32(CONCAT('m', s.seq)) AS h3, CRC32(CONCAT('n', s.seq)) AS h4,
                                       CRC32(CONCAT('o', s.seq)) AS h5, CRC32(CONCAT('p', s.seq)) AS h6
                                  FROM seq_1_to_10000000 s
                                  JOIN bench_grid g ON g.gno = (s.seq - 1) * @grids DIV @registers
                                 WHERE s.seq <= @registers) a) b) c) r;

DROP TEMPORARY TABLE bench_grid;

-- Fresh optimizer statistics after the bulk load (InnoDB would recalculate them on its own shortly).
ANALYZE TABLE grid_unit, worker, resident, register_record;

-- What was generated.
SELECT (SELECT COUNT(*) FROM register_record) AS register_records, (SELECT COUNT(*) FROM grid_unit WHERE level = 'GRID') AS grids,
       (SELECT COUNT(*) FROM grid_unit) AS units,
       (SELECT COUNT(*) FROM worker) AS workers,
       (SELECT COUNT(*) FROM worker WHERE openid IS NULL) AS workers_unbound,
       COUNT(*) AS residents,
       SUM(birthday_care) AS birthday_care,
       SUM(visit_interval_days IS NOT NULL) AS scheduled,
       SUM(visit_interval_days IS NOT NULL AND last_visit_date IS NULL) AS never_visited,
       SUM(birth_md = 229) AS born_29_feb,
       SUM(birthday_care AND birth_md = 229) AS care_29_feb,
       MIN(birth_date) AS first_birth, MAX(birth_date) AS last_birth
  FROM resident;
