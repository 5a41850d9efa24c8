import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`producers_packaging_label_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`producers_packaging_label_languages_order_idx\` ON \`producers_packaging_label_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`producers_packaging_label_languages_parent_idx\` ON \`producers_packaging_label_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`producers_certifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`stars\` numeric,
  	\`name\` text,
  	\`number\` text,
  	\`issued_by\` text,
  	\`issued_on\` text,
  	\`valid_until\` text,
  	\`document_id\` integer,
  	\`verified\` integer DEFAULT false,
  	\`evidence_id\` integer,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`producers_certifications_order_idx\` ON \`producers_certifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`producers_certifications_parent_id_idx\` ON \`producers_certifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_certifications_document_idx\` ON \`producers_certifications\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_certifications_evidence_idx\` ON \`producers_certifications\` (\`evidence_id\`);`)
  await db.run(sql`CREATE TABLE \`producers_support\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`amount\` numeric,
  	\`programme\` text,
  	\`kind\` text,
  	\`counterpart\` numeric,
  	\`public\` integer DEFAULT false,
  	\`application_id\` integer,
  	\`verified\` integer DEFAULT false,
  	\`evidence_id\` integer,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`producers_support_order_idx\` ON \`producers_support\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`producers_support_parent_id_idx\` ON \`producers_support\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_support_application_idx\` ON \`producers_support\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_support_evidence_idx\` ON \`producers_support\` (\`evidence_id\`);`)
  await db.run(sql`CREATE TABLE \`producers_support_locales\` (
  	\`what\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`producers_support\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`producers_support_locales_locale_parent_id_unique\` ON \`producers_support_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_support_locales_parent_id_idx\` ON \`producers_support_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`producers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`brand_name\` text,
  	\`legal_name\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`province_id\` integer,
  	\`former_province\` text,
  	\`founded_year\` numeric,
  	\`logo_id\` integer,
  	\`packaging_barcode\` text,
  	\`contacts_person\` text,
  	\`contacts_phone\` text,
  	\`contacts_zalo\` text,
  	\`contacts_email\` text,
  	\`contacts_web\` text,
  	\`contacts_private\` integer DEFAULT false,
  	\`verified\` integer DEFAULT false,
  	\`verified_at\` text,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`producers_slug_idx\` ON \`producers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`producers_province_idx\` ON \`producers\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_logo_idx\` ON \`producers\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_verified_idx\` ON \`producers\` (\`verified\`);`)
  await db.run(sql`CREATE INDEX \`producers_updated_by_idx\` ON \`producers\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_updated_at_idx\` ON \`producers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`producers_created_at_idx\` ON \`producers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`producers__status_idx\` ON \`producers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`producers_locales\` (
  	\`address\` text,
  	\`summary\` text,
  	\`story\` text,
  	\`packaging_formats\` text,
  	\`packaging_materials\` text,
  	\`packaging_shelf_life\` text,
  	\`capacity\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`producers_locales_locale_parent_id_unique\` ON \`producers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_locales_parent_id_idx\` ON \`producers_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`producers_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`producers_texts_order_parent\` ON \`producers_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`producers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`producers_rels_order_idx\` ON \`producers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`producers_rels_parent_idx\` ON \`producers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_rels_path_idx\` ON \`producers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`producers_rels_media_id_idx\` ON \`producers_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_producers_v_version_packaging_label_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_producers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_producers_v_version_packaging_label_languages_order_idx\` ON \`_producers_v_version_packaging_label_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_packaging_label_languages_parent_idx\` ON \`_producers_v_version_packaging_label_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_producers_v_version_certifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`stars\` numeric,
  	\`name\` text,
  	\`number\` text,
  	\`issued_by\` text,
  	\`issued_on\` text,
  	\`valid_until\` text,
  	\`document_id\` integer,
  	\`verified\` integer DEFAULT false,
  	\`evidence_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_producers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_producers_v_version_certifications_order_idx\` ON \`_producers_v_version_certifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_certifications_parent_id_idx\` ON \`_producers_v_version_certifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_certifications_document_idx\` ON \`_producers_v_version_certifications\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_certifications_evidence_idx\` ON \`_producers_v_version_certifications\` (\`evidence_id\`);`)
  await db.run(sql`CREATE TABLE \`_producers_v_version_support\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`amount\` numeric,
  	\`programme\` text,
  	\`kind\` text,
  	\`counterpart\` numeric,
  	\`public\` integer DEFAULT false,
  	\`application_id\` integer,
  	\`verified\` integer DEFAULT false,
  	\`evidence_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_producers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_producers_v_version_support_order_idx\` ON \`_producers_v_version_support\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_support_parent_id_idx\` ON \`_producers_v_version_support\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_support_application_idx\` ON \`_producers_v_version_support\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_support_evidence_idx\` ON \`_producers_v_version_support\` (\`evidence_id\`);`)
  await db.run(sql`CREATE TABLE \`_producers_v_version_support_locales\` (
  	\`what\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_producers_v_version_support\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_producers_v_version_support_locales_locale_parent_id_unique\` ON \`_producers_v_version_support_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_support_locales_parent_id_idx\` ON \`_producers_v_version_support_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_producers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_brand_name\` text,
  	\`version_legal_name\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_province_id\` integer,
  	\`version_former_province\` text,
  	\`version_founded_year\` numeric,
  	\`version_logo_id\` integer,
  	\`version_packaging_barcode\` text,
  	\`version_contacts_person\` text,
  	\`version_contacts_phone\` text,
  	\`version_contacts_zalo\` text,
  	\`version_contacts_email\` text,
  	\`version_contacts_web\` text,
  	\`version_contacts_private\` integer DEFAULT false,
  	\`version_verified\` integer DEFAULT false,
  	\`version_verified_at\` text,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_producers_v_parent_idx\` ON \`_producers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_version_slug_idx\` ON \`_producers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_version_province_idx\` ON \`_producers_v\` (\`version_province_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_version_logo_idx\` ON \`_producers_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_version_verified_idx\` ON \`_producers_v\` (\`version_verified\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_version_updated_by_idx\` ON \`_producers_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_version_updated_at_idx\` ON \`_producers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_version_created_at_idx\` ON \`_producers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_version__status_idx\` ON \`_producers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_created_at_idx\` ON \`_producers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_updated_at_idx\` ON \`_producers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_snapshot_idx\` ON \`_producers_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_published_locale_idx\` ON \`_producers_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_latest_idx\` ON \`_producers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_producers_v_locales\` (
  	\`version_address\` text,
  	\`version_summary\` text,
  	\`version_story\` text,
  	\`version_packaging_formats\` text,
  	\`version_packaging_materials\` text,
  	\`version_packaging_shelf_life\` text,
  	\`version_capacity\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_producers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_producers_v_locales_locale_parent_id_unique\` ON \`_producers_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_locales_parent_id_idx\` ON \`_producers_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_producers_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_producers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_producers_v_texts_order_parent\` ON \`_producers_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_producers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_producers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_producers_v_rels_order_idx\` ON \`_producers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_rels_parent_idx\` ON \`_producers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_rels_path_idx\` ON \`_producers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_rels_media_id_idx\` ON \`_producers_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`products_certifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`stars\` numeric,
  	\`name\` text,
  	\`number\` text,
  	\`issued_by\` text,
  	\`issued_on\` text,
  	\`valid_until\` text,
  	\`document_id\` integer,
  	\`verified\` integer DEFAULT false,
  	\`evidence_id\` integer,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`products_certifications_order_idx\` ON \`products_certifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`products_certifications_parent_id_idx\` ON \`products_certifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`products_certifications_document_idx\` ON \`products_certifications\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`products_certifications_evidence_idx\` ON \`products_certifications\` (\`evidence_id\`);`)
  await db.run(sql`CREATE TABLE \`products\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`producer_id\` integer,
  	\`product_group_id\` integer,
  	\`province_id\` integer,
  	\`price_min\` numeric,
  	\`price_max\` numeric,
  	\`price_currency\` text DEFAULT 'VND',
  	\`hs_code\` text,
  	\`featured\` integer DEFAULT false,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`product_group_id\`) REFERENCES \`product_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`products_slug_idx\` ON \`products\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`products_producer_idx\` ON \`products\` (\`producer_id\`);`)
  await db.run(sql`CREATE INDEX \`products_product_group_idx\` ON \`products\` (\`product_group_id\`);`)
  await db.run(sql`CREATE INDEX \`products_province_idx\` ON \`products\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`products_updated_by_idx\` ON \`products\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`products_updated_at_idx\` ON \`products\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`products_created_at_idx\` ON \`products\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`products__status_idx\` ON \`products\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`products_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`specs_size\` text,
  	\`specs_packaging\` text,
  	\`specs_shelf_life\` text,
  	\`specs_ingredients\` text,
  	\`minimum_order\` text,
  	\`lead_time\` text,
  	\`price_unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`products_locales_locale_parent_id_unique\` ON \`products_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`products_locales_parent_id_idx\` ON \`products_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`products_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`products_rels_order_idx\` ON \`products_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`products_rels_parent_idx\` ON \`products_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`products_rels_path_idx\` ON \`products_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`products_rels_media_id_idx\` ON \`products_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_products_v_version_certifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`stars\` numeric,
  	\`name\` text,
  	\`number\` text,
  	\`issued_by\` text,
  	\`issued_on\` text,
  	\`valid_until\` text,
  	\`document_id\` integer,
  	\`verified\` integer DEFAULT false,
  	\`evidence_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_products_v_version_certifications_order_idx\` ON \`_products_v_version_certifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_certifications_parent_id_idx\` ON \`_products_v_version_certifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_certifications_document_idx\` ON \`_products_v_version_certifications\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_certifications_evidence_idx\` ON \`_products_v_version_certifications\` (\`evidence_id\`);`)
  await db.run(sql`CREATE TABLE \`_products_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_producer_id\` integer,
  	\`version_product_group_id\` integer,
  	\`version_province_id\` integer,
  	\`version_price_min\` numeric,
  	\`version_price_max\` numeric,
  	\`version_price_currency\` text DEFAULT 'VND',
  	\`version_hs_code\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_product_group_id\`) REFERENCES \`product_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_products_v_parent_idx\` ON \`_products_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_slug_idx\` ON \`_products_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_producer_idx\` ON \`_products_v\` (\`version_producer_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_product_group_idx\` ON \`_products_v\` (\`version_product_group_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_province_idx\` ON \`_products_v\` (\`version_province_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_updated_by_idx\` ON \`_products_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_updated_at_idx\` ON \`_products_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_created_at_idx\` ON \`_products_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version__status_idx\` ON \`_products_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_created_at_idx\` ON \`_products_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_updated_at_idx\` ON \`_products_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_snapshot_idx\` ON \`_products_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_published_locale_idx\` ON \`_products_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_latest_idx\` ON \`_products_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_products_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_specs_size\` text,
  	\`version_specs_packaging\` text,
  	\`version_specs_shelf_life\` text,
  	\`version_specs_ingredients\` text,
  	\`version_minimum_order\` text,
  	\`version_lead_time\` text,
  	\`version_price_unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_products_v_locales_locale_parent_id_unique\` ON \`_products_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_locales_parent_id_idx\` ON \`_products_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_products_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_products_v_rels_order_idx\` ON \`_products_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_rels_parent_idx\` ON \`_products_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_rels_path_idx\` ON \`_products_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_rels_media_id_idx\` ON \`_products_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`awards\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`product_id\` integer NOT NULL,
  	\`producer_id\` integer,
  	\`level\` text NOT NULL,
  	\`region\` text,
  	\`year\` numeric NOT NULL,
  	\`round\` text,
  	\`awarding_body\` text NOT NULL,
  	\`decision_number\` text NOT NULL,
  	\`decision_date\` text,
  	\`certificate_number\` text,
  	\`product_group_id\` integer,
  	\`province_id\` integer NOT NULL,
  	\`province_name_at_award\` text NOT NULL,
  	\`valid_until\` text,
  	\`evidence_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`product_group_id\`) REFERENCES \`product_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`awards_product_idx\` ON \`awards\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_producer_idx\` ON \`awards\` (\`producer_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_level_idx\` ON \`awards\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`awards_year_idx\` ON \`awards\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`awards_decision_number_idx\` ON \`awards\` (\`decision_number\`);`)
  await db.run(sql`CREATE INDEX \`awards_certificate_number_idx\` ON \`awards\` (\`certificate_number\`);`)
  await db.run(sql`CREATE INDEX \`awards_product_group_idx\` ON \`awards\` (\`product_group_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_province_idx\` ON \`awards\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_evidence_idx\` ON \`awards\` (\`evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_updated_at_idx\` ON \`awards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`awards_created_at_idx\` ON \`awards\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`fairs_exhibitors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`producer_id\` integer,
  	\`booth\` text,
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fairs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fairs_exhibitors_order_idx\` ON \`fairs_exhibitors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fairs_exhibitors_parent_id_idx\` ON \`fairs_exhibitors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fairs_exhibitors_producer_idx\` ON \`fairs_exhibitors\` (\`producer_id\`);`)
  await db.run(sql`CREATE TABLE \`fairs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`registration_deadline\` text,
  	\`province_id\` integer,
  	\`country\` text DEFAULT 'VN',
  	\`link\` text,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fairs_slug_idx\` ON \`fairs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`fairs_start_date_idx\` ON \`fairs\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`fairs_province_idx\` ON \`fairs\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`fairs_updated_by_idx\` ON \`fairs\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`fairs_updated_at_idx\` ON \`fairs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fairs_created_at_idx\` ON \`fairs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fairs__status_idx\` ON \`fairs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`fairs_locales\` (
  	\`name\` text,
  	\`venue\` text,
  	\`city\` text,
  	\`organiser\` text,
  	\`sectors\` text,
  	\`summary\` text,
  	\`support\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fairs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fairs_locales_locale_parent_id_unique\` ON \`fairs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fairs_locales_parent_id_idx\` ON \`fairs_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`fairs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`products_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fairs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fairs_rels_order_idx\` ON \`fairs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fairs_rels_parent_idx\` ON \`fairs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fairs_rels_path_idx\` ON \`fairs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`fairs_rels_products_id_idx\` ON \`fairs_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE TABLE \`_fairs_v_version_exhibitors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`producer_id\` integer,
  	\`booth\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fairs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fairs_v_version_exhibitors_order_idx\` ON \`_fairs_v_version_exhibitors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_version_exhibitors_parent_id_idx\` ON \`_fairs_v_version_exhibitors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_version_exhibitors_producer_idx\` ON \`_fairs_v_version_exhibitors\` (\`producer_id\`);`)
  await db.run(sql`CREATE TABLE \`_fairs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_registration_deadline\` text,
  	\`version_province_id\` integer,
  	\`version_country\` text DEFAULT 'VN',
  	\`version_link\` text,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fairs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_fairs_v_parent_idx\` ON \`_fairs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_version_version_slug_idx\` ON \`_fairs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_version_version_start_date_idx\` ON \`_fairs_v\` (\`version_start_date\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_version_version_province_idx\` ON \`_fairs_v\` (\`version_province_id\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_version_version_updated_by_idx\` ON \`_fairs_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_version_version_updated_at_idx\` ON \`_fairs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_version_version_created_at_idx\` ON \`_fairs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_version_version__status_idx\` ON \`_fairs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_created_at_idx\` ON \`_fairs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_updated_at_idx\` ON \`_fairs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_snapshot_idx\` ON \`_fairs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_published_locale_idx\` ON \`_fairs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_latest_idx\` ON \`_fairs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_fairs_v_locales\` (
  	\`version_name\` text,
  	\`version_venue\` text,
  	\`version_city\` text,
  	\`version_organiser\` text,
  	\`version_sectors\` text,
  	\`version_summary\` text,
  	\`version_support\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fairs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_fairs_v_locales_locale_parent_id_unique\` ON \`_fairs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_locales_parent_id_idx\` ON \`_fairs_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_fairs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`products_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fairs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fairs_v_rels_order_idx\` ON \`_fairs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_rels_parent_idx\` ON \`_fairs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_rels_path_idx\` ON \`_fairs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_fairs_v_rels_products_id_idx\` ON \`_fairs_v_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE TABLE \`enquiries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`product_id\` integer,
  	\`producer_id\` integer,
  	\`province_id\` integer,
  	\`name\` text NOT NULL,
  	\`company\` text,
  	\`buyer_type\` text,
  	\`country\` text,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`reply\` text,
  	\`reply_channel\` text,
  	\`quantity\` numeric,
  	\`unit\` text,
  	\`market\` text,
  	\`message\` text NOT NULL,
  	\`language\` text DEFAULT 'vi',
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`due_at\` text,
  	\`answered_at\` text,
  	\`escalated_at\` text,
  	\`notified_at\` text,
  	\`buyer_copied_at\` text,
  	\`reply_mailed_at\` text,
  	\`indexed_at\` text,
  	\`staff_notes\` text,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`enquiries_reference_idx\` ON \`enquiries\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_status_idx\` ON \`enquiries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_product_idx\` ON \`enquiries\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_producer_idx\` ON \`enquiries\` (\`producer_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_province_idx\` ON \`enquiries\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_due_at_idx\` ON \`enquiries\` (\`due_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`enquiries_idempotency_key_idx\` ON \`enquiries\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_updated_at_idx\` ON \`enquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_created_at_idx\` ON \`enquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`product_groups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`code\` text,
  	\`parent_id\` integer,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`product_groups\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`product_groups_slug_idx\` ON \`product_groups\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`product_groups_parent_idx\` ON \`product_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_groups_updated_at_idx\` ON \`product_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`product_groups_created_at_idx\` ON \`product_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`product_groups_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`product_groups_locales_locale_parent_id_unique\` ON \`product_groups_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_groups_locales_parent_id_idx\` ON \`product_groups_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`provinces\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`slug\` text NOT NULL,
  	\`kind\` text DEFAULT 'province' NOT NULL,
  	\`region\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`provinces_name_idx\` ON \`provinces\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`provinces_slug_idx\` ON \`provinces\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`provinces_updated_at_idx\` ON \`provinces\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`provinces_created_at_idx\` ON \`provinces\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`provinces_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`provinces_texts_order_parent\` ON \`provinces_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`owner_id\` integer,
  	\`prefix\` text DEFAULT '',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumb_url\` text,
  	\`sizes_thumb_width\` numeric,
  	\`sizes_thumb_height\` numeric,
  	\`sizes_thumb_mime_type\` text,
  	\`sizes_thumb_filesize\` numeric,
  	\`sizes_thumb_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_card_avif_url\` text,
  	\`sizes_card_avif_width\` numeric,
  	\`sizes_card_avif_height\` numeric,
  	\`sizes_card_avif_mime_type\` text,
  	\`sizes_card_avif_filesize\` numeric,
  	\`sizes_card_avif_filename\` text,
  	\`sizes_page_url\` text,
  	\`sizes_page_width\` numeric,
  	\`sizes_page_height\` numeric,
  	\`sizes_page_mime_type\` text,
  	\`sizes_page_filesize\` numeric,
  	\`sizes_page_filename\` text,
  	\`sizes_page_avif_url\` text,
  	\`sizes_page_avif_width\` numeric,
  	\`sizes_page_avif_height\` numeric,
  	\`sizes_page_avif_mime_type\` text,
  	\`sizes_page_avif_filesize\` numeric,
  	\`sizes_page_avif_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_owner_idx\` ON \`media\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumb_sizes_thumb_filename_idx\` ON \`media\` (\`sizes_thumb_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_avif_sizes_card_avif_filename_idx\` ON \`media\` (\`sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_page_sizes_page_filename_idx\` ON \`media\` (\`sizes_page_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_page_avif_sizes_page_avif_filename_idx\` ON \`media\` (\`sizes_page_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'producer' NOT NULL,
  	\`producer_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_producer_idx\` ON \`users\` (\`producer_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_provinces_id_idx\` ON \`users_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'preview' NOT NULL,
  	\`file_name\` text NOT NULL,
  	\`format\` text,
  	\`created_by_id\` integer,
  	\`producer_id\` integer,
  	\`create_missing_products\` integer DEFAULT false,
  	\`summary\` text,
  	\`result\` text,
  	\`cursor\` numeric DEFAULT 0,
  	\`total\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_status_idx\` ON \`imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_by_idx\` ON \`imports\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_producer_idx\` ON \`imports\` (\`producer_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`import_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`import_id\` integer NOT NULL,
  	\`start\` numeric NOT NULL,
  	\`rows\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`import_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`import_plans_import_idx\` ON \`import_plans\` (\`import_id\`);`)
  await db.run(sql`CREATE INDEX \`import_plans_updated_at_idx\` ON \`import_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_plans_created_at_idx\` ON \`import_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`entity\` text NOT NULL,
  	\`document_id\` text,
  	\`document_title\` text,
  	\`summary\` text NOT NULL,
  	\`changes\` text,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`province_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_events_action_idx\` ON \`audit_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_entity_idx\` ON \`audit_events\` (\`entity\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_document_id_idx\` ON \`audit_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_user_idx\` ON \`audit_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_province_idx\` ON \`audit_events\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_updated_at_idx\` ON \`audit_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_created_at_idx\` ON \`audit_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`programmes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`source\` text,
  	\`province_id\` integer,
  	\`from_year\` numeric,
  	\`to_year\` numeric,
  	\`decision\` text,
  	\`pilot\` integer DEFAULT false,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programmes_slug_idx\` ON \`programmes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`programmes_province_idx\` ON \`programmes\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_updated_by_idx\` ON \`programmes\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_updated_at_idx\` ON \`programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes_created_at_idx\` ON \`programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes__status_idx\` ON \`programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`programmes_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programmes_locales_locale_parent_id_unique\` ON \`programmes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_locales_parent_id_idx\` ON \`programmes_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_source\` text,
  	\`version_province_id\` integer,
  	\`version_from_year\` numeric,
  	\`version_to_year\` numeric,
  	\`version_decision\` text,
  	\`version_pilot\` integer DEFAULT false,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_parent_idx\` ON \`_programmes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_slug_idx\` ON \`_programmes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_province_idx\` ON \`_programmes_v\` (\`version_province_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_updated_by_idx\` ON \`_programmes_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_updated_at_idx\` ON \`_programmes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_created_at_idx\` ON \`_programmes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version__status_idx\` ON \`_programmes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_created_at_idx\` ON \`_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_updated_at_idx\` ON \`_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_snapshot_idx\` ON \`_programmes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_published_locale_idx\` ON \`_programmes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_latest_idx\` ON \`_programmes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_programmes_v_locales_locale_parent_id_unique\` ON \`_programmes_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_locales_parent_id_idx\` ON \`_programmes_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`calls_eligibility_producer_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`calls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`calls_eligibility_producer_kinds_order_idx\` ON \`calls_eligibility_producer_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`calls_eligibility_producer_kinds_parent_idx\` ON \`calls_eligibility_producer_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`calls_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`required\` integer DEFAULT true,
  	\`template_id\` integer,
  	FOREIGN KEY (\`template_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`calls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`calls_documents_order_idx\` ON \`calls_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`calls_documents_parent_id_idx\` ON \`calls_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_documents_template_idx\` ON \`calls_documents\` (\`template_id\`);`)
  await db.run(sql`CREATE TABLE \`calls_documents_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`calls_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`calls_documents_locales_locale_parent_id_unique\` ON \`calls_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_documents_locales_parent_id_idx\` ON \`calls_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`calls_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`calls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`calls_questions_order_idx\` ON \`calls_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`calls_questions_parent_id_idx\` ON \`calls_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`calls_questions_locales\` (
  	\`question\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`calls_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`calls_questions_locales_locale_parent_id_unique\` ON \`calls_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_questions_locales_parent_id_idx\` ON \`calls_questions_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`calls\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`programme_id\` integer,
  	\`province_id\` integer,
  	\`year\` numeric,
  	\`kind\` text,
  	\`offer_form\` text DEFAULT 'share',
  	\`offer_share_percent\` numeric,
  	\`offer_max_amount\` numeric,
  	\`eligibility_min_years_operating\` numeric,
  	\`eligibility_min_award_level\` text,
  	\`eligibility_once_only\` integer DEFAULT false,
  	\`opens_at\` text,
  	\`deadline\` text,
  	\`contact_person\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`fair_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`fair_id\`) REFERENCES \`fairs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`calls_slug_idx\` ON \`calls\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`calls_programme_idx\` ON \`calls\` (\`programme_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_province_idx\` ON \`calls\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_kind_idx\` ON \`calls\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`calls_deadline_idx\` ON \`calls\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`calls_fair_idx\` ON \`calls\` (\`fair_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_updated_by_idx\` ON \`calls\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_updated_at_idx\` ON \`calls\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`calls_created_at_idx\` ON \`calls\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`calls__status_idx\` ON \`calls\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`calls_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`offer_covers\` text,
  	\`offer_counterpart\` text,
  	\`eligibility_once_only_rule\` text,
  	\`contact_office\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`calls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`calls_locales_locale_parent_id_unique\` ON \`calls_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_locales_parent_id_idx\` ON \`calls_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`calls_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`provinces_id\` integer,
  	\`product_groups_id\` integer,
  	\`producers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`calls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_groups_id\`) REFERENCES \`product_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`producers_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`calls_rels_order_idx\` ON \`calls_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`calls_rels_parent_idx\` ON \`calls_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_rels_path_idx\` ON \`calls_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`calls_rels_provinces_id_idx\` ON \`calls_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_rels_product_groups_id_idx\` ON \`calls_rels\` (\`product_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_rels_producers_id_idx\` ON \`calls_rels\` (\`producers_id\`);`)
  await db.run(sql`CREATE TABLE \`_calls_v_version_eligibility_producer_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_calls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_calls_v_version_eligibility_producer_kinds_order_idx\` ON \`_calls_v_version_eligibility_producer_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_eligibility_producer_kinds_parent_idx\` ON \`_calls_v_version_eligibility_producer_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_calls_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`required\` integer DEFAULT true,
  	\`template_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`template_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_calls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_calls_v_version_documents_order_idx\` ON \`_calls_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_documents_parent_id_idx\` ON \`_calls_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_documents_template_idx\` ON \`_calls_v_version_documents\` (\`template_id\`);`)
  await db.run(sql`CREATE TABLE \`_calls_v_version_documents_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_calls_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_calls_v_version_documents_locales_locale_parent_id_unique\` ON \`_calls_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_documents_locales_parent_id_idx\` ON \`_calls_v_version_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_calls_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_calls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_calls_v_version_questions_order_idx\` ON \`_calls_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_questions_parent_id_idx\` ON \`_calls_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_calls_v_version_questions_locales\` (
  	\`question\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_calls_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_calls_v_version_questions_locales_locale_parent_id_unique\` ON \`_calls_v_version_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_questions_locales_parent_id_idx\` ON \`_calls_v_version_questions_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_calls_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_programme_id\` integer,
  	\`version_province_id\` integer,
  	\`version_year\` numeric,
  	\`version_kind\` text,
  	\`version_offer_form\` text DEFAULT 'share',
  	\`version_offer_share_percent\` numeric,
  	\`version_offer_max_amount\` numeric,
  	\`version_eligibility_min_years_operating\` numeric,
  	\`version_eligibility_min_award_level\` text,
  	\`version_eligibility_once_only\` integer DEFAULT false,
  	\`version_opens_at\` text,
  	\`version_deadline\` text,
  	\`version_contact_person\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_fair_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`calls\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_fair_id\`) REFERENCES \`fairs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_calls_v_parent_idx\` ON \`_calls_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_version_slug_idx\` ON \`_calls_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_version_programme_idx\` ON \`_calls_v\` (\`version_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_version_province_idx\` ON \`_calls_v\` (\`version_province_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_version_kind_idx\` ON \`_calls_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_version_deadline_idx\` ON \`_calls_v\` (\`version_deadline\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_version_fair_idx\` ON \`_calls_v\` (\`version_fair_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_version_updated_by_idx\` ON \`_calls_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_version_updated_at_idx\` ON \`_calls_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_version_created_at_idx\` ON \`_calls_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_version_version__status_idx\` ON \`_calls_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_created_at_idx\` ON \`_calls_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_updated_at_idx\` ON \`_calls_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_snapshot_idx\` ON \`_calls_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_published_locale_idx\` ON \`_calls_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_latest_idx\` ON \`_calls_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_calls_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_offer_covers\` text,
  	\`version_offer_counterpart\` text,
  	\`version_eligibility_once_only_rule\` text,
  	\`version_contact_office\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_calls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_calls_v_locales_locale_parent_id_unique\` ON \`_calls_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_locales_parent_id_idx\` ON \`_calls_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_calls_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`provinces_id\` integer,
  	\`product_groups_id\` integer,
  	\`producers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_calls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_groups_id\`) REFERENCES \`product_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`producers_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_calls_v_rels_order_idx\` ON \`_calls_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_rels_parent_idx\` ON \`_calls_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_rels_path_idx\` ON \`_calls_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_rels_provinces_id_idx\` ON \`_calls_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_rels_product_groups_id_idx\` ON \`_calls_v_rels\` (\`product_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`_calls_v_rels_producers_id_idx\` ON \`_calls_v_rels\` (\`producers_id\`);`)
  await db.run(sql`CREATE TABLE \`applications_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text NOT NULL,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_answers_order_idx\` ON \`applications_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_answers_parent_id_idx\` ON \`applications_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`applications_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`application_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_documents_order_idx\` ON \`applications_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_documents_parent_id_idx\` ON \`applications_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_documents_file_idx\` ON \`applications_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`applications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`call_id\` integer NOT NULL,
  	\`producer_id\` integer,
  	\`province_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`applicant_legal_name\` text,
  	\`applicant_kind\` text,
  	\`applicant_address\` text,
  	\`applicant_province\` text,
  	\`applicant_founded_year\` numeric,
  	\`applicant_products\` text,
  	\`applicant_awards\` text,
  	\`applicant_capacity\` text,
  	\`applicant_earlier_support\` text,
  	\`applicant_contact_phone\` text,
  	\`applicant_contact_email\` text,
  	\`requested_amount\` numeric,
  	\`counterpart_funds\` numeric,
  	\`decision_reason\` text,
  	\`decision_amount_granted\` numeric,
  	\`decision_public_on_brand_page\` integer DEFAULT true,
  	\`submitted_at\` text,
  	\`decided_at\` text,
  	\`notified_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`call_id\`) REFERENCES \`calls\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_call_idx\` ON \`applications\` (\`call_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_producer_idx\` ON \`applications\` (\`producer_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_province_idx\` ON \`applications\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_status_idx\` ON \`applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`applications_updated_at_idx\` ON \`applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_created_at_idx\` ON \`applications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`application_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`owner_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`application_files_owner_idx\` ON \`application_files\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`application_files_updated_at_idx\` ON \`application_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`application_files_created_at_idx\` ON \`application_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`application_files_filename_idx\` ON \`application_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text NOT NULL,
  	\`product_id\` integer,
  	\`producer_id\` integer,
  	\`status\` text DEFAULT 'pending',
  	\`comment\` text,
  	\`changes\` text,
  	\`claims\` integer DEFAULT false,
  	\`draft_version\` text,
  	\`province_id\` integer,
  	\`submitted_by_id\` integer,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reviews_product_idx\` ON \`reviews\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_producer_idx\` ON \`reviews\` (\`producer_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_status_idx\` ON \`reviews\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reviews_province_idx\` ON \`reviews\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_submitted_by_idx\` ON \`reviews\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_decided_by_idx\` ON \`reviews\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_updated_at_idx\` ON \`reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_created_at_idx\` ON \`reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`exhibitor_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`fair_id\` integer NOT NULL,
  	\`producer_id\` integer,
  	\`message\` text,
  	\`status\` text DEFAULT 'waiting',
  	\`booth\` text,
  	\`reason\` text,
  	\`province_id\` integer,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`notified_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`fair_id\`) REFERENCES \`fairs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_fair_idx\` ON \`exhibitor_requests\` (\`fair_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_producer_idx\` ON \`exhibitor_requests\` (\`producer_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_status_idx\` ON \`exhibitor_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_province_idx\` ON \`exhibitor_requests\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_decided_by_idx\` ON \`exhibitor_requests\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_updated_at_idx\` ON \`exhibitor_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_created_at_idx\` ON \`exhibitor_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`exhibitor_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`products_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exhibitor_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_rels_order_idx\` ON \`exhibitor_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_rels_parent_idx\` ON \`exhibitor_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_rels_path_idx\` ON \`exhibitor_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`exhibitor_requests_rels_products_id_idx\` ON \`exhibitor_requests_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`producers_id\` integer,
  	\`products_id\` integer,
  	\`awards_id\` integer,
  	\`fairs_id\` integer,
  	\`enquiries_id\` integer,
  	\`product_groups_id\` integer,
  	\`provinces_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`imports_id\` integer,
  	\`audit_events_id\` integer,
  	\`programmes_id\` integer,
  	\`calls_id\` integer,
  	\`application_files_id\` integer,
  	\`reviews_id\` integer,
  	\`exhibitor_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`producers_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`awards_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fairs_id\`) REFERENCES \`fairs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiries_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_groups_id\`) REFERENCES \`product_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calls_id\`) REFERENCES \`calls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`application_files_id\`) REFERENCES \`application_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exhibitor_requests_id\`) REFERENCES \`exhibitor_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_producers_id_idx\` ON \`payload_locked_documents_rels\` (\`producers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_awards_id_idx\` ON \`payload_locked_documents_rels\` (\`awards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fairs_id_idx\` ON \`payload_locked_documents_rels\` (\`fairs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_product_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`product_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_provinces_id_idx\` ON \`payload_locked_documents_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calls_id_idx\` ON \`payload_locked_documents_rels\` (\`calls_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_files_id_idx\` ON \`payload_locked_documents_rels\` (\`application_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exhibitor_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`exhibitor_requests_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`marketing_live_at_once\` integer DEFAULT false,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`search_synonyms_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_synonyms_groups_order_idx\` ON \`search_synonyms_groups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`search_synonyms_groups_parent_id_idx\` ON \`search_synonyms_groups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`search_synonyms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`search_synonyms_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_synonyms_texts_order_parent\` ON \`search_synonyms_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`producers_packaging_label_languages\`;`)
  await db.run(sql`DROP TABLE \`producers_certifications\`;`)
  await db.run(sql`DROP TABLE \`producers_support\`;`)
  await db.run(sql`DROP TABLE \`producers_support_locales\`;`)
  await db.run(sql`DROP TABLE \`producers\`;`)
  await db.run(sql`DROP TABLE \`producers_locales\`;`)
  await db.run(sql`DROP TABLE \`producers_texts\`;`)
  await db.run(sql`DROP TABLE \`producers_rels\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_version_packaging_label_languages\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_version_certifications\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_version_support\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_version_support_locales\`;`)
  await db.run(sql`DROP TABLE \`_producers_v\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`products_certifications\`;`)
  await db.run(sql`DROP TABLE \`products\`;`)
  await db.run(sql`DROP TABLE \`products_locales\`;`)
  await db.run(sql`DROP TABLE \`products_rels\`;`)
  await db.run(sql`DROP TABLE \`_products_v_version_certifications\`;`)
  await db.run(sql`DROP TABLE \`_products_v\`;`)
  await db.run(sql`DROP TABLE \`_products_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_products_v_rels\`;`)
  await db.run(sql`DROP TABLE \`awards\`;`)
  await db.run(sql`DROP TABLE \`fairs_exhibitors\`;`)
  await db.run(sql`DROP TABLE \`fairs\`;`)
  await db.run(sql`DROP TABLE \`fairs_locales\`;`)
  await db.run(sql`DROP TABLE \`fairs_rels\`;`)
  await db.run(sql`DROP TABLE \`_fairs_v_version_exhibitors\`;`)
  await db.run(sql`DROP TABLE \`_fairs_v\`;`)
  await db.run(sql`DROP TABLE \`_fairs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_fairs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`enquiries\`;`)
  await db.run(sql`DROP TABLE \`product_groups\`;`)
  await db.run(sql`DROP TABLE \`product_groups_locales\`;`)
  await db.run(sql`DROP TABLE \`provinces\`;`)
  await db.run(sql`DROP TABLE \`provinces_texts\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`DROP TABLE \`import_plans\`;`)
  await db.run(sql`DROP TABLE \`audit_events\`;`)
  await db.run(sql`DROP TABLE \`programmes\`;`)
  await db.run(sql`DROP TABLE \`programmes_locales\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_locales\`;`)
  await db.run(sql`DROP TABLE \`calls_eligibility_producer_kinds\`;`)
  await db.run(sql`DROP TABLE \`calls_documents\`;`)
  await db.run(sql`DROP TABLE \`calls_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`calls_questions\`;`)
  await db.run(sql`DROP TABLE \`calls_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`calls\`;`)
  await db.run(sql`DROP TABLE \`calls_locales\`;`)
  await db.run(sql`DROP TABLE \`calls_rels\`;`)
  await db.run(sql`DROP TABLE \`_calls_v_version_eligibility_producer_kinds\`;`)
  await db.run(sql`DROP TABLE \`_calls_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_calls_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_calls_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_calls_v_version_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_calls_v\`;`)
  await db.run(sql`DROP TABLE \`_calls_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_calls_v_rels\`;`)
  await db.run(sql`DROP TABLE \`applications_answers\`;`)
  await db.run(sql`DROP TABLE \`applications_documents\`;`)
  await db.run(sql`DROP TABLE \`applications\`;`)
  await db.run(sql`DROP TABLE \`application_files\`;`)
  await db.run(sql`DROP TABLE \`reviews\`;`)
  await db.run(sql`DROP TABLE \`exhibitor_requests\`;`)
  await db.run(sql`DROP TABLE \`exhibitor_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`review_settings\`;`)
  await db.run(sql`DROP TABLE \`search_synonyms_groups\`;`)
  await db.run(sql`DROP TABLE \`search_synonyms\`;`)
  await db.run(sql`DROP TABLE \`search_synonyms_texts\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
