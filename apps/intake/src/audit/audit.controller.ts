import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { BilingualTextDto } from '../bilingual-text.dto';
import { CaseDecisionsQuery, CaseReplayQuery, parseAsOf, parsePurpose, PURPOSE_MIN_LENGTH, RoundDecisionsQuery, type DecisionsReport } from './audit.queries';
import type { CaseReplay } from './case-replay';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export class CaseReplayParams {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-03-01T09:00:00Z',
    description: 'The instant to replay the case at (by recordedAt: what the platform knew then); default now. Not in the future, not before 2020.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(INSTANT, { message: 'must be a full instant with its offset' })
  asOf?: string;

  @ApiPropertyOptional({
    minLength: PURPOSE_MIN_LENGTH,
    maxLength: 300,
    description: 'Why personal data is shown; without it every personal field reads [redacted]. Logged with the read.',
  })
  @IsOptional()
  @IsString()
  @MinLength(PURPOSE_MIN_LENGTH)
  @MaxLength(300)
  purpose?: string;
}

class ActorDto {
  @ApiProperty() id!: string;
  @ApiProperty() role!: string;
  @ApiProperty() channel!: string;
}

export class ReplayedEventDto {
  @ApiProperty({ enum: ['intake', 'eligibility', 'committee-review', 'partner-allocation', 'feedback'] }) service!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ description: "The event's place in the store's global order (a decimal integer)" }) globalPosition!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() type!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: ActorDto }) actor!: ActorDto;
  @ApiProperty() correlationId!: string;
  @ApiProperty({ type: String, nullable: true }) causationId!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The event's data, as its type's schema in libs/contracts (latest version); personal fields [redacted] or [erased]",
  })
  data!: Record<string, unknown>;
}

const serviceState = (description: string) => ApiProperty({ type: 'object', additionalProperties: true, description });

/** Each service's state of the case, folded by that service's own evolve (libs/domain/*). */
export class CaseStateDto {
  @serviceState("intake's application (its applicant fields [redacted] or [erased] as in the events) and when the person was erased")
  intake!: Record<string, unknown>;
  @serviceState("eligibility's assessment, the recorded decision, every override of it, and the documents")
  eligibility!: Record<string, unknown>;
  @serviceState("committee-review's review (votes, decision) and service delivery")
  committeeReview!: Record<string, unknown>;
  @serviceState("partner-allocation's demand of the case: whether recorded, and its data")
  partnerAllocation!: Record<string, unknown>;
  @serviceState("feedback's file of the case: whether recorded, and its data")
  feedback!: Record<string, unknown>;
}

export class CaseReplayDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ enum: ['recordedAt'], description: 'The replay keeps the events recorded at or before asOf' }) basis!: 'recordedAt';
  @ApiProperty({ type: [ReplayedEventDto] }) events!: ReplayedEventDto[];
  @ApiProperty({
    type: CaseStateDto,
    description:
      "Each service's state folded from these events by its own evolve (libs/domain/*): intake.application, eligibility (assessment, decision, overrides, documents), committeeReview (review with votes, delivery), partnerAllocation.demand, feedback.file",
  })
  state!: CaseStateDto;
}

class DifferenceDto {
  @ApiProperty({ description: "Dotted path in the event's data" }) path!: string;
  @ApiProperty({ description: 'The recorded value, as JSON text (null where absent)', example: '"eligible"' }) recorded!: string;
  @ApiProperty({ description: 'The value the re-run gives, as JSON text (null where absent)', example: '"not-eligible"' }) reproduced!: string;
}

class DecisionCheckDto {
  @ApiProperty({ enum: ['eligibility-assessment', 'committee-decision', 'allocation-proposal'] }) kind!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() type!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: Number, nullable: true }) policyVersion!: number | null;
  @ApiProperty({ type: Number, nullable: true }) eligibilityPolicyVersion!: number | null;
  @ApiProperty({ enum: ['same', 'differs', 'cannot-reproduce'] }) verdict!: string;
  @ApiProperty({ type: [DifferenceDto] }) differences!: DifferenceDto[];
  @ApiPropertyOptional({ type: BilingualTextDto, description: 'Why it cannot be reproduced, or why the re-run refused it' }) reason?: BilingualTextDto;
}

class DecisionSummaryDto {
  @ApiProperty() same!: number;
  @ApiProperty() differs!: number;
  @ApiProperty() cannotReproduce!: number;
}

export class DecisionsReportDto {
  @ApiProperty({ enum: ['case', 'round'] }) subject!: 'case' | 'round';
  @ApiProperty({ format: 'uuid' }) subjectId!: string;
  @ApiProperty({ type: [DecisionCheckDto] }) decisions!: DecisionCheckDto[];
  @ApiProperty({ type: DecisionSummaryDto }) summary!: DecisionSummaryDto;
}

/**
 * Auditors replay a case as of any instant and re-run its decisions (ADR 0044; Tuwaiq 6-5: decisions
 * use only declared criteria). Every read is logged; another tenant's case answers 404.
 */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('cases/:caseId')
  @Roles('auditor')
  @ApiOkResponse({ type: CaseReplayDto })
  @ApiOperation({
    summary:
      "Every event of the case in the five services recorded up to asOf, in order, with actor, cause and correlation, and each service's state then; personal fields in clear only with a stated purpose.",
  })
  async replay(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Query() query: CaseReplayParams,
  ): Promise<CaseReplayDto> {
    const asOf = parseAsOf(query.asOf, new Date());
    const purpose = parsePurpose(query.purpose);
    const replay = await this.queryBus.execute<CaseReplayQuery, CaseReplay>(new CaseReplayQuery(principal, caseId, asOf, purpose));
    return replay as unknown as CaseReplayDto;
  }

  @Get('cases/:caseId/decisions')
  @Roles('auditor')
  @ApiOkResponse({ type: DecisionsReportDto })
  @ApiOperation({
    summary:
      'Each eligibility assessment and committee decision of the case re-run from its recorded inputs under its recorded policy version: same, differs (with the difference) or cannot reproduce.',
  })
  async caseDecisions(@CurrentPrincipal() principal: Principal, @Param('caseId', ParseIdPipe) caseId: string): Promise<DecisionsReportDto> {
    return this.queryBus.execute<CaseDecisionsQuery, DecisionsReport>(new CaseDecisionsQuery(principal, caseId));
  }

  @Get('rounds/:roundId/decisions')
  @Roles('auditor')
  @ApiOkResponse({ type: DecisionsReportDto })
  @ApiOperation({ summary: 'Each allocation proposal of a partner-allocation round re-run on its recorded input: same, differs (with the difference).' })
  async roundDecisions(@CurrentPrincipal() principal: Principal, @Param('roundId', ParseIdPipe) roundId: string): Promise<DecisionsReportDto> {
    return this.queryBus.execute<RoundDecisionsQuery, DecisionsReport>(new RoundDecisionsQuery(principal, roundId));
  }
}
