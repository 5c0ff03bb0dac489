import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { NULL_ONLY } from '@athar/service-kit';
import { APPLICANT_CHANNELS } from '@athar/contracts';
import { APPLICATION_STATUSES, ChecklistItemDto } from '../list-applications/list-applications.dto';
import { NationalAddressDto } from '../submit-application/submit-application.dto';

const DOCUMENT_TYPES = ['national-id', 'national-address', 'cv', 'qualification', 'status-certificate'] as const;

/** The applicant as recorded on the application (dates as ISO YYYY-MM-DD, Gregorian). */
export class ApplicantRecordDto {
  @ApiProperty({ example: 'سارة عبدالله العتيبي' }) fullName!: string;
  @ApiProperty({ example: '1000000008' }) nationalId!: string;
  @ApiProperty({ example: '+966512345678' }) mobile!: string;
  @ApiPropertyOptional({ enum: ['national-id', 'iqama'] }) idKind?: string;
  @ApiPropertyOptional({ example: '2030-05-01' }) idExpiry?: string;
  @ApiPropertyOptional({ example: '1994-09-17' }) birthDate?: string;
  @ApiPropertyOptional({ type: NationalAddressDto }) nationalAddress?: NationalAddressDto;
  @ApiPropertyOptional({ enum: ['none', 'secondary', 'diploma', 'bachelor', 'master', 'doctorate'] }) qualification?: string;
  @ApiPropertyOptional({ enum: ['job-seeker', 'employed', 'student', 'retired'] }) employmentStatus?: string;
  @ApiPropertyOptional({ example: 'sara@example.org' }) email?: string;
  @ApiPropertyOptional({ enum: APPLICANT_CHANNELS, description: 'Absent on applications recorded before the channel was kept (read as sms)' })
  preferredChannel?: string;
}

/** GET /applications/{caseId}: one application as its stream tells it, with a draft's checklist (common process step 2). */
export class ApplicationViewDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'TWQ-1447-000123' }) caseNumber!: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: string;
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(ApplicantRecordDto) }, NULL_ONLY] }) applicant!: ApplicantRecordDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the personal data was erased (PDPL); null otherwise' }) personalDataErasedAt!: string | null;
  @ApiProperty({ enum: DOCUMENT_TYPES, isArray: true, description: 'The document types attached so far' }) documents!: string[];
  @ApiProperty({ description: 'The same person was served by another association on the platform (who and what stay hidden)' })
  servedBeforeElsewhere!: boolean;
  @ApiProperty({
    type: [ChecklistItemDto],
    description: "A draft's checklist under the tenant's current policy: what is done and what is missing; empty once submitted",
  })
  checklist!: ChecklistItemDto[];
}
