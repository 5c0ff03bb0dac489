import { NotFoundException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BeneficiaryErasure } from '../beneficiary-erasure';
import type { ErasedCase } from '../erasure.dto';
import { EraseCaseCommand } from './erase-case.command';

@CommandHandler(EraseCaseCommand)
export class EraseCaseHandler implements ICommandHandler<EraseCaseCommand, ErasedCase> {
  constructor(private readonly erasure: BeneficiaryErasure) {}

  async execute({ principal, caseId, reason }: EraseCaseCommand): Promise<ErasedCase> {
    const erased = await this.erasure.eraseCase(principal, caseId, reason);
    if (!erased) throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الحالة غير موجودة', en: 'Case not found' } });
    return erased;
  }
}
