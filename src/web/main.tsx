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
// Ant Design's styles, prebuilt (the theme's `zeroRuntime`): the components do not generate their CSS in the browser.
import 'antd/dist/antd.css';
import './app/app.css';
import { router } from './app/router';
import i18n from './lib/i18n';
import { queryClient } from './lib/query-client';

// Secondary text, placeholders and links darker than antd's defaults, so that every text
// meets WCAG AA contrast (4.5:1) on white and on the light grey of table headers.
const THEME = {
  // The components' CSS comes from antd.css (imported above) rather than being generated at their first render,
  // most of the first render's work before; the tokens below still apply, as CSS variables.
  zeroRuntime: true,
  token: {
    colorPrimary: '#1d4e89',
    colorInfo: '#1d4e89',
    colorLink: '#1d4e89',
    colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.64)',
    colorTextDescription: 'rgba(0, 0, 0, 0.64)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorError: '#cf1322',
    colorErrorText: '#cf1322',
    borderRadius: 4,
    fontFamily: "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif",
  },
  components: { Layout: { headerBg: '#9e1b1f', headerHeight: 56 } },
};

// antd's Vietnamese date picker asks to "choose a moment" (Chọn thời điểm); the fields here take a date.
const VI_LOCALE: typeof viVN = {
  ...viVN,
  DatePicker: viVN.DatePicker && {
    ...viVN.DatePicker,
    lang: {
      ...viVN.DatePicker.lang,
      placeholder: 'Chọn ngày',
      rangePlaceholder: ['Từ ngày', 'Đến ngày'] as [string, string],
    },
  },
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
    <ConfigProvider locale={en ? enGB : VI_LOCALE} theme={THEME}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

// A table that scrolls sideways (narrow screens) must be reachable with the keyboard:
// its scrolling box takes the focus, so the arrow keys scroll it.
new MutationObserver(() => {
  for (const box of document.querySelectorAll<HTMLElement>('.ant-table-content:not([tabindex])')) {
    box.tabIndex = 0;
  }
}).observe(document.body, { childList: true, subtree: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
