CREATE TABLE `publication_revisions` (
	`tag` text PRIMARY KEY NOT NULL,
	`revision` text NOT NULL
);
--> statement-breakpoint
-- data migration
INSERT INTO `publication_revisions` (`tag`, `revision`) VALUES ('awards', lower(hex(randomblob(12)))), ('kpis', lower(hex(randomblob(12)))), ('registry', lower(hex(randomblob(12)))), ('years', lower(hex(randomblob(12)))), ('identity', lower(hex(randomblob(12))));
