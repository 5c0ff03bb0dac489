import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** The session that approved the round's result, dated in both calendars (as eligibility policies record approval, Tuwaiq 6-3). */
export class ApproveAllocationRoundDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'الجلسة السابعة لمجلس الإدارة' }) @IsString() @IsNotEmpty() @MaxLength(200) session!: string;
  @ApiProperty({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', example: '2026-03-12' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) gregorianDate!: string;
  @ApiProperty({ pattern: '^14\\d{2}-\\d{2}-\\d{2}$', example: '1447-09-23' }) @Matches(/^14\d{2}-\d{2}-\d{2}$/) hijriDate!: string;
}
