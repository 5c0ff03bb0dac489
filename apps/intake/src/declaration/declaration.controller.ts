import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { DeclarationTextDto } from './declaration-text.dto';

@ApiTags('applications')
@Controller('declaration')
export class DeclarationController {
  constructor(private readonly tenants: TenantRegistry) {}

  @Get()
  @Roles('applicant', 'relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiOperation({ summary: "The tenant's current declaration text, shown to the applicant before they sign (cite its version)." })
  @ApiOkResponse({ type: DeclarationTextDto })
  current(@CurrentPrincipal() principal: Principal): DeclarationTextDto {
    const { version, text } = this.tenants.get(principal.tenantId).declaration;
    return { version, text };
  }
}
