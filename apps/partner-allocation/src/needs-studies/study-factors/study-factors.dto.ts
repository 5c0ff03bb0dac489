import { ApiProperty } from '@nestjs/swagger';
import { BilingualTextDto } from '../../partner-requests/partner-request.dto';

/** One factor of the tenant's needs study, as its policy names it (Tuwaiq, partner allocation 2). */
export class StudyFactorDto {
  @ApiProperty({ example: 'scope-of-work', description: 'The id a needs study scores (scores[].factorId)' }) id!: string;
  @ApiProperty({ type: BilingualTextDto }) name!: BilingualTextDto;
  @ApiProperty({ type: 'integer', example: 5, description: 'The highest score; scores run from 0 to it' }) maxScore!: number;
}

/** The caller's tenant's needs-study factors, in its policy's order; none for a tenant that distributes nothing to partners. */
export class StudyFactorsDto {
  @ApiProperty({ example: 'tuwaiq' }) tenantId!: string;
  @ApiProperty({ type: [StudyFactorDto] }) factors!: StudyFactorDto[];
}
