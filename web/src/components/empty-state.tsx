import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

/** "Nothing here" with a hint what to do next. */
export function EmptyState({ title, hint, action }: { title: string; hint?: ReactNode; action?: ReactNode }) {
  return (
    <Empty
      className="empty-state"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Text strong>{title}</Typography.Text>
          {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
        </>
      }
    >
      {action}
    </Empty>
  );
}
