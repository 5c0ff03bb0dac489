import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ApiPropertyNullable, PageOf, PageQuery } from '@athar/service-kit';
import { BilingualDto, PRIORITIES, SLUG } from '../complaint.dto';

export const QUEUE_VIEWS = ['all', 'mine', 'breached', 'escalated'] as const;
export const COMPLAINT_STATUSES = ['acknowledged', 'assigned', 'under-investigation', 'resolved', 'closed'] as const;

export class ComplaintQueueQuery extends PageQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({
    enum: QUEUE_VIEWS,
    description: 'mine: assigned to me; breached: past their service level; escalated: escalated to the executive director',
  })
  @IsOptional()
  @IsIn(QUEUE_VIEWS)
  view?: (typeof QUEUE_VIEWS)[number];
  @ApiPropertyOptional({ enum: PRIORITIES }) @IsOptional() @IsIn(PRIORITIES) priority?: string;
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES }) @IsOptional() @IsIn(COMPLAINT_STATUSES) status?: string;
  @ApiPropertyOptional({ example: 'delay' }) @IsOptional() @Matches(SLUG) categoryId?: string;
  @ApiPropertyOptional({ example: 'member-service' }) @IsOptional() @Matches(SLUG) serviceId?: string;
}

/** A complaint in a queue: no complainant, no text (GET /complaints/{id} reads the text from the stream). */
export class ComplaintItemDto {
  @ApiProperty({ format: 'uuid' }) complaintId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() categoryId!: string;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ enum: ['general', 'executive-director', 'safeguarding'] }) routing!: string;
  @ApiProperty({ enum: ['case', 'service', 'department', 'staff', 'none'] }) concernsKind!: string;
  @ApiProperty({ type: String, nullable: true }) concernsId!: string | null;
  @ApiProperty({ type: String, nullable: true }) serviceId!: string | null;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty({ enum: COMPLAINT_STATUSES }) status!: string;
  @ApiProperty({ enum: ['open', 'at-risk', 'breached', 'resolved', 'resolved-late', 'closed'] }) serviceLevel!: string;
  @ApiProperty({ type: String, nullable: true }) assignee!: string | null;
  @ApiProperty({ type: 'integer' }) round!: number;
  @ApiProperty({ format: 'date-time' }) filedAt!: string;
  @ApiProperty({ format: 'date-time' }) resolveBy!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt!: string | null;
  @ApiProperty() escalated!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "The board agenda's issue it belongs to" }) issueId!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, maximum: 5 }) rating!: number | null;
}
export class ComplaintQueuePageDto extends PageOf(ComplaintItemDto) {}

export class ComplaintDetailDto extends ComplaintItemDto {
  @ApiProperty({ description: "The complaint's words" }) text!: string;
  @ApiPropertyNullable(BilingualDto, { description: 'The answer given, once resolved' }) response!: BilingualDto | null;
  @ApiProperty({ description: 'Whether the complainant can be told by SMS (the number itself is never shown)' }) reachableBySms!: boolean;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description:
      "The revision of the complaint's stream this answer was read at (its last event's); every other field is as of that same revision. Not an ETag: the lifecycle commands take no expected revision.",
  })
  revision!: number;
}
