import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmptyObject, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';

export class AllocationDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1_000_000_000, description: "The round's share for this partner, in the unit (money in halalas)" })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  units!: number;
  @ApiProperty({ enum: ['seats', 'sessions', 'halalas'] })
  @IsIn(['seats', 'sessions', 'halalas'])
  unit!: 'seats' | 'sessions' | 'halalas';
}

/**
 * Draft an agreement for a studied partner request from the association's template (Tuwaiq, partner
 * allocation 4). The partner and the service come from the request; the allocation is the round's
 * share: no more than the approved round gave the request, in its unit (422), from an approved round (409).
 */
export class DraftAgreementDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') partnerRequestId!: string;
  @ApiProperty({ format: 'uuid', description: 'The allocation round the share comes from' }) @IsUUID('all') roundId!: string;
  @ApiProperty({ type: AllocationDto }) @IsNotEmptyObject() @ValidateNested() @Type(() => AllocationDto) allocation!: AllocationDto;
  @ApiProperty({ format: 'date', example: '2027-01-01', description: "The term's first day (YYYY-MM-DD, Riyadh); it runs the template's months" })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  startsOn!: string;
}
