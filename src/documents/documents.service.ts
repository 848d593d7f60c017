import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { fieldError } from '../common/http/field-error';
import { Page, pageOf } from '../common/pagination/page';
import { escapeLike, foldVietnamese } from '../common/text/fold-vietnamese';
import { SqlDialect } from '../database/sql-dialect';
import { TransactionRunner } from '../database/transaction-runner';
import { MeetingSession } from '../sessions/entities/meeting-session.entity';
import { blankToNull } from '../sessions/sessions.service';
import { TaskRepository } from '../tasks/task.repository';
import { AssigningDocument, DOCUMENT_KIND_LABELS } from './assigning-document.entity';
import { isDocumentNumber, normalizeDocumentNumber, yearInDocumentNumber } from './document-number';
import { CreateDocumentDto, DocumentResponse, ListDocumentsQuery, UpdateDocumentDto } from './dto/document.dto';

/**
 * Assigning documents (văn bản giao nhiệm vụ). The office records them; every
 * task names one (tasks.documentId), and its issue date is the tasks'
 * assignment date.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly dialect: SqlDialect,
    private readonly tasks: TaskRepository,
  ) {}

  async list(query: ListDocumentsQuery, actor: Actor): Promise<Page<DocumentResponse>> {
    const builder = this.dataSource.getRepository(AssigningDocument).createQueryBuilder('d');
    if (query.kind) builder.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.sessionId !== undefined) builder.andWhere('d.sessionId = :sessionId', { sessionId: query.sessionId });
    if (query.year !== undefined) builder.andWhere('d.issuedOn LIKE :year', { year: `${query.year}-%` });
    const folded = query.q ? foldVietnamese(query.q) : '';
    if (folded) builder.andWhere(`d.searchText LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(folded)}%` });
    const [rows, total] = await builder
      .orderBy('d.issuedOn', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    const counts = await this.taskCounts(
      this.dataSource.manager,
      rows.map((r) => r.id),
      actor,
    );
    return pageOf(
      rows.map((r) => toDocumentResponse(r, counts.get(r.id) ?? 0)),
      total,
      query,
    );
  }

  async get(id: number, actor: Actor): Promise<DocumentResponse> {
    return this.responseOf(this.dataSource.manager, await this.find(this.dataSource.manager, id), actor);
  }

  async create(dto: CreateDocumentDto, actor: Actor): Promise<DocumentResponse> {
    return this.transactions.run(async (manager) => {
      const document = manager.create(AssigningDocument, {
        kind: dto.kind,
        number: normalizeDocumentNumber(dto.number),
        issuedOn: dto.issuedOn,
        issuer: dto.issuer,
        signerName: blankToNull(dto.signerName),
        signerTitle: blankToNull(dto.signerTitle),
        summary: dto.summary,
        sessionId: dto.sessionId ?? null,
      });
      await this.check(manager, document);
      document.searchText = searchTextOfDocument(document);
      return this.responseOf(manager, await manager.save(document), actor);
    });
  }

  async update(id: number, dto: UpdateDocumentDto, actor: Actor): Promise<DocumentResponse> {
    return this.transactions.run(async (manager) => {
      const document = await manager.findOne(AssigningDocument, { where: { id }, ...this.dialect.lockForUpdate() });
      if (!document) throw new NotFoundException(`Document ${id} not found`);
      const sessionBefore = document.sessionId;
      if (dto.kind !== undefined) document.kind = dto.kind;
      if (dto.number !== undefined) document.number = normalizeDocumentNumber(dto.number);
      if (dto.issuedOn !== undefined) document.issuedOn = dto.issuedOn;
      if (dto.issuer !== undefined) document.issuer = dto.issuer;
      if (dto.signerName !== undefined) document.signerName = blankToNull(dto.signerName);
      if (dto.signerTitle !== undefined) document.signerTitle = blankToNull(dto.signerTitle);
      if (dto.summary !== undefined) document.summary = dto.summary;
      if (dto.sessionId !== undefined) document.sessionId = dto.sessionId;
      await this.check(manager, document, sessionBefore);
      document.searchText = searchTextOfDocument(document);
      return this.responseOf(manager, await manager.save(document), actor);
    });
  }

  /** Loads a document named in a path or a body; unknown → 404. */
  async find(manager: EntityManager, id: number): Promise<AssigningDocument> {
    const document = await manager.findOneBy(AssigningDocument, { id });
    if (!document) throw new NotFoundException(`Document ${id} not found`);
    return document;
  }

  /** The rules a document must meet before it is saved: number format and year, session, uniqueness. */
  private async check(manager: EntityManager, document: AssigningDocument, sessionBefore?: number | null) {
    const year = Number(document.issuedOn.slice(0, 4));
    if (document.number !== null) {
      if (!isDocumentNumber(document.number)) {
        throw fieldError([
          'number',
          'must be a number and symbol as written, e.g. 18/TB-UBND, 125/TB-VPUBND or 09/2019/NĐ-CP',
        ]);
      }
      const written = yearInDocumentNumber(document.number);
      if (written !== null && written !== year) {
        throw fieldError(['number', `names the year ${written}, but issuedOn is in ${year}`]);
      }
    }
    if (document.sessionId !== null && document.sessionId !== sessionBefore) {
      if (!(await manager.exists(MeetingSession, { where: { id: document.sessionId } }))) {
        throw fieldError(['sessionId', `session ${document.sessionId} does not exist`]);
      }
    }
    if (document.number === null) return;
    const clash = await manager
      .getRepository(AssigningDocument)
      .createQueryBuilder('d')
      .where('d.number = :number AND d.issuer = :issuer AND d.issuedOn LIKE :year', {
        number: document.number,
        issuer: document.issuer,
        year: `${year}-%`,
      })
      .andWhere(document.id ? 'd.id <> :id' : '1 = 1', { id: document.id })
      .getOne();
    if (clash) {
      throw new ConflictException(
        `number: ${document.number} of ${document.issuer} in ${year} is already recorded (document ${clash.id})`,
      );
    }
  }

  private async responseOf(
    manager: EntityManager,
    document: AssigningDocument,
    actor: Actor,
  ): Promise<DocumentResponse> {
    const counts = await this.taskCounts(manager, [document.id], actor);
    return toDocumentResponse(document, counts.get(document.id) ?? 0);
  }

  /** Tasks per document; a department is told only about the tasks it leads or cooperates on. */
  private taskCounts(manager: EntityManager, ids: number[], actor: Actor): Promise<Map<number, number>> {
    return this.tasks.countBy(manager, 'documentId', ids, actor);
  }
}

export function searchTextOfDocument(document: Pick<AssigningDocument, 'number' | 'issuer' | 'summary'>): string {
  return foldVietnamese(`${document.number ?? ''} ${document.issuer} ${document.summary}`);
}

export function toDocumentResponse(document: AssigningDocument, taskCount: number): DocumentResponse {
  return {
    id: document.id,
    kind: document.kind,
    kindLabel: DOCUMENT_KIND_LABELS[document.kind],
    number: document.number,
    issuedOn: document.issuedOn,
    issuer: document.issuer,
    signerName: document.signerName,
    signerTitle: document.signerTitle,
    summary: document.summary,
    sessionId: document.sessionId,
    taskCount,
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
  };
}
