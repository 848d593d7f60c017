import { INestApplicationContext } from '@nestjs/common';
import { In } from 'typeorm';
import type { Role } from '../common/auth/actor';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { Department } from '../departments/department.entity';
import { hashPassword } from '../users/password';
import { DEMO_PASSWORD } from '../users/password-policy';
import { User } from '../users/user.entity';

export interface DemoUser {
  email: string;
  fullName: string;
  role: Role;
  /** For role department: the demo department's code. */
  departmentCode?: string;
}

/** One account per role, and one for each department that leads or reports in the demo session. All share DEMO_PASSWORD. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.ubnd.vn', fullName: 'Quản trị hệ thống', role: 'admin' },
  { email: 'vanphong@demo.ubnd.vn', fullName: 'Chuyên viên Văn phòng UBND tỉnh', role: 'office' },
  { email: 'chutich@demo.ubnd.vn', fullName: 'Chủ tịch UBND tỉnh', role: 'leader' },
  { email: 'phochutich@demo.ubnd.vn', fullName: 'Phó Chủ tịch UBND tỉnh', role: 'leader' },
  { email: 'skhdt@demo.ubnd.vn', fullName: 'Sở Kế hoạch và Đầu tư', role: 'department', departmentCode: 'SKHDT' },
  { email: 'stc@demo.ubnd.vn', fullName: 'Sở Tài chính', role: 'department', departmentCode: 'STC' },
  { email: 'sct@demo.ubnd.vn', fullName: 'Sở Công Thương', role: 'department', departmentCode: 'SCT' },
  {
    email: 'sldtbxh@demo.ubnd.vn',
    fullName: 'Sở Lao động – Thương binh và Xã hội',
    role: 'department',
    departmentCode: 'SLDTBXH',
  },
  { email: 'syt@demo.ubnd.vn', fullName: 'Sở Y tế', role: 'department', departmentCode: 'SYT' },
];

export interface DemoUsersSummary {
  total: number;
  added: number;
  /** Set when the accounts were not created, and why. */
  skipped?: string;
}

/**
 * Creates the demo accounts that do not exist yet (matched by e-mail), so a
 * second run adds nothing and never resets a password someone changed. Never in
 * production: the demo password is published in the README.
 */
export async function seedDemoUsers(app: INestApplicationContext): Promise<DemoUsersSummary> {
  if (app.get(AppConfig).isProduction) {
    return { total: 0, added: 0, skipped: 'NODE_ENV=production: demo accounts are never created there' };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const added = await app.get(TransactionRunner).run(async (manager) => {
    const codes = DEMO_USERS.flatMap((user) => (user.departmentCode ? [user.departmentCode] : []));
    const departments = await manager.find(Department, {
      where: { code: In(codes) },
      select: { id: true, code: true },
    });
    const existing = new Set(
      (await manager.find(User, { where: { email: In(DEMO_USERS.map((u) => u.email)) }, select: { email: true } })).map(
        (u) => u.email,
      ),
    );
    let count = 0;
    for (const demo of DEMO_USERS) {
      if (existing.has(demo.email)) continue;
      const departmentId = demo.departmentCode ? departments.find((d) => d.code === demo.departmentCode)?.id : null;
      if (departmentId === undefined)
        throw new Error(`Demo account ${demo.email} names an unknown department ${demo.departmentCode}`);
      await manager.save(
        manager.create(User, {
          email: demo.email,
          fullName: demo.fullName,
          role: demo.role,
          departmentId,
          passwordHash,
          active: true,
        }),
      );
      count++;
    }
    return count;
  });
  return { total: DEMO_USERS.length, added };
}
