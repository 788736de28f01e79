ALTER TABLE `agencies` ADD `active` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `agencies` ADD `deactivated_at` integer;--> statement-breakpoint
ALTER TABLE `award_departments` ADD `published_as` integer REFERENCES departments(id);--> statement-breakpoint
ALTER TABLE `departments` ADD `deactivated_at` integer;--> statement-breakpoint
ALTER TABLE `departments` ADD `ended_on` text;--> statement-breakpoint
ALTER TABLE `departments` ADD `merged_into` integer;