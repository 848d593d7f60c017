import { ApiProperty } from '@nestjs/swagger';

export class DigestRunResponse {
  @ApiProperty({ example: '2024-01-22', description: 'The digest period: the local date in APP_TIMEZONE' })
  period!: string;

  @ApiProperty({ description: 'Digests and summaries recorded by this run; 0 when the period had already run' })
  planned!: number;

  @ApiProperty({ description: 'Pending messages of the period handed to the queue (0 while Redis is unreachable)' })
  queued!: number;
}
