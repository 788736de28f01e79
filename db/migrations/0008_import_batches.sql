CREATE TABLE `import_batch_rows` (
	`batch_id` integer NOT NULL,
	`award_id` integer NOT NULL,
	`kind` text NOT NULL,
	`before` text,
	`version_after` integer NOT NULL,
	PRIMARY KEY(`batch_id`, `award_id`),
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`added_count` integer NOT NULL,
	`updated_count` integer NOT NULL,
	`undone_at` integer,
	`undone_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
