import { INestApplicationContext } from '@nestjs/common';
import { In } from 'typeorm';
import type { Role } from '../common/auth/actor';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { Department } from '../departments/department.entity';
import { hashPassword } from '../users/password';
import { DEMO_PASSWORD } from '../users/password-policy';
import { LeaderTitle, User } from '../users/user.entity';

export interface DemoUser {
  email: string;
  fullName: string;
  role: Role;
  /** For role department: the demo department's code. */
  departmentCode?: string;
  /** For role leader. */
  leaderTitle?: LeaderTitle;
  sectors?: string[];
}

const unitAccount = (email: string, fullName: string, departmentCode: string): DemoUser => ({
  email,
  fullName,
  role: 'department',
  departmentCode,
});

/**
 * One account per role: the chairman who concluded the session and a vice-chairman, and one for every
 * unit that leads a demo task or reported at the session. All share DEMO_PASSWORD.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.ubnd.vn', fullName: 'Quản trị hệ thống', role: 'admin' },
  { email: 'vanphong@demo.ubnd.vn', fullName: 'Chuyên viên Văn phòng UBND tỉnh', role: 'office' },
  {
    email: 'chutich@demo.ubnd.vn',
    fullName: 'Nguyễn Đăng Bình',
    role: 'leader',
    leaderTitle: 'chairman',
    sectors: ['Chỉ đạo, điều hành chung', 'Kế hoạch và đầu tư', 'Tài chính, ngân sách'],
  },
  {
    email: 'phochutich@demo.ubnd.vn',
    fullName: 'Phó Chủ tịch UBND tỉnh',
    role: 'leader',
    leaderTitle: 'vice_chairman',
    sectors: ['Văn hóa - xã hội', 'Giáo dục', 'Y tế', 'Lao động, thương binh và xã hội'],
  },
  unitAccount('skhdt@demo.ubnd.vn', 'Sở Kế hoạch và Đầu tư', 'SKHDT'),
  unitAccount('stc@demo.ubnd.vn', 'Sở Tài chính', 'STC'),
  unitAccount('sct@demo.ubnd.vn', 'Sở Công Thương', 'SCT'),
  unitAccount('sldtbxh@demo.ubnd.vn', 'Sở Lao động – Thương binh và Xã hội', 'SLDTBXH'),
  unitAccount('syt@demo.ubnd.vn', 'Sở Y tế', 'SYT'),
  unitAccount('svhttdl@demo.ubnd.vn', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'),
  unitAccount('snnptnt@demo.ubnd.vn', 'Sở Nông nghiệp và Phát triển nông thôn', 'SNNPTNT'),
  unitAccount('sgddt@demo.ubnd.vn', 'Sở Giáo dục và Đào tạo', 'SGDDT'),
  unitAccount('tpbackan@demo.ubnd.vn', 'UBND thành phố Bắc Kạn', 'UBND-TPBK'),
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
          leaderTitle: demo.leaderTitle ?? null,
          sectors: demo.sectors ?? [],
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
