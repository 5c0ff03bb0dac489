import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler, QueryBus, QueryHandler, type IQueryHandler, Query as CqrsQuery } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import {
  ApiConflictResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Model } from 'mongoose';
import { DomainError } from '@athar/contracts';
import { recordBoardSolution } from '@athar/domain-feedback';
import type { Principal } from '@athar/identity';
import { AggregateCommands, CurrentPrincipal, keysetPage, ParseIdPipe, Roles, type SortKey } from '@athar/service-kit';
import { generalIssueAggregate, generalIssueStreamId } from '../complaint-stream';
import { BoardAgendaPageDto, BoardAgendaQuery, BoardSolutionViewDto, GeneralIssueDto, RecordBoardSolutionDto } from './board-agenda.dto';
import { GeneralIssueRow } from './general-issue-row.schema';

export class ListBoardAgendaQuery extends CqrsQuery<BoardAgendaPageDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: BoardAgendaQuery,
  ) {
    super();
  }
}

export class RecordBoardSolutionCommand {
  constructor(
    readonly principal: Principal,
    readonly issueId: string,
    readonly body: RecordBoardSolutionDto,
  ) {}
}

const NEWEST: readonly SortKey[] = [
  { field: 'raisedAt', direction: -1, kind: 'date' },
  { field: 'issueId', direction: -1, kind: 'string' },
];

const toDto = (row: GeneralIssueRow): GeneralIssueDto => ({
  issueId: row.issueId,
  categoryId: row.categoryId,
  serviceId: row.serviceId ?? null,
  reason: row.reason,
  complaints: row.complaintIds.length,
  status: row.status,
  raisedAt: new Date(row.raisedAt).toISOString(),
  solution: row.solution ?? null,
});

@QueryHandler(ListBoardAgendaQuery)
export class ListBoardAgendaHandler implements IQueryHandler<ListBoardAgendaQuery, BoardAgendaPageDto> {
  constructor(@InjectModel(GeneralIssueRow.name) private readonly rows: Model<GeneralIssueRow>) {}

  async execute({ principal, filters }: ListBoardAgendaQuery): Promise<BoardAgendaPageDto> {
    const page = await keysetPage(this.rows, {
      list: 'board-agenda',
      filter: { tenantId: principal.tenantId, ...(filters.status ? { status: filters.status } : {}) },
      sort: NEWEST,
      limit: filters.limit ?? 50,
      cursor: filters.cursor,
      filters: { ...filters },
    });
    return { items: page.rows.map(toDto), nextCursor: page.nextCursor, total: page.total };
  }
}

@CommandHandler(RecordBoardSolutionCommand)
export class RecordBoardSolutionHandler implements ICommandHandler<RecordBoardSolutionCommand, GeneralIssueDto> {
  constructor(private readonly commands: AggregateCommands) {}

  async execute({ principal, issueId, body }: RecordBoardSolutionCommand): Promise<GeneralIssueDto> {
    const notFound = () =>
      new DomainError('general-issue-not-found', 'not-found', { ar: 'البند غير موجود في جدول الأعمال', en: 'No such item on the board agenda' });
    const outcome = await this.commands.handle(generalIssueAggregate, {
      streamId: generalIssueStreamId(principal.tenantId, issueId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      whenMissing: notFound,
      decide: (state) => {
        const solution = recordBoardSolution(
          state,
          {
            discussion: body.discussion,
            solution: { ar: body.solution.ar, en: body.solution.en },
            meetingDate: body.meetingDate,
            recordedBy: principal.userId,
          },
          new Date(),
        );
        return { events: [{ type: 'BoardSolutionRecorded' as const, version: 1, data: solution }], result: solution };
      },
    });
    const { raised, complaintIds } = outcome.state;
    return {
      issueId,
      categoryId: raised!.categoryId,
      serviceId: raised!.serviceId,
      reason: raised!.reason,
      complaints: complaintIds.length,
      status: 'solved',
      raisedAt: raised!.raisedAt,
      solution: outcome.result,
    };
  }
}

/** The board's agenda (Environment Madinah: problems of a general nature are discussed by the board and solutions set). */
@ApiTags('board-agenda')
@ApiExtraModels(BoardSolutionViewDto)
@Controller('board-agenda')
export class BoardAgendaController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @Roles('board-member', 'executive-director')
  @ApiOperation({ summary: "Issues of a general nature on the board's agenda, newest first; keyset pages with a total. Complaint ids only, no complainant." })
  @ApiOkResponse({ type: BoardAgendaPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: BoardAgendaQuery): Promise<BoardAgendaPageDto> {
    return this.queries.execute(new ListBoardAgendaQuery(principal, query));
  }

  @Post(':issueId/solution')
  @HttpCode(HttpStatus.OK)
  @Roles('board-member')
  @ApiOperation({ summary: "Record the board's discussion and the solution decided; every complainant of the linked complaints is told by SMS and email" })
  @ApiOkResponse({ type: GeneralIssueDto })
  @ApiNotFoundResponse({ description: 'No such item on the agenda' })
  @ApiConflictResponse({ description: 'The solution is already recorded' })
  @ApiUnprocessableEntityResponse({ description: 'Field-level reasons in Arabic and English' })
  solve(
    @CurrentPrincipal() principal: Principal,
    @Param('issueId', ParseIdPipe) issueId: string,
    @Body() body: RecordBoardSolutionDto,
  ): Promise<GeneralIssueDto> {
    return this.commands.execute(new RecordBoardSolutionCommand(principal, issueId, body));
  }
}
