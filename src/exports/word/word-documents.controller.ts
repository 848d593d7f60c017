import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Roles } from '../../common/auth/roles.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { IsCalendarDate } from '../../common/time/date-validators';
import { download, MEDIA_TYPES } from '../download';
import { WordDocumentsService } from './word-documents.service';

export class ReminderLetterQuery {
  @ApiPropertyOptional({
    description: 'The day the letter speaks of (APP_TIMEZONE); the statuses are those at its end. Default: today.',
    example: '2024-02-05',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

const WORD_FILE = { schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('exports')
@ApiBearerAuth()
@Roles('office', 'leader')
@Controller()
export class WordDocumentsController {
  constructor(private readonly documents: WordDocumentsService) {}

  @Get('sessions/:id/conclusion-notice.docx')
  @ApiOperation({
    summary:
      'Draft conclusion notice (thông báo kết luận) of a session in the Nghị định 30/2020 layout (office, leader)',
  })
  @ApiProduces(MEDIA_TYPES.docx)
  @ApiOkResponse(WORD_FILE)
  @ApiForbiddenResponse()
  @ApiNotFoundResponse()
  async conclusionNotice(@Param('id', ParseIdPipe) id: number, @CurrentActor() actor: Actor) {
    const { stream, fileName } = await this.documents.conclusionNotice(id, actor);
    return download(stream, 'docx', fileName);
  }

  @Get('departments/:id/reminder-letter.docx')
  @ApiOperation({
    summary:
      'Draft reminder letter (công văn đôn đốc) to a unit: its overdue and soon-due tasks on asOf (office, leader)',
  })
  @ApiProduces(MEDIA_TYPES.docx)
  @ApiOkResponse(WORD_FILE)
  @ApiBadRequestResponse({ description: 'asOf is not a date.' })
  @ApiForbiddenResponse()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'rule nothing_to_remind: the unit had no overdue or soon-due task on asOf.' })
  async reminderLetter(
    @Param('id', ParseIdPipe) id: number,
    @Query() query: ReminderLetterQuery,
    @CurrentActor() actor: Actor,
  ) {
    const { stream, fileName } = await this.documents.reminderLetter(id, query.asOf, actor);
    return download(stream, 'docx', fileName);
  }
}
