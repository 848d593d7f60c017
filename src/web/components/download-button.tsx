import { App, Button, type ButtonProps } from 'antd';
import { useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchFile } from '../lib/api/client';
import { failureText } from '../lib/failures';

/**
 * A link to a file the API makes. A plain click fetches it, shows that it is being prepared (a period's workbook or a
 * session's Word draft takes a moment) and saves it; a refusal ("nothing to remind this unit of", no right, gone)
 * shows as a message on the page. A click with a modifier key or the middle button opens the link as any link.
 */
export function DownloadButton({
  href,
  children,
  ...button
}: { href: string; children: ReactNode } & Pick<ButtonProps, 'icon' | 'type' | 'size' | 'className'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const save = async (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const file = await fetchFile(href);
      const url = URL.createObjectURL(file.blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      // The server's name for the file, else the address's last segment ("report.xlsx").
      anchor.download = file.fileName || href.split('?')[0].split('/').pop() || 'tep-tin';
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // The browser has taken the bytes once the click is handled; the address is released a little later.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      // Long enough to read a unit's name and a date, and to act on it.
      void message.error({ content: failureText(error, t), duration: 8 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button {...button} href={href} loading={busy} onClick={(event) => void save(event)}>
      {children}
    </Button>
  );
}
