import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeader({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children?: ReactNode }) {
  return (
    <>
      <div className="page-header">
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {title}
        </Typography.Title>
        {extra && <div className="no-print">{extra}</div>}
      </div>
      {children}
    </>
  );
}
