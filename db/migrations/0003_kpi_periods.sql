-- period_end becomes nullable without a table rebuild: a rebuild inside the migrator's transaction, with
-- foreign keys on, would cascade-delete every kpi_value_notes row.
ALTER TABLE `kpi_values` ADD `period_from` text;
--> statement-breakpoint
ALTER TABLE `kpi_values` ADD `period_to` text;
--> statement-breakpoint
ALTER TABLE `kpi_values` ADD `period_end_new` text;
--> statement-breakpoint
UPDATE `kpi_values` SET `period_end_new` = `period_end`;
--> statement-breakpoint
DROP INDEX `kpi_values_kpi_end_idx`;
--> statement-breakpoint
ALTER TABLE `kpi_values` DROP COLUMN `period_end`;
--> statement-breakpoint
ALTER TABLE `kpi_values` RENAME COLUMN `period_end_new` TO `period_end`;
--> statement-breakpoint
CREATE INDEX `kpi_values_kpi_end_idx` ON `kpi_values` (`kpi_id`,`period_end`);
--> statement-breakpoint
ALTER TABLE `kpis` ADD `owner_assigned` integer DEFAULT false NOT NULL;
--> statement-breakpoint
-- data migration
-- Years and halves as the form wrote them: "2024", "2024 상반기", "2024 하반기".
UPDATE `kpi_values` SET `period_from` = `period`, `period_to` = `period` WHERE `period_kind` = 'year' AND `period` GLOB '[0-9][0-9][0-9][0-9]';
--> statement-breakpoint
UPDATE `kpi_values` SET `period_from` = substr(`period`, 1, 4) || '-H1', `period_to` = substr(`period`, 1, 4) || '-H1' WHERE `period_kind` = 'half' AND `period` GLOB '[0-9][0-9][0-9][0-9] 상반기';
--> statement-breakpoint
UPDATE `kpi_values` SET `period_from` = substr(`period`, 1, 4) || '-H2', `period_to` = substr(`period`, 1, 4) || '-H2' WHERE `period_kind` = 'half' AND `period` GLOB '[0-9][0-9][0-9][0-9] 하반기';
--> statement-breakpoint
-- The seeded figures (no creator) get the period the source document gives, or none where it gives none.
UPDATE `kpi_values` SET `period` = '출처에 기간 표시 없음', `period_kind` = 'none', `period_from` = NULL, `period_to` = NULL, `period_end` = NULL WHERE `created_by` IS NULL AND `period` IN ('2023', '2023 상반기', '최근 5년') AND `kpi_id` IN (SELECT `id` FROM `kpis` WHERE `slug` IN ('participation-rate', 'grdp', 'grdp-per-capita', 'fertility-rate', 'school-age-ratio', 'school-age-growth', 'gyoseong-people', 'gyoseong-households', 'seongseok-people', 'seongseok-households', 'gyoseong2-people', 'gyoseong2-households', 'sincheok-people', 'sincheok-households', 'provincial-games-rank', 'sports-theme-town-budget', 'sports-value-center-budget', 'community-care-streak', 'elderly-care-leading-cities', 'grdp-per-farm', 'grdp-per-farmer'));
--> statement-breakpoint
UPDATE `kpi_values` SET `period` = '2023년 4월', `period_kind` = 'month', `period_from` = '2023-04', `period_to` = '2023-04', `period_end` = '2023-04' WHERE `created_by` IS NULL AND `period` = '2023' AND `kpi_id` IN (SELECT `id` FROM `kpis` WHERE `slug` IN ('esg-fields', 'esg-tasks', 'esg-projects', 'esg-budget'));
--> statement-breakpoint
UPDATE `kpi_values` SET `period` = '2023년 1월', `period_kind` = 'month', `period_from` = '2023-01', `period_to` = '2023-01', `period_end` = '2023-01' WHERE `created_by` IS NULL AND `period` = '2023' AND `kpi_id` IN (SELECT `id` FROM `kpis` WHERE `slug` IN ('lake-park-zones', 'lake-park-projects', 'lake-park-budget'));
--> statement-breakpoint
UPDATE `kpi_values` SET `period` = '2023년 5월', `period_kind` = 'month', `period_from` = '2023-05', `period_to` = '2023-05', `period_end` = '2023-05' WHERE `created_by` IS NULL AND `period` = '''23. 5월' AND `kpi_id` IN (SELECT `id` FROM `kpis` WHERE `slug` IN ('iwol-gym-budget'));
--> statement-breakpoint
UPDATE `kpi_values` SET `period` = '2023년 9월', `period_kind` = 'month', `period_from` = '2023-09', `period_to` = '2023-09', `period_end` = '2023-09' WHERE `created_by` IS NULL AND `period` = '''23. 9월' AND `kpi_id` IN (SELECT `id` FROM `kpis` WHERE `slug` IN ('park-golf-budget'));
--> statement-breakpoint
UPDATE `kpi_values` SET `period` = '2023년 10월', `period_kind` = 'month', `period_from` = '2023-10', `period_to` = '2023-10', `period_end` = '2023-10' WHERE `created_by` IS NULL AND `period` = '''23. 10월' AND `kpi_id` IN (SELECT `id` FROM `kpis` WHERE `slug` IN ('gwanghyewon-park-budget'));
--> statement-breakpoint
UPDATE `kpi_values` SET `period` = '2016 ~ 2023', `period_from` = '2016', `period_to` = '2023', `period_end` = '2023-12' WHERE `created_by` IS NULL AND `period` = '''16–''23' AND `kpi_id` IN (SELECT `id` FROM `kpis` WHERE `slug` IN ('investment-cumulative'));
--> statement-breakpoint
UPDATE `kpi_values` SET `period` = '2016 상반기 ~ 2023 상반기', `period_from` = '2016-H1', `period_to` = '2023-H1', `period_end` = '2023-06' WHERE `created_by` IS NULL AND `period` = '''16.상–''23.상' AND `kpi_id` IN (SELECT `id` FROM `kpis` WHERE `slug` IN ('employment-growth'));
--> statement-breakpoint
UPDATE `kpi_values` SET `period` = '2008 ~ 2023', `period_from` = '2008', `period_to` = '2023', `period_end` = '2023-12' WHERE `created_by` IS NULL AND `period` = '''08–''23' AND `kpi_id` IN (SELECT `id` FROM `kpis` WHERE `slug` IN ('population-growth-streak'));
--> statement-breakpoint
UPDATE `kpi_values` SET `period_from` = '2023-H1', `period_to` = '2023-H1' WHERE `created_by` IS NULL AND `period` = '2023 상반기' AND `kpi_id` IN (SELECT `id` FROM `kpis` WHERE `slug` IN ('employment-rate'));
--> statement-breakpoint
-- The source names no owning department for any of its KPIs: each seeded owner was assigned.
UPDATE `kpis` SET `owner_assigned` = 1 WHERE `slug` IN ('18:', 'slug:', 'string;', 'investment-2023', 'investment-cumulative', 'employment-rate', 'participation-rate', 'employment-growth', 'grdp', 'grdp-per-capita', 'esg-fields', 'esg-tasks', 'esg-projects', 'esg-budget', 'population-growth-streak', 'fertility-rate', 'school-age-ratio', 'school-age-growth', 'gyoseong-people', 'gyoseong-households', 'seongseok-people', 'seongseok-households', 'gyoseong2-people', 'gyoseong2-households', 'sincheok-people', 'sincheok-households', 'provincial-games-rank', 'sports-theme-town-budget', 'sports-value-center-budget', 'iwol-gym-budget', 'park-golf-budget', 'gwanghyewon-park-budget', 'community-care-streak', 'elderly-care-leading-cities', 'grdp-per-farm', 'grdp-per-farmer', 'lake-park-zones', 'lake-park-projects', 'lake-park-budget');
--> statement-breakpoint
-- Proposed KPI values carry the same period fields as published ones.
UPDATE `submissions` SET `payload` = json_set(`payload`, '$.periodFrom', json_extract(`payload`, '$.period'), '$.periodTo', json_extract(`payload`, '$.period')) WHERE `entity_type` = 'kpi_value' AND json_extract(`payload`, '$.periodKind') = 'year' AND json_extract(`payload`, '$.period') GLOB '[0-9][0-9][0-9][0-9]';
--> statement-breakpoint
UPDATE `submissions` SET `payload` = json_set(`payload`, '$.periodFrom', substr(json_extract(`payload`, '$.period'), 1, 4) || '-H1', '$.periodTo', substr(json_extract(`payload`, '$.period'), 1, 4) || '-H1') WHERE `entity_type` = 'kpi_value' AND json_extract(`payload`, '$.periodKind') = 'half' AND json_extract(`payload`, '$.period') GLOB '[0-9][0-9][0-9][0-9] 상반기';
--> statement-breakpoint
UPDATE `submissions` SET `payload` = json_set(`payload`, '$.periodFrom', substr(json_extract(`payload`, '$.period'), 1, 4) || '-H2', '$.periodTo', substr(json_extract(`payload`, '$.period'), 1, 4) || '-H2') WHERE `entity_type` = 'kpi_value' AND json_extract(`payload`, '$.periodKind') = 'half' AND json_extract(`payload`, '$.period') GLOB '[0-9][0-9][0-9][0-9] 하반기';
--> statement-breakpoint
-- Release 0.1.0's form could send no 구분, which saved "2023 undefined" ending in December: read it as the year.
UPDATE `submissions` SET `payload` = json_set(`payload`, '$.period', substr(json_extract(`payload`, '$.period'), 1, 4), '$.periodKind', 'year', '$.periodFrom', substr(json_extract(`payload`, '$.period'), 1, 4), '$.periodTo', substr(json_extract(`payload`, '$.period'), 1, 4), '$.periodEnd', substr(json_extract(`payload`, '$.period'), 1, 4) || '-12') WHERE `entity_type` = 'kpi_value' AND json_extract(`payload`, '$.period') GLOB '[0-9][0-9][0-9][0-9] undefined';
