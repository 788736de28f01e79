ALTER TABLE `policy_points` ADD `quotes_total` text;
--> statement-breakpoint
-- data migration
-- The source's one sentence that quotes the year's award totals: its figures become data.
UPDATE `policy_points` SET `quotes_total` = '{"year":2023,"awardCount":61,"incentiveTotalWon":1270500000,"change":{"awardCount":16,"incentiveTotalWon":327900000},"asOf":"2023년 문서 작성 시점"}'
WHERE `parent_id` IS NULL AND `text` LIKE '2023년 %기관표창 총 61건%인센티브 1,270.5백만원 확보(전년대비 +16건 / +327.9백만원)%';
