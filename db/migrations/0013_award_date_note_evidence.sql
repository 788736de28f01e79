CREATE TABLE `evidence_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`award_id` integer,
	`submission_id` integer,
	`storage_key` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`file_name` text NOT NULL,
	`is_public` integer DEFAULT false NOT NULL,
	`department_id` integer NOT NULL,
	`uploaded_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_files_storage_key_unique` ON `evidence_files` (`storage_key`);--> statement-breakpoint
CREATE INDEX `evidence_award_idx` ON `evidence_files` (`award_id`);--> statement-breakpoint
CREATE INDEX `evidence_submission_idx` ON `evidence_files` (`submission_id`);--> statement-breakpoint
ALTER TABLE `awards` ADD `awarded_on` text;--> statement-breakpoint
ALTER TABLE `awards` ADD `remarks` text;