CREATE TABLE `organisation` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`province` text NOT NULL,
	`review_office` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`kogl_type` integer DEFAULT 4 NOT NULL,
	`source_title` text NOT NULL,
	`privacy_officer_name` text DEFAULT '' NOT NULL,
	`privacy_officer_department` text DEFAULT '' NOT NULL,
	`privacy_officer_contact` text DEFAULT '' NOT NULL,
	`privacy_effective_on` text NOT NULL,
	`logo_key` text,
	`logo_type` text,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
-- data migration
-- A database from an earlier release was showing Jincheon's identity from the code; it keeps
-- showing it (db/seed/organisation.ts holds the same values). An empty database gets no row:
-- the demo seed or `npm run setup` writes one.
INSERT INTO `organisation` (`id`, `name`, `province`, `review_office`, `address`, `phone`, `kogl_type`,
  `source_title`, `privacy_officer_name`, `privacy_officer_department`, `privacy_officer_contact`,
  `privacy_effective_on`)
SELECT 1, '진천군', '충청북도', '기획감사실', '충청북도 진천군 진천읍 중앙동로 11', '043-539-3114', 4,
  '진천군 「주요 군정 성과」', '기획감사실장', '기획감사실', '043-539-3114', '2024-01-31'
WHERE EXISTS (SELECT 1 FROM `departments`);
