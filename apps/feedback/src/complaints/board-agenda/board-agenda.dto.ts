import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ApiPropertyNullable, PageOf, PageQuery } from '@athar/service-kit';
import { BilingualDto, NO_MARKUP } from '../complaint.dto';

export class BoardAgendaQuery extends PageQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({ enum: ['on-agenda', 'solved'] }) @IsOptional() @IsIn(['on-agenda', 'solved']) status?: string;
}

export class BoardSolutionViewDto {
  @ApiProperty() discussion!: string;
  @ApiProperty({ type: BilingualDto }) solution!: BilingualDto;
  @ApiProperty({ example: '2026-12-20', description: 'The board meeting (Gregorian)' }) meetingDate!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

/** An issue of a general nature on the board's agenda: its category, service and complaints (ids only). */
export class GeneralIssueDto {
  @ApiProperty({ format: 'uuid' }) issueId!: string;
  @ApiProperty() categoryId!: string;
  @ApiProperty({ type: String, nullable: true }) serviceId!: string | null;
  @ApiProperty({ enum: ['threshold', 'staff'], description: "threshold: the policy's count of similar complaints; staff: marked general" }) reason!: string;
  @ApiProperty({ type: 'integer' }) complaints!: number;
  @ApiProperty({ enum: ['on-agenda', 'solved'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) raisedAt!: string;
  @ApiPropertyNullable(BoardSolutionViewDto, { description: 'null until the board records its solution' }) solution!: BoardSolutionViewDto | null;
}
export class BoardAgendaPageDto extends PageOf(GeneralIssueDto) {}

export class RecordBoardSolutionDto {
  @ApiProperty({ maxLength: 4000, description: "The board's discussion, as minuted" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @Matches(NO_MARKUP)
  discussion!: string;
  @ApiProperty({ type: BilingualDto, description: 'The solution decided, told to every complainant (Arabic then English)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  solution!: BilingualDto;
  @ApiProperty({ example: '2026-12-20', description: 'The meeting date (YYYY-MM-DD), not in the future' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  meetingDate!: string;
}
