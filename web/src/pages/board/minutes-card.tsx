import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type BoardSession, useBoardSessionWrite } from '../../api/use-board';
import { BoardWriteError } from './board-write-error';
import { StepBlocked, stepProps } from './step-blocked';

/** The berita acara: drawn up by the chair or the secretary once every candidate is decided. */
export function MinutesCard({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const write = useBoardSessionWrite(session.id);
  return (
    <Card title={<h2 className="card-heading">{t('board.minutes.title')}</h2>} data-testid="minutes-card">
      <Typography.Paragraph type="secondary">
        {session.minutesSha256 ? t('board.minutes.done') : t('board.minutes.none')}
      </Typography.Paragraph>
      <Space wrap>
        <Button
          icon={<FileTextOutlined aria-hidden />}
          loading={write.isPending}
          data-testid="render-minutes"
          onClick={() => write.mutate({ path: 'minutes', body: {} })}
          {...stepProps(session, 'minutes')}
        >
          {t('board.minutes.render')}
        </Button>
        {session.minutesSha256 && (
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={`/api/board-sessions/${session.id}/minutes.pdf`}
            data-testid="download-minutes"
          >
            {t('board.minutes.download')}
          </Button>
        )}
      </Space>
      <StepBlocked session={session} step="minutes" action={t('board.minutes.render')} />
      <BoardWriteError error={write.error} />
    </Card>
  );
}
