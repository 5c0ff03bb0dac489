import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import type { FilterQuery } from 'mongoose';

/** What a cursor may look like on the wire (base64url); anything else is refused before it is decoded. */
export const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,1024}$/;

/**
 * The query of a paged list (docs/adr/0029): `limit` and the opaque `cursor` a previous page returned.
 * A list's own query extends it with its filters. A class per limit, so each list keeps its own.
 */
export function PageQuery(limits: { default: number; max: number }) {
  class PageQueryBase {
    @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: limits.max, default: limits.default, description: 'Items per page' })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(limits.max)
    limit?: number;

    @ApiPropertyOptional({
      pattern: CURSOR_PATTERN.source,
      description: "The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise)",
    })
    @IsOptional()
    @Matches(CURSOR_PATTERN)
    cursor?: string;
  }
  return PageQueryBase;
}

/** A paged list whose items have a deadline or due date: only those due at or after / before an instant. */
export function DueWindowQuery(limits: { default: number; max: number }) {
  class DueWindowQueryBase extends PageQuery(limits) {
    @ApiPropertyOptional({ format: 'date-time', description: 'Only items due at or after this instant (ISO 8601)', example: '2026-01-01T00:00:00Z' })
    @IsOptional()
    @IsISO8601({ strict: true })
    dueAfter?: string;

    @ApiPropertyOptional({ format: 'date-time', description: 'Only items due before this instant (ISO 8601)', example: '2026-02-01T00:00:00Z' })
    @IsOptional()
    @IsISO8601({ strict: true })
    dueBefore?: string;
  }
  return DueWindowQueryBase;
}

/** `{ field: { $gte: from, $lt: to } }` for the bounds given; nothing when neither is. */
export function instantRange(field: string, from: string | undefined, to: string | undefined): FilterQuery<unknown> {
  if (!from && !to) return {};
  return { [field]: { ...(from ? { $gte: new Date(from) } : {}), ...(to ? { $lt: new Date(to) } : {}) } };
}

/** The answer of a paged list: a class per item type, so OpenAPI shows each list's items. */
export function PageOf<T>(item: new () => T) {
  class Page {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor (with the same filters) for the next page; null on the last page' })
    nextCursor!: string | null;
    @ApiProperty({ type: 'integer', minimum: 0, description: 'Items the filters match now, across all pages' }) total!: number;
  }
  Object.defineProperty(Page, 'name', { value: `${item.name}Page` });
  return Page;
}
