ALTER TABLE `awards` ADD `awarded_on` text;--> statement-breakpoint
ALTER TABLE `awards` ADD `remarks` text;