import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enGB from 'antd/locale/en_GB';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/vi';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import './app/app.css';
import { router } from './app/router';
import i18n from './lib/i18n';
import { queryClient } from './lib/query-client';

const THEME = {
  token: { colorPrimary: '#1d4e89', borderRadius: 4, fontFamily: "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif" },
  components: { Layout: { headerBg: '#9e1b1f', headerHeight: 56 } },
};

dayjs.locale(i18n.language === 'en' ? 'en-gb' : 'vi');

function Root() {
  const { i18n: current } = useTranslation();
  const en = current.language === 'en';
  useEffect(() => {
    dayjs.locale(en ? 'en-gb' : 'vi');
    document.title = current.t('app.title');
  }, [en, current]);
  return (
    <ConfigProvider locale={en ? enGB : viVN} theme={THEME}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
