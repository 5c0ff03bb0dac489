import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { ErasedPersonDto, ErasePersonDto } from '../erasure.dto';
import { ErasePersonCommand } from './erase-person.command';
import type { ErasedPerson } from './erase-person.handler';

/** Erasure of a person's personal data in every case, referral and inquiry of this association (docs/adr/0013, amended). */
@ApiTags('personal data')
@Controller()
export class ErasePersonController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('beneficiaries/personal-data/erasure')
  @HttpCode(HttpStatus.OK)
  @Roles('tenant-admin')
  @ApiOkResponse({ type: ErasedPersonDto })
  @ApiOperation({
    summary:
      'Erase a person in this association: every case, every referral of them (made here, and then the copy the receiving association holds; or received here with their ID), and every inquiry left with their mobile. Found by keyed hashes, never by the ID or number itself.',
  })
  erasePerson(@CurrentPrincipal() principal: Principal, @Body() body: ErasePersonDto): Promise<ErasedPerson> {
    return this.commandBus.execute(new ErasePersonCommand(principal, body));
  }
}
