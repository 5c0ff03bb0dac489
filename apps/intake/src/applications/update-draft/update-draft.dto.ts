import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';
import type { ChecklistItem } from '@athar/domain-intake';
import { ApplicantDto } from '../submit-application/submit-application.dto';

export class ApplicantPatchDto extends PartialType(ApplicantDto) {}

export class UpdateDraftDto {
  @ApiProperty({ type: ApplicantPatchDto, description: 'Only the fields to add or correct' })
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantPatchDto)
  applicant!: ApplicantPatchDto;
}

/** The draft after the update: what is done and what is still missing; the revision becomes the ETag. */
export interface UpdateDraftResult {
  caseId: string;
  status: 'draft';
  checklist: ChecklistItem[];
  revision: number;
}
