DROP INDEX `awards_year_incentive_idx`;--> statement-breakpoint
DROP INDEX `awards_agency_year_idx`;--> statement-breakpoint
DROP INDEX `awards_deleted_idx`;--> statement-breakpoint
CREATE INDEX `awards_year_incentive_idx` ON `awards` (`year`,`incentive_won`) WHERE "awards"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `awards_agency_year_idx` ON `awards` (`agency_id`,`year`,`incentive_won`) WHERE "awards"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `awards_deleted_idx` ON `awards` (`deleted_at`) WHERE "awards"."deleted_at" is not null;