import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { fieldError, takenValue } from '../common/http/field-error';
import { Page, pageOf } from '../common/pagination/page';
import { escapeLike, foldVietnamese } from '../common/text/fold-vietnamese';
import { TransactionRunner } from '../database/transaction-runner';
import { DEPARTMENT_GROUPS } from './department-groups';
import { Department } from './department.entity';
import {
  CreateDepartmentDto,
  DepartmentGroupResponse,
  DepartmentResponse,
  ListDepartmentsQuery,
  UpdateDepartmentDto,
} from './dto/department.dto';

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(query: ListDepartmentsQuery): Promise<Page<DepartmentResponse>> {
    const builder = this.departments.createQueryBuilder('d');
    if (query.kind) builder.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.active !== undefined) builder.andWhere('d.active = :active', { active: query.active });
    const folded = query.q ? foldVietnamese(query.q) : '';
    if (folded) {
      builder.andWhere(`d.searchText LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(folded)}%` });
    }
    const [rows, total] = await builder
      .orderBy('d.code', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return pageOf(rows.map(toDepartmentResponse), total, query);
  }

  /** The groups of units with their active members. */
  async groups(): Promise<DepartmentGroupResponse[]> {
    const kinds = DEPARTMENT_GROUPS.flatMap((g) => [...g.kinds]);
    const rows = await this.departments.find({
      where: { kind: In(kinds), active: true },
      select: { id: true, code: true, name: true, kind: true },
      order: { code: 'ASC', id: 'ASC' },
    });
    return DEPARTMENT_GROUPS.map((group) => ({
      key: group.key,
      name: group.name,
      kinds: [...group.kinds],
      members: rows
        .filter((d) => group.kinds.includes(d.kind))
        .map((d) => ({ id: d.id, code: d.code, name: d.name, kind: d.kind })),
    }));
  }

  async get(id: number): Promise<DepartmentResponse> {
    return toDepartmentResponse(await this.find(id));
  }

  async findByCode(code: string): Promise<DepartmentResponse | null> {
    const department = await this.departments.findOneBy({ code });
    return department ? toDepartmentResponse(department) : null;
  }

  async create(dto: CreateDepartmentDto): Promise<DepartmentResponse> {
    return this.transactions.run(async (manager) => {
      await this.assertCodeFree(manager, dto.code);
      const department = manager.create(Department, {
        code: dto.code,
        name: dto.name,
        kind: dto.kind,
        emails: dto.emails ?? [],
        active: dto.active ?? true,
        searchText: searchTextOf(dto.code, dto.name),
      });
      return toDepartmentResponse(await manager.save(department));
    });
  }

  async update(id: number, dto: UpdateDepartmentDto): Promise<DepartmentResponse> {
    return this.transactions.run(async (manager) => {
      const department = await manager.findOneBy(Department, { id });
      if (!department) throw new NotFoundException(`Department ${id} not found`);
      if (dto.code !== undefined && dto.code !== department.code) await this.assertCodeFree(manager, dto.code);
      if (dto.code !== undefined) department.code = dto.code;
      if (dto.name !== undefined) department.name = dto.name;
      if (dto.kind !== undefined) department.kind = dto.kind;
      if (dto.emails !== undefined) department.emails = dto.emails;
      if (dto.active === true && department.successorId !== null) {
        throw fieldError([
          'active',
          `the unit was merged into department ${department.successorId}: it stays inactive`,
        ]);
      }
      if (dto.active !== undefined) department.active = dto.active;
      department.searchText = searchTextOf(department.code, department.name);
      return toDepartmentResponse(await manager.save(department));
    });
  }

  /**
   * Checks that a department id given in a request body exists. A missing one is
   * the request's fault, so the answer is a 400 naming the field.
   */
  async assertExists(id: number, field: string, manager: EntityManager = this.departments.manager): Promise<void> {
    if (!(await manager.existsBy(Department, { id }))) {
      throw fieldError([field, `department ${id} does not exist`]);
    }
  }

  /** Same as assertExists for a list of ids; the 400 names the first unknown one. */
  async assertAllExist(ids: number[], field: string, manager: EntityManager = this.departments.manager): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await manager.find(Department, { select: { id: true }, where: { id: In(unique) } });
    const known = new Set(found.map((d) => d.id));
    const missing = unique.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw fieldError([field, `department ${missing.join(', ')} does not exist`]);
    }
  }

  private async find(id: number): Promise<Department> {
    const department = await this.departments.findOneBy({ id });
    if (!department) throw new NotFoundException(`Department ${id} not found`);
    return department;
  }

  private async assertCodeFree(manager: EntityManager, code: string): Promise<void> {
    if (await manager.existsBy(Department, { code })) {
      throw takenValue('code', `Mã ${code} đã được dùng cho một đơn vị khác`);
    }
  }
}

function searchTextOf(code: string, name: string): string {
  return foldVietnamese(`${code} ${name}`);
}

export function toDepartmentResponse(department: Department): DepartmentResponse {
  return {
    id: department.id,
    code: department.code,
    name: department.name,
    kind: department.kind,
    emails: department.emails,
    active: department.active,
    successorId: department.successorId ?? null,
    succeededOn: department.succeededOn ?? null,
  };
}
