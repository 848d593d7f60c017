import {
  AppstoreOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FileTextOutlined,
  HistoryOutlined,
  InboxOutlined,
  LineChartOutlined,
  LogoutOutlined,
  MenuOutlined,
  ProfileOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Grid, Layout, Menu, Select, Space, Spin, Typography, type MenuProps } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { rememberLanguage, type Language } from '../lib/i18n';
import { signOut, useUser, type Me } from './auth';
import { ChangePasswordButton } from '../features/auth/change-password';

type Item = Required<MenuProps>['items'][number];

function menuItems(user: Me, t: (key: string) => string): Item[] {
  const link = (path: string, key: string, icon: React.ReactNode): Item => ({
    key: path,
    icon,
    label: <Link to={path}>{t(key)}</Link>,
  });
  const items: Item[] = [
    link('/', 'nav.dashboard', <BarChartOutlined />),
    link('/inbox', 'nav.inbox', <InboxOutlined />),
  ];
  if (user.role === 'department') items.push(link('/my-unit', 'nav.myUnit', <ProfileOutlined />));
  items.push(
    link('/tasks', 'nav.tasks', <AppstoreOutlined />),
    link('/sessions', 'nav.sessions', <CalendarOutlined />),
    link('/documents', 'nav.documents', <FileTextOutlined />),
    link('/reports', 'nav.reports', <BarChartOutlined />),
    link('/indicators', 'nav.indicators', <LineChartOutlined />),
  );
  const admin: Item[] = [];
  if (user.role === 'admin') admin.push(link('/admin/users', 'nav.users', <TeamOutlined />));
  // The office opens a unit's reminder letter and calendar address from the units page.
  if (user.role === 'admin' || user.role === 'office')
    admin.push(link('/admin/departments', 'nav.departments', <TeamOutlined />));
  if (user.role === 'admin' || user.role === 'office')
    admin.push(
      link('/admin/notifications', 'nav.notifications', <SettingOutlined />),
      link('/admin/audit', 'nav.audit', <HistoryOutlined />),
    );
  if (admin.length > 0) items.push({ type: 'group', key: 'admin', label: t('nav.admin'), children: admin });
  return items;
}

/** The menu entry a path belongs to: /tasks/12 lights up "Nhiệm vụ". */
function selectedKey(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  return parts[0] === 'admin' ? `/admin/${parts[1] ?? ''}` : `/${parts[0]}`;
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = useMemo(() => menuItems(user, t), [user, t]);

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedKey(location.pathname)]}
      onClick={() => setDrawerOpen(false)}
      aria-label={t('app.menu')}
      style={{ borderInlineEnd: 0 }}
    />
  );

  const leave = async () => {
    await signOut();
    client.clear();
    client.setQueryData(['me'], null);
    await navigate('/sign-in', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Layout.Header className="app-header">
        <Space size="small" align="center" style={{ flexShrink: 0 }}>
          {!wide && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('app.openMenu')}
              onClick={() => setDrawerOpen(true)}
              style={{ color: '#fff' }}
            />
          )}
          <Link to="/" className="app-title">
            {wide ? t('app.title') : t('app.short')}
          </Link>
        </Space>
        <Space size="small" align="center" className="app-user">
          {wide && (
            <Typography.Text style={{ color: '#fff' }} ellipsis>
              {user.fullName} · {t(`role.${user.role}`)}
            </Typography.Text>
          )}
          <Select<Language>
            size="small"
            aria-label={t('app.language')}
            value={i18n.language as Language}
            onChange={(language) => {
              rememberLanguage(language);
              void i18n.changeLanguage(language);
            }}
            options={[
              { value: 'vi', label: 'Tiếng Việt' },
              { value: 'en', label: 'English' },
            ]}
            style={{ width: 110 }}
          />
          <ChangePasswordButton showLabel={screens.xl ?? true} />
          <Button size="small" icon={<LogoutOutlined />} onClick={() => void leave()} aria-label={t('app.signOut')}>
            {wide ? t('app.signOut') : null}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider width={232} theme="light" className="app-sider">
            <nav aria-label={t('app.menu')}>{menu}</nav>
          </Layout.Sider>
        ) : (
          <Drawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            placement="left"
            size={280}
            title={t('app.menu')}
            styles={{ body: { padding: 0 } }}
          >
            <nav aria-label={t('app.menu')}>{menu}</nav>
            <div style={{ padding: 16 }}>
              <Typography.Text type="secondary">
                {user.fullName} · {t(`role.${user.role}`)}
              </Typography.Text>
            </div>
          </Drawer>
        )}
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
