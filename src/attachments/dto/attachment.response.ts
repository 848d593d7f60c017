import { ApiProperty } from '@nestjs/swagger';

/** A file attached to a task, as a progress entry lists it. */
export class AttachmentSummary {
  @ApiProperty() id!: number;
  @ApiProperty({ example: 'Báo cáo kết quả.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf', description: 'Found in the content (PDF, DOCX or XLSX).' })
  contentType!: string;
  @ApiProperty({ description: 'Bytes.' }) size!: number;
}

export class AttachmentResponse extends AttachmentSummary {
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    required: false,
    description: 'The progress entry (a completion) the file is evidence for; null until a completion links it.',
  })
  progressId?: number | null;
}

/** The multipart body of an upload, for the API document. */
export class AttachmentUploadBody {
  @ApiProperty({ type: 'string', format: 'binary', description: 'One PDF, DOCX or XLSX file of at most 20 MB.' })
  file!: unknown;
}
