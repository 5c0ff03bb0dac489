import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import type { EligibilityOverriddenV1 } from '@athar/contracts';

export class OverrideEligibilityDto {
  @ApiProperty({ enum: ['eligible', 'not-eligible'] }) @IsIn(['eligible', 'not-eligible']) to!: 'eligible' | 'not-eligible';
  @ApiProperty({
    description: 'Why the decision is replaced (at least 10 characters); kept on the record',
    example: 'شهادة الضمان الاجتماعي سارية بعد المراجعة الميدانية',
  })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

const OUTCOMES = ['eligible', 'not-eligible'] as const;

/** The review window the committee's timeline counts from submission (carried on the override). */
export class ReviewWindowDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) days!: number;
  @ApiProperty({ enum: ['calendar', 'working'] }) counting!: 'calendar' | 'working';
}

/** The override as recorded (EligibilityOverridden). */
export class EligibilityOverriddenDto implements EligibilityOverriddenV1 {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() serviceId!: string;
  @ApiProperty({ enum: OUTCOMES }) from!: 'eligible' | 'not-eligible';
  @ApiProperty({ enum: OUTCOMES }) to!: 'eligible' | 'not-eligible';
  @ApiProperty() reason!: string;
  @ApiProperty({ description: "The researcher's user id" }) overriddenBy!: string;
  @ApiProperty({ format: 'date-time' }) overriddenAt!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ type: ReviewWindowDto }) reviewWindow!: ReviewWindowDto;
}
