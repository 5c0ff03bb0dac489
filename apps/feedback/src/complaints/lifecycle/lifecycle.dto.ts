import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { BilingualDto, NO_MARKUP } from '../complaint.dto';

export class AssignComplaintDto {
  @ApiProperty({ example: 'awj-services-officer', description: "The staff member's user id (the token's subject)" })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/)
  assignee!: string;
}

export class ResolveComplaintDto {
  @ApiProperty({ type: BilingualDto, description: 'The answer the complainant is told by SMS and email, Arabic then English' })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  response!: BilingualDto;
}

export class ReopenComplaintDto {
  @ApiProperty({ maxLength: 2000, example: 'The complainant says the delay continues' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @Matches(NO_MARKUP)
  reason!: string;
}

/** Where the complaint stands after the action. */
export class ComplaintActionDto {
  @ApiProperty({ format: 'uuid' }) complaintId!: string;
  @ApiProperty({ enum: ['acknowledged', 'assigned', 'under-investigation', 'resolved', 'closed'] }) status!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) round!: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "The revision of the complaint's stream after this change (not an ETag: no command takes an expected revision)",
  })
  revision!: number;
}
