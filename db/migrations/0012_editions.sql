CREATE TABLE `editions` (
	`year` integer PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`first_published_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`year`) REFERENCES `years`(`year`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `edition_areas` (
	`year` integer NOT NULL,
	`area_id` integer NOT NULL,
	`title` text NOT NULL,
	`sort_order` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`year`, `area_id`),
	FOREIGN KEY (`year`) REFERENCES `editions`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `policy_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `edition_areas_order_idx` ON `edition_areas` (`year`,`sort_order`);--> statement-breakpoint
CREATE TABLE `__new_policy_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`area_id` integer NOT NULL,
	`parent_id` integer,
	`text` text NOT NULL,
	`quotes_total` text,
	`sort_order` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`year`) REFERENCES `editions`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `policy_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- data migration
-- The transcribed areas and points become the 2023 edition, published when the document was
-- (2024-01-31 KST, the seed's timestamp): what was published after that is its change log.
INSERT OR IGNORE INTO `years` (`year`) SELECT 2023 WHERE EXISTS (SELECT 1 FROM `policy_areas`);
--> statement-breakpoint
INSERT INTO `editions` (`year`, `status`, `first_published_at`, `created_at`, `updated_at`)
SELECT 2023, 'published', 1706626800000, 1706626800000, 1706626800000 WHERE EXISTS (SELECT 1 FROM `policy_areas`);
--> statement-breakpoint
INSERT INTO `edition_areas` (`year`, `area_id`, `title`, `sort_order`) SELECT 2023, `id`, `title`, `sort_order` FROM `policy_areas`;
--> statement-breakpoint
INSERT INTO `__new_policy_points` (`id`, `year`, `area_id`, `parent_id`, `text`, `quotes_total`, `sort_order`)
SELECT `id`, 2023, `area_id`, `parent_id`, `text`, `quotes_total`, `sort_order` FROM `policy_points`;
--> statement-breakpoint
DROP TABLE `policy_points`;--> statement-breakpoint
ALTER TABLE `__new_policy_points` RENAME TO `policy_points`;--> statement-breakpoint
CREATE INDEX `policy_points_edition_idx` ON `policy_points` (`year`,`area_id`,`sort_order`);--> statement-breakpoint
INSERT INTO `publication_revisions` (`tag`, `revision`) VALUES ('narrative', lower(hex(randomblob(12))));
