import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../common/pagination/page';
import { IsCalendarDate } from '../../common/time/date-validators';
import { IsOmittable, MAX_ID, Trim } from '../../common/validation/field-rules';
import { DOCUMENT_KINDS, DocumentKind } from '../assigning-document.entity';

export const MAX_DOCUMENT_SUMMARY = 10_000;

const NUMBER_DESCRIPTION =
  'Số, ký hiệu as written: a number, optionally the year, then the symbol (18/TB-UBND, 125/TB-VPUBND, ' +
  '09/2019/NĐ-CP). Empty or null for a placeholder. A year written in the number must be the year of issuedOn. ' +
  'Number + issuer + year of issue is unique (409).';

export class CreateDocumentDto {
  @ApiProperty({ enum: DOCUMENT_KINDS, example: 'conclusion_notice' })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 64,
    example: '18/TB-UBND',
    description: NUMBER_DESCRIPTION,
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(64)
  number?: string | null;

  @ApiProperty({ example: '2024-01-29', description: 'Date of issue (YYYY-MM-DD): the assignment date of its tasks.' })
  @IsCalendarDate()
  issuedOn!: string;

  @ApiProperty({ maxLength: 255, example: 'UBND tỉnh Bắc Kạn' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  issuer!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Nguyễn Đăng Bình' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  signerName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Chủ tịch' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  signerTitle?: string | null;

  @ApiProperty({ maxLength: MAX_DOCUMENT_SUMMARY, description: 'Trích yếu.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DOCUMENT_SUMMARY)
  summary!: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'The session the document concludes or follows.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  sessionId?: number | null;
}

export class UpdateDocumentDto {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS })
  @IsOmittable()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 64, description: NUMBER_DESCRIPTION })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(64)
  number?: string | null;

  @ApiPropertyOptional({ example: '2024-01-29' })
  @IsOmittable()
  @IsCalendarDate()
  issuedOn?: string;

  @ApiPropertyOptional({ maxLength: 255 })
  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  issuer?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  signerName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  signerTitle?: string | null;

  @ApiPropertyOptional({ maxLength: MAX_DOCUMENT_SUMMARY })
  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DOCUMENT_SUMMARY)
  summary?: string;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  sessionId?: number | null;
}

export class ListDocumentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  sessionId?: number;

  @ApiPropertyOptional({ description: 'Year of issue.', example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year?: number;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Words of the number, issuer or summary, with or without diacritics.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** The document as a task response carries it. */
export class DocumentSummary {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind!: DocumentKind;
  @ApiProperty({ type: String, nullable: true, example: '18/TB-UBND' }) number!: string | null;
  @ApiProperty({ example: '2024-01-29' }) issuedOn!: string;
  @ApiProperty() summary!: string;
}

export class DocumentResponse extends DocumentSummary {
  @ApiProperty({ description: 'Vietnamese name of the kind, e.g. "Thông báo kết luận".' }) kindLabel!: string;
  @ApiProperty() issuer!: string;
  @ApiProperty({ type: String, nullable: true }) signerName!: string | null;
  @ApiProperty({ type: String, nullable: true }) signerTitle!: string | null;
  @ApiProperty({ type: Number, nullable: true }) sessionId!: number | null;
  @ApiProperty({
    description: 'Tasks this document assigns; a department counts only those it leads or cooperates on.',
  })
  taskCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DocumentPage {
  @ApiProperty({ type: [DocumentResponse] }) items!: DocumentResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}
