DROP INDEX `awards_year_title_idx`;--> statement-breakpoint
DROP INDEX `awards_incentive_idx`;--> statement-breakpoint
DROP INDEX `awards_title_idx`;--> statement-breakpoint
ALTER TABLE `awards` ADD `search_text` text;--> statement-breakpoint
ALTER TABLE `awards` ADD `title_sort` text;--> statement-breakpoint
CREATE INDEX `awards_year_title_sort_idx` ON `awards` (`year`,`title_sort`);--> statement-breakpoint
CREATE INDEX `awards_incentive_asc_idx` ON `awards` ((case when incentive_won is null then 1 else 0 end),`incentive_won`);--> statement-breakpoint
CREATE INDEX `awards_incentive_desc_idx` ON `awards` ((case when incentive_won is null then 1 else 0 end),incentive_won desc);--> statement-breakpoint
CREATE INDEX `awards_title_sort_idx` ON `awards` (`title_sort`);