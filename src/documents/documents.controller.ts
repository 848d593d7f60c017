import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/auth/actor';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { DocumentsService } from './documents.service';
import {
  CreateDocumentDto,
  DocumentPage,
  DocumentResponse,
  ListDocumentsQuery,
  UpdateDocumentDto,
} from './dto/document.dto';

@ApiTags('documents')
@ApiBearerAuth()
@AnyRole()
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @ApiOperation({ summary: 'Assigning documents (văn bản giao nhiệm vụ), latest issued first' })
  @ApiOkResponse({ type: DocumentPage })
  @ApiBadRequestResponse({ description: 'A bad filter; the message names it' })
  list(@Query() query: ListDocumentsQuery, @CurrentActor() actor: Actor) {
    return this.documents.list(query, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: DocumentResponse })
  @ApiNotFoundResponse()
  get(@Param('id', ParseIdPipe) id: number, @CurrentActor() actor: Actor) {
    return this.documents.get(id, actor);
  }

  @Post()
  @Roles('office')
  @ApiOperation({ summary: 'Records an assigning document (admin, office)' })
  @ApiCreatedResponse({ type: DocumentResponse })
  @ApiBadRequestResponse({ description: 'A bad field (a malformed number, an unknown session); the message names it' })
  @ApiConflictResponse({ description: 'The same number of the same issuer in the same year is already recorded' })
  @ApiForbiddenResponse()
  create(@Body() dto: CreateDocumentDto, @CurrentActor() actor: Actor) {
    return this.documents.create(dto, actor);
  }

  @Patch(':id')
  @Roles('office')
  @ApiOperation({ summary: 'Edits an assigning document, e.g. fills in a placeholder’s number (admin, office)' })
  @ApiOkResponse({ type: DocumentResponse })
  @ApiBadRequestResponse({ description: 'A bad field; the message names it' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The same number of the same issuer in the same year is already recorded' })
  @ApiForbiddenResponse()
  update(@Param('id', ParseIdPipe) id: number, @Body() dto: UpdateDocumentDto, @CurrentActor() actor: Actor) {
    return this.documents.update(id, dto, actor);
  }
}
