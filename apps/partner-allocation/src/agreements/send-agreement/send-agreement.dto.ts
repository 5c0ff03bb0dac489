import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

/** Sending the draft to both signatories; they have the template's days to sign, or less when staff set an earlier deadline. */
export class SendAgreementDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description:
      "An earlier signature deadline than the template's (an instant in the future, within the template's days); default: the template's days from now",
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  signBy?: string;
}
