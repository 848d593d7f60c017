import { Controller, Get, Param, Post, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Actor, CurrentActor } from '../common/auth/actor';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { fieldError } from '../common/http/field-error';
import { AttachmentsService } from './attachments.service';
import { attachmentDisposition } from './content-disposition';
import { AttachmentResponse, AttachmentUploadBody } from './dto/attachment.response';

@ApiTags('tasks')
@ApiBearerAuth()
@AnyRole()
@ApiNotFoundResponse({ description: 'No such task or attachment, or a task the department may not see.' })
@Controller('tasks/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Roles('office', 'department')
  @ApiOperation({
    summary:
      'Upload one evidence file (lead unit or office, open task): PDF, DOCX or XLSX, at most 20 MB, checked by ' +
      'content. Link it to the completion with attachmentIds in POST /api/tasks/{id}/progress.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: AttachmentUploadBody })
  @ApiCreatedResponse({ type: AttachmentResponse })
  @ApiBadRequestResponse({ description: 'No file in the field `file`, or an empty one.' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 20 MB.' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The content is not PDF, DOCX or XLSX, or contradicts the name.' })
  @ApiConflictResponse({ description: 'The task is completed or cancelled.' })
  @ApiForbiddenResponse({ description: 'A cooperating department or a leader.' })
  upload(@Param('id', ParseIdPipe) id: number, @Req() request: FastifyRequest, @CurrentActor() actor: Actor) {
    return this.attachments.upload(id, actor, async () => {
      if (!request.isMultipart()) {
        throw fieldError(['file', 'send one PDF, DOCX or XLSX file as multipart/form-data in the field "file"']);
      }
      return request.file();
    });
  }

  @Get()
  @ApiOperation({
    summary:
      'The task’s evidence files, oldest first, each with the completion it belongs to (null until linked) ' +
      '(whoever may see the task)',
  })
  @ApiOkResponse({ type: [AttachmentResponse] })
  list(@Param('id', ParseIdPipe) id: number, @CurrentActor() actor: Actor): Promise<AttachmentResponse[]> {
    return this.attachments.list(id, actor);
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: 'Download an attachment (whoever may see the task)' })
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOkResponse({ description: 'The file, with its name in Content-Disposition.' })
  async download(
    @Param('id', ParseIdPipe) id: number,
    @Param('attachmentId', ParseIdPipe) attachmentId: number,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const { attachment, stream, size } = await this.attachments.download(id, attachmentId, actor);
    return new StreamableFile(stream as never, {
      type: attachment.contentType,
      length: size,
      disposition: attachmentDisposition(attachment.fileName),
    });
  }
}
