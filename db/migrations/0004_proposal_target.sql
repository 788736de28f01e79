ALTER TABLE `submissions` ADD `target` text;--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_open_per_target_uq` ON `submissions` (`target`) WHERE "submissions"."status" in ('pending', 'returned') and "submissions"."target" is not null;--> statement-breakpoint
-- data migration
UPDATE `submissions` SET `target` = `entity_type` || ':' || `entity_id` WHERE `entity_id` IS NOT NULL;--> statement-breakpoint
-- A new KPI period's open proposals: the earliest keeps the target (two could exist before this guard).
UPDATE `submissions` SET `target` = 'kpi:' || json_extract(`payload`, '$.kpiId') || ':' || json_extract(`payload`, '$.period')
WHERE `entity_type` = 'kpi_value' AND `entity_id` IS NULL AND (`status` NOT IN ('pending', 'returned') OR `id` = (
  SELECT min(s2.`id`) FROM `submissions` s2
  WHERE s2.`entity_type` = 'kpi_value' AND s2.`entity_id` IS NULL AND s2.`status` IN ('pending', 'returned')
    AND json_extract(s2.`payload`, '$.kpiId') = json_extract(`submissions`.`payload`, '$.kpiId')
    AND json_extract(s2.`payload`, '$.period') = json_extract(`submissions`.`payload`, '$.period')));
