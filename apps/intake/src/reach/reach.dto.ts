import { ApiProperty } from '@nestjs/swagger';
import type { Channel, ReachCorrectedV1, ReachRecordedV1 } from '@athar/contracts';
import type { ReachCorrection } from '@athar/domain-intake';
import { CHANNELS } from '@athar/tenancy';

/** POST /reach: the figure recorded (Tuwaiq 2-2; no personal data). */
export class ReachRecordedDto implements ReachRecordedV1 {
  @ApiProperty({ example: 'guide-cv-writing' }) contentItemId!: string;
  @ApiProperty({ example: 'member-service' }) serviceId!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: Channel;
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ format: 'date-time' }) periodStart!: string;
  @ApiProperty({ format: 'date-time' }) periodEnd!: string;
}

/** POST /reach/corrections: the corrected figure, the one it replaces, who corrected it, why and when. */
export class ReachCorrectedDto implements ReachCorrectedV1 {
  @ApiProperty({ example: 'guide-cv-writing' }) contentItemId!: string;
  @ApiProperty({ example: 'member-service' }) serviceId!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: Channel;
  @ApiProperty({ format: 'date-time' }) periodStart!: string;
  @ApiProperty({ format: 'date-time' }) periodEnd!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The corrected figure, which replaces the one standing' }) count!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The figure it replaces' }) previousCount!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'The user who corrected it' }) correctedBy!: string;
  @ApiProperty({ format: 'date-time' }) correctedAt!: string;
}

/** One correction of a figure: from, to, why (null on a figure recorded twice before corrections existed), who and when. */
export class ReachCorrectionDto implements ReachCorrection {
  @ApiProperty({ type: 'integer' }) from!: number;
  @ApiProperty({ type: 'integer' }) to!: number;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ description: 'The user who corrected it' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** A figure as the report shows it, under its item and channel. */
export class ReachFigureDto {
  @ApiProperty({ format: 'date-time' }) periodStart!: string;
  @ApiProperty({ format: 'date-time' }) periodEnd!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ description: 'The user who recorded it' }) recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: [ReachCorrectionDto] }) corrections!: ReachCorrectionDto[];
}

/** The reach of one content item on one channel: the figures as they stand, and their total. */
export class ReachTotalDto {
  @ApiProperty({ example: 'guide-cv-writing' }) contentItemId!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ description: 'Whether any of its figures was corrected' }) corrected!: boolean;
  @ApiProperty({ type: [ReachFigureDto] }) figures!: ReachFigureDto[];
}

export class ReachSummaryDto {
  @ApiProperty({ type: [ReachTotalDto], description: 'Largest total first' }) items!: ReachTotalDto[];
}
