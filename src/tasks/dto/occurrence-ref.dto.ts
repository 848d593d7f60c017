import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_ID } from '../../common/validation/field-rules';

export const OCCURRENCE_ID_DESCRIPTION =
  'The occurrence (GET /api/tasks/:id/occurrences) this concerns: required for a recurring task (400 naming ' +
  'occurrenceId without it), refused for any other kind.';

/**
 * The occurrence a request concerns, for a recurring task: the one declaration
 * of `occurrenceId` that the bodies of progress, completion, confirmation,
 * return and extension requests extend.
 */
export class OccurrenceRefDto {
  @ApiPropertyOptional({ type: Number, description: OCCURRENCE_ID_DESCRIPTION })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  occurrenceId?: number;
}

/** The body of POST /api/tasks/:id/confirm: which occurrence, for a recurring task. */
export class ConfirmCompletionDto extends OccurrenceRefDto {}
