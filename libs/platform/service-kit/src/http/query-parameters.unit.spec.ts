import 'reflect-metadata';
import { Controller, createParamDecorator, Get, Query, UnprocessableEntityException, type ExecutionContext, type Type } from '@nestjs/common';
import { ApiPropertyOptional, ApiQuery } from '@nestjs/swagger';
import { declaredQueryParameters, QueryParametersGuard, UNKNOWN_QUERY_PARAMETER } from './query-parameters';

class PageQuery {
  @ApiPropertyOptional() status?: string;
  @ApiPropertyOptional() cursor?: string;
}

const Purpose = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<{ query: Record<string, unknown> }>().query.purpose,
);

@Controller('things')
class ThingsController {
  @Get()
  list(@Query() query: PageQuery) {
    return query;
  }

  @Get('named')
  named(@Query('limit') limit: string) {
    return limit;
  }

  @Get('with-purpose')
  @ApiQuery({ name: 'purpose', required: false })
  withPurpose(@Purpose() purpose: string) {
    return purpose;
  }

  @Get('purpose-undeclared')
  undeclared(@Purpose() purpose: string) {
    return purpose;
  }

  @Get(':id')
  one() {
    return 'one';
  }
}

function contextFor(controller: Type<unknown>, method: string, query: Record<string, unknown>): ExecutionContext {
  return {
    getType: () => 'http',
    getClass: () => controller,
    getHandler: () => (controller.prototype as Record<string, () => unknown>)[method],
    switchToHttp: () => ({ getRequest: () => ({ query }) }),
  } as unknown as ExecutionContext;
}

function refusal(method: string, query: Record<string, unknown>): unknown {
  try {
    new QueryParametersGuard().canActivate(contextFor(ThingsController, method, query));
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(UnprocessableEntityException);
    return (error as UnprocessableEntityException).getResponse();
  }
}

describe('query parameters a route does not declare are refused', () => {
  it('reads the declared names from @Query() DTOs, @Query(name) and @ApiQuery', () => {
    expect([...declaredQueryParameters(ThingsController, 'list')].sort()).toEqual(['cursor', 'status']);
    expect([...declaredQueryParameters(ThingsController, 'named')]).toEqual(['limit']);
    expect([...declaredQueryParameters(ThingsController, 'withPurpose')]).toEqual(['purpose']);
    expect([...declaredQueryParameters(ThingsController, 'undeclared')]).toEqual([]);
    expect([...declaredQueryParameters(ThingsController, 'one')]).toEqual([]);
  });

  it('lets declared parameters and empty queries through', () => {
    expect(refusal('list', { status: 'draft', cursor: 'abc' })).toBeNull();
    expect(refusal('named', { limit: '3' })).toBeNull();
    expect(refusal('withPurpose', { purpose: 'audit' })).toBeNull();
    expect(refusal('one', {})).toBeNull();
  });

  it.each([
    ['list', { status: 'draft', asOf: '2020-01-01' }, ['asOf']],
    ['named', { limit: '3', offset: '1', sort: 'x' }, ['offset', 'sort']],
    ['undeclared', { purpose: 'audit' }, ['purpose']],
    ['one', { asOf: '2020-01-01' }, ['asOf']],
  ])('%s refuses %j naming %j with Arabic and English reasons', (method, query, fields) => {
    expect(refusal(method, query)).toEqual({
      code: 'validation-failed',
      message: { ar: expect.any(String), en: expect.any(String) },
      fields: fields.map((field) => ({ field, reasons: [UNKNOWN_QUERY_PARAMETER] })),
    });
  });

  it('leaves non-HTTP contexts alone', () => {
    const context = { ...contextFor(ThingsController, 'one', { asOf: 'x' }), getType: () => 'rpc' } as unknown as ExecutionContext;
    expect(new QueryParametersGuard().canActivate(context)).toBe(true);
  });
});
